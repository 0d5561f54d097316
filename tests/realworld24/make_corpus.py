"""realworld24 corpus generator — SYNTHETIC / 合成数据. A fictional city (渚阳市) and its tight county medical
alliance (紧密型县域医共体) of 桦岭县 for 2024, as WPS users produce the files: the city's pairing list (附件1) in
data/raw/reference/, the city's tertiary hospitals' reports of what they sent (市直医院/), the county lead hospital
(牵头医院) reporting for itself and its member township centres (桦岭县医共体/), a second county's hospital sending one
file per month (檀溪县/, with a corrected November file), and the city health commission's inpatient-flow table
(市卫健委/). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,市直医院,桦岭县医共体,檀溪县,市卫健委}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong, 15-digit and space-separated spellings are spellings of valid ones).
Written as an outsider, without reading the tool's parser.
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
ZY1, ZYC, ZYTCM = "渚阳市第一人民医院", "渚阳市中心医院", "渚阳市中医医院"
HL, HLTCM, TX, TXMCH = "桦岭县人民医院", "桦岭县中医医院", "檀溪县人民医院", "檀溪县妇幼保健院"
SP, SM, BS = "桦岭县松坪镇中心卫生院", "桦岭县石门乡卫生院", "桦岭县白沙镇卫生院"
# recipient: (level as written in the list, level, grade, category, county)
RECIP = {HL: ("二级甲等", "二级", "甲等", "综合医院", "桦岭县"),
         TX: ("二级乙等", "二级", "乙等", "综合医院", "檀溪县"),
         HLTCM: ("二级甲等", "二级", "甲等", "中医医院", "桦岭县"),
         TXMCH: ("二级", "二级", None, "妇幼保健院", "檀溪县"),
         SP: ("一级甲等", "一级", "甲等", "乡镇卫生院", "桦岭县"),
         SM: ("一级", "一级", None, "乡镇卫生院", "桦岭县"),
         BS: ("未定级", "未定级", None, "乡镇卫生院", "桦岭县")}

ID = {k: idn(*v) for k, v in {
    # 渚阳市第一人民医院 staff
    "lin": ("990101", "19780312", "013"), "gu": ("990102", "19850621", "024"), "su": ("990101", "19900915", "046"),
    "han": ("990103", "19820430", "035"), "zhou": ("990102", "19760118", "011"), "tang": ("990104", "19880808", "062"),
    "qian": ("990101", "19830227", "057"),
    # 渚阳市中医医院 staff
    "fang": ("990105", "19810512", "028"), "wen": ("990105", "19870103", "019"),
    # trainees at 渚阳市第一人民医院
    "peng": ("990121", "19920304", "026"), "heyj": ("990121", "19940716", "048"), "cao": ("990122", "19890920", "033"),
    # 桦岭县人民医院 staff sent to the township centres
    "zheng": ("990121", "19860704", "051"), "luo": ("990121", "19910322", "064"), "deng": ("990121", "19930111", "075"),
    "ge": ("990121", "19800208", "017"),
    # township trainees at 桦岭县人民医院
    "wu": ("990121", "19950514", "082"), "xie": ("990121", "19960929", "093"), "chen": ("990121", "19881130", "014"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
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


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **extra):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **extra)


def thousands(n) -> str:
    return f"{n:,}"


def csv_bytes(rows, encoding, bom=False) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- .ods writer
def ods_doc(path, sheets):
    """sheets: {name: (rows, merges)}; a row is a list of values (str, int, float, dt.date, None); merges: list of
    (row0, col0, nrows, ncols) spans, 0-based. Written with odfpy (a merge is a spanned cell + covered cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, (rows, merges) in sheets.items():
        span = {(r, c): (nr, nc) for r, c, nr, nc in merges}
        covered = {(r + i, c + j) for r, c, nr, nc in merges for i in range(nr) for j in range(nc) if i or j}
        t = Table(name=name)
        for ri, vals in enumerate(rows):
            tr = TableRow()
            for ci, v in enumerate(vals):
                if (ri, ci) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (ri, ci) in span:
                    kw = dict(numberrowsspanned=span[ri, ci][0], numbercolumnsspanned=span[ri, ci][1])
                if isinstance(v, bool) or v is None:
                    c = TableCell(**kw)
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v, **kw)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    c.addElement(P(text=v.isoformat()))
                else:
                    c = TableCell(valuetype="string", **kw)
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 as a WPS user types it: an "附件1" line, the title with the period (2024—2026年), the support hospital's
    cell merged down over its recipients (渚阳市第一人民医院 over two, the county lead hospital 桦岭县人民医院 over its
    three member township centres), 等级 as one cell ("二级甲等", "一级", "未定级"), 协议签订日期 as date cells and
    once as text, a 备注 column, 注 and 填表人 lines."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["附件1"])
    ws.append([f"渚阳市城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A2:H2")
    ws.append(["序号", "支援医院", "受援医院", "受援医院等级", "类别", "所在县（市、区）", "协议签订日期", "备注"])
    pairs = [(ZY1, HL, dt.date(2023, 12, 15), None), (ZY1, TX, dt.date(2023, 12, 15), None),
             (ZYTCM, HLTCM, dt.date(2023, 12, 20), None), (ZYC, TXMCH, "2024年1月10日", None),
             (HL, SP, dt.date(2024, 1, 5), "县域医共体内支援"), (HL, SM, dt.date(2024, 1, 5), "县域医共体内支援"),
             (HL, BS, dt.date(2024, 1, 5), "县域医共体内支援")]
    first = {}
    for i, (s, r, agt, note) in enumerate(pairs, 1):
        written, _, _, cat, county = RECIP[r]
        ws.append([i, s if s not in first else None, r, written, cat, county, agt, note])
        first.setdefault(s, ws.max_row)
        if isinstance(agt, dt.date):
            ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        ag = agt if isinstance(agt, dt.date) else dt.date(2024, 1, 10)
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.merge_cells(start_row=first[ZY1], end_row=first[ZY1] + 1, start_column=2, end_column=2)
    ws.merge_cells(start_row=first[HL], end_row=first[HL] + 2, start_column=2, end_column=2)
    for c in ("B", ):
        for r in ws[c]:
            r.alignment = Alignment(vertical="center")
    ws.append(["注：受援医院等级以最近一次评审结果为准；医院名称均为虚构（合成数据）。"])
    ws.append(["填表人：医政科", None, None, "联系电话：0999-6601234"])
    wb.save(path)
    for r, (_, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (ZY1, ZYC, ZYTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 市直医院
def f_zy1_roster(path: Path):
    """渚阳市第一人民医院: two-row header (派驻时间 over 起 | 止, the other headers merged down), grouped by 派驻单位
    with a 小计 row after each group and a 合计 row, 补贴 in 万元 (unit in the header only), one ID with a wrong
    check digit, one 15-digit ID, an end "至今" and one typed "2024.12.31"; 注, 填表人/审核人/联系电话 lines."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"渚阳市第一人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["填报单位：渚阳市第一人民医院（盖章）", None, None, None, None, None, None, "填报日期：2025年1月8日"])
    ws.append(["序号", "姓名", "身份证号码", "科室", "职称", "在受援医院任职", "派驻单位", "派驻时间", None,
               "受援医院发放补贴（万元）", "备注"])
    ws.append([None, None, None, None, None, None, None, "起", "止", None, None])
    for col in "ABCDEFGJK":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:I3")
    wrong = ID["gu"][:17] + ("0" if ID["gu"][17] != "0" else "1")
    z = ID["zhou"]
    fifteen = z[:6] + z[8:17]
    groups = [
        (HL, [("lin", "林知秋", None, "心血管内科", "主任医师", "副院长", dt.date(2024, 1, 8), dt.date(2024, 12, 31), None,
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 1, 8), d(2024, 12, 31),
                   position_at_recipient="副院长"), ID["lin"]),
              ("gu", "顾清和", wrong, "普外科", "副主任医师", None, dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
              ("su", "苏映雪", None, "护理部", "主管护师", "护士长", dt.date(2024, 3, 1), "至今", None,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), None, position_at_recipient="护士长"), ID["su"]),
              ("han", "韩立川", None, "麻醉科", "主治医师", None, dt.date(2024, 9, 2), dt.date(2025, 3, 1), 0.12,
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1), paid_by_recipient=1200.0),
               ID["han"])]),
        (TX, [("zhou", "周砚", fifteen, "骨科", "主任医师", "科主任", dt.date(2024, 2, 19), dt.date(2024, 8, 18), None,
               dep("骨科", "主任医师", "正高级", "医疗", d(2024, 2, 19), d(2024, 8, 18), position_at_recipient="科主任"),
               ID["zhou"]),
              ("tang", "唐晓岚", None, "儿科", "主治医师", None, dt.date(2024, 2, 19), "2024.12.31", None,
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 2, 19), d(2024, 12, 31)), ID["tang"]),
              ("qian", "钱牧之", None, "医学影像科", "副主任技师", None, dt.date(2024, 6, 3), dt.date(2024, 12, 2), None,
               dep("医学影像科", "副主任技师", "副高级", "医技", d(2024, 6, 3), d(2024, 12, 2)), ID["qian"])]),
    ]
    n = 0
    for rec, people in groups:
        for key, name, sp, dept, title, post, s, e, paid, f, tid in people:
            n += 1
            ws.append([n, name, use_id(key, sp), dept, title, post, rec, s, e, paid, None])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            for c in (8, 9):
                if isinstance(ws.cell(r, c).value, dt.date):
                    ws.cell(r, c).number_format = "yyyy-mm-dd"
            row("deployments", fn, sh, r, f, {"support_hospital_id": ZY1, "recipient_hospital_id": rec},
                ["start_date", "department"], id_number=tid)
            if sp == wrong:
                finding(fn, r, "ID_CHECK_DIGIT")
            if sp == fifteen:
                finding(fn, r, "ID_15_DIGIT")
        ws.append(["小计", None, None, None, None, None, f"{len(people)}人"])
    ws.append(["合计", None, None, None, None, None, f"{n}人", None, None, 0.12])
    ws.append(["注：派驻时间以实际到岗日期为准；“至今”表示仍在岗。"])
    ws.append(["填表人：陈思远", None, None, "审核人：黄立人", None, None, "联系电话：0999-6612345"])
    wb.save(path)


def f_zytcm_roster_xls(path: Path):
    """渚阳市中医医院 (.xls, xlwt): the recipient only in the title, 派驻时间 over 起 | 止 (merged), dates typed as
    text "2024.03.01" / "2024.3.4", one person without an ID number, a 本页合计 row and a 注 line."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 7, f"渚阳市中医医院派驻桦岭县中医医院人员名单（2024年）（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻时间", None, "备注"]
    for j, h in enumerate(hdr):
        if j in (5, 6):
            continue
        ws.write_merge(1, 2, j, j, h)
    ws.write_merge(1, 1, 5, 6, "派驻时间")
    ws.write(2, 5, "起")
    ws.write(2, 6, "止")
    people = [("fang", "方若谷", "针灸推拿科", "副主任中医师", "2024.03.01", "2024.08.31",
               dep("针灸推拿科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["fang"]),
              (None, "许静姝", "中医内科", "主治中医师", "2024.3.4", "2024.9.3",
               dep("中医内科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), None),
              ("wen", "温良", "护理部", "主管护师", "2024.09.02", "2025.03.01",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 2), d(2025, 3, 1)), ID["wen"])]
    for i, (key, name, dept, title, s, e, f, tid) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, use_id(key) if key else "", dept, title, s, e, ""]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": ZYTCM, "recipient_hospital_id": HLTCM},
            ["start_date"], id_number=tid)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    r = 3 + len(people)
    ws.write(r, 0, "本页合计")
    ws.write(r, 1, "3人")
    ws.write(r + 1, 0, "注：许静姝身份证号待补。")
    ws.write(r + 2, 0, "填表人：医务部  联系电话：0999-6623456")
    wb.save(str(path))


def f_zy1_trainees_ods(path: Path):
    """渚阳市第一人民医院 (.ods): trainees it hosted, grouped by 派出单位 with 小计 rows and a 合计; 进修时间 over
    起 | 止 (merged); 进修费（元） typed with thousands separators ("3,000", "4,500.00"); 是否结业 是/否."""
    fn, sh = path.name, "进修人员"
    rows = [[f"渚阳市第一人民医院2024年接收对口支援单位进修人员登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修时间", None, "进修费（元）", "是否结业"],
            [None, None, None, None, None, "起", "止", None, None]]
    merges = [(0, 0, 1, 9), (1, 5, 1, 2)] + [(1, c, 2, 1) for c in (0, 1, 2, 3, 4, 7, 8)]
    groups = [(HL, [("peng", "彭小满", "急诊科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "3,000", "是", 3000.0, True),
                    ("heyj", "何玉洁", "重症医学科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", 0.0, True)]),
              (TX, [("cao", "曹远航", "心血管内科", dt.date(2024, 9, 1), dt.date(2025, 2, 28), "4,500.00", "否", 4500.0,
                     False)])]
    n = 0
    for rec, people in groups:
        for key, name, dept, s, e, fee, done, feev, donev in people:
            n += 1
            rows.append([n, name, use_id(key), rec, dept, s, e, fee, done])
            row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                     fee_charged=feev, completed=donev),
                {"recipient_hospital_id": rec, "host_hospital_id": ZY1}, ["start_date", "department"],
                id_number=ID[key])
        rows.append(["小计", None, None, None, None, None, None, None, f"{len(people)}人"])
    rows.append(["合计", None, None, None, None, None, None, "7,500", f"{n}人"])
    rows.append(["注：进修费为受援单位实际缴纳金额。"])
    rows.append(["填表人：科教科", None, None, "审核人：", None, "联系电话：0999-6612346"])
    ods_doc(path, {sh: (rows, merges)})


def f_zyc_activities_csv(path: Path):
    """渚阳市中心医院 (CSV, UTF-8 with BOM): activities at its recipient 檀溪县妇幼保健院; 参加人数（人次） with
    "约40人" and "1,050"; dates "2024/3/15"; a 合计 line, 填表人 and 联系电话 lines."""
    fn = path.name
    rows = [[f"渚阳市中心医院2024年对口帮扶活动登记表（{SYN}）", "", "", "", "", "", ""],
            ["序号", "活动日期", "受援单位", "活动形式", "活动主题", "主讲人", "参加人数（人次）"]]
    acts = [("2024/3/15", d(2024, 3, 15), "学术讲座", "高危妊娠管理", "孟清", "35", 35),
            ("2024/4/22", d(2024, 4, 22), "教学查房", "产科查房", "孟清", "约40人", None),
            ("2024/6/6", d(2024, 6, 6), "手术示教", "宫腔镜手术", "史悦", "12", 12),
            ("2024/9/12", d(2024, 9, 12), "义诊", "两癌筛查义诊", "史悦", "1,050", 1050),
            ("2024/11/20", d(2024, 11, 20), "远程会诊", "疑难病例远程会诊", "孟清", "8", 8)]
    for i, (txt, day, typ, topic, who, n, nv) in enumerate(acts, 1):
        rows.append([str(i), txt, TXMCH, typ, topic, who, n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": TXMCH, "support_hospital_id": ZYC}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["合计", "", "", "", "", "", "1,145"])
    rows.append(["填表人：医务科 王敏", "", "", "联系电话：0999-6634567", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


# ------------------------------------------------------------------------------------------- 桦岭县医共体
ALLIANCE_SHORT = {SP: "松坪镇中心卫生院", SM: "石门乡卫生院", BS: "白沙镇卫生院"}


def alliance_month(hosp, m):
    """The alliance's figures for one member and month: outpatient, discharges, surgeries (None = "—"),
    referrals out (上转), downward referrals received (下转接收)."""
    if hosp == HL:
        return 18000 + 350 * m, 1500 + 20 * m, 420 + 6 * m, 60 - m, 12 + m
    if hosp == SP:
        return 4200 + 60 * m, 180 + m, 12 + m % 3, 25 + m % 5, 6 + m % 4
    if hosp == SM:
        return 2600 + 40 * m, 90 + m, None, 15 + m % 3, 3 + m % 2
    return 3100 + 30 * m, 120 + 2 * m, 0, 18 + m % 4, 4 + m % 3


def f_hl_alliance_monthly(path: Path):
    """桦岭县人民医院 for the whole alliance: one workbook, twelve sheets "1月" … "12月"; per sheet a two-row header
    (住院 over 出院人数 | 手术台次, 双向转诊 over 上转人次（转出）| 下转接收人次, units in the headers, 万元, %),
    the lead hospital written "桦岭县人民医院（牵头医院）", the member centres without the county ("松坪镇中心卫生院");
    numbers ≥ 1,000 typed as text with thousands separators, 病床使用率 as text '85.3%', 手术台次 "—" for a centre
    that does not operate; a 乡镇小计 and a 医共体合计 row, 注, 填表人/审核人/联系电话."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m in range(1, 13):
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"桦岭县医共体2024年{m}月主要业务量统计表（{SYN}）"])
        ws.merge_cells("A1:I1")
        ws.append(["填报单位：桦岭县人民医院（医共体牵头医院）"])
        ws.append(["序号", "单位", "门急诊人次（人次）", "住院", None, "双向转诊", None, "业务收入（万元）", "病床使用率（%）"])
        ws.append([None, None, None, "出院人数（人）", "手术台次（台）", "上转人次（转出）", "下转接收人次", None, None])
        for col in "ABCHI":
            ws.merge_cells(f"{col}3:{col}4")
        ws.merge_cells("D3:E3")
        ws.merge_cells("F3:G3")
        sums = [0, 0, 0, 0, 0]
        for i, hosp in enumerate((HL, SP, SM, BS), 1):
            op, dis, surg, out, down = alliance_month(hosp, m)
            label = "桦岭县人民医院（牵头医院）" if hosp == HL else ALLIANCE_SHORT[hosp]
            cells = [thousands(v) if v is not None and v >= 1000 else ("—" if v is None else v)
                     for v in (op, dis, surg, out, down)]
            income = round((op * 0.018 + dis * 0.62) / 10, 1)
            bed = f"{70 + (i * 7 + m) % 25 + 0.3:.1f}%"
            ws.append([i, label, *cells, income, bed])
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=surg, referrals_out=out,
                     referrals_down_received=down), {"recipient_hospital_id": hosp}, ["month"])
            if i == 1:
                continue
            for k, v in enumerate((op, dis, surg, out, down)):
                sums[k] += v or 0
        ws.append([None, "乡镇小计", *[thousands(v) for v in sums], None, None])
        hl = alliance_month(HL, m)
        ws.append([None, "医共体合计", *[thousands(v + (h or 0)) for v, h in zip(sums, hl)], None, None])
        ws.append(["注：1.门急诊人次含健康体检；2.石门乡卫生院未开展手术，以“—”填报。"])
        ws.append(["填表人：李娜", None, "审核人：赵刚", None, "联系电话：0999-7712345"])
    wb.save(path)


def f_hl_techniques(path: Path):
    """桦岭县人民医院: new techniques at itself (helped by 渚阳市第一人民医院) and at its member centres (helped by
    itself); 受援单位 and 支援单位 merged down their groups, 小计 per group, a 合计; 首次开展时间 as a date cell,
    "2024年5月" (month only → the 1st) and "2024.06.10"; 开展例数（例） "1,204" as text; 是/否."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桦岭县人民医院及医共体成员单位2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援单位", "支援单位", "项目名称", "开展科室", "首次开展时间", "开展例数（例）", "是否填补县域空白"])
    groups = [(HL, ZY1, [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2024, 4, 16), d(2024, 4, 16), 36, 36, "是", True),
                         ("腹腔镜胆囊切除术", "普外科", "2024年5月", d(2024, 5, 1), 58, 58, "否", False),
                         ("远程心电诊断", "心电图室", "2024.06.10", d(2024, 6, 10), "1,204", 1204, "否", False)]),
              (SP, HL, [("肺功能检查", "内科", dt.date(2024, 7, 8), d(2024, 7, 8), 45, 45, "否", False),
                        ("动态血压监测", "内科", dt.date(2024, 8, 19), d(2024, 8, 19), "112", 112, "否", False)]),
              (SM, HL, [("远程影像诊断", "放射科", dt.date(2024, 9, 23), d(2024, 9, 23), "230", 230, "否", False)])]
    n = 0
    for rec, sup, items in groups:
        top = ws.max_row + 1
        for name, dept, when, day, cases, casesv, gap, gapv in items:
            n += 1
            ws.append([n, rec if ws.max_row + 1 == top else None, sup if ws.max_row + 1 == top else None, name, dept,
                       when, cases, gap])
            if isinstance(when, dt.date):
                ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
            row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day,
                                                        cases=casesv, fills_county_gap=gapv),
                {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["name"])
        if len(items) > 1:
            ws.merge_cells(start_row=top, end_row=ws.max_row, start_column=2, end_column=2)
            ws.merge_cells(start_row=top, end_row=ws.max_row, start_column=3, end_column=3)
        if rec != SP:
            ws.append(["小计", None, None, f"{n if rec == HL else 3}项"])
    ws.append(["合计", None, None, f"{n}项", None, None, "1,685"])
    ws.append(["注：填补县域空白指本县域内首次开展。"])
    ws.append(["填表人：医务科", None, None, "审核人：", None, "联系电话：0999-7712346"])
    wb.save(path)


def f_hl_branch_roster(path: Path):
    """桦岭县人民医院 sending its own staff to the member centres ("派驻分院": 松坪分院, 石门分院, 白沙分院); two-row
    header (派驻时间 over 起 | 止), 性别, 任职; one ID number typed with spaces; an end "至今"; 合计, 注, 联系电话."""
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桦岭县医共体牵头医院派驻分院人员名册（2024年）（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["填报单位：桦岭县人民医院"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻分院", "任职", "派驻时间", None, "备注"])
    ws.append([None, None, None, None, None, None, None, None, "起", "止", None])
    for col in "ABCDEFGHK":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("I3:J3")
    lu = ID["luo"]
    spaced = f"{lu[:6]} {lu[6:14]} {lu[14:]}"
    people = [("zheng", "郑可为", "男", None, "内科", "主治医师", "松坪分院", SP, "副院长", dt.date(2024, 1, 15),
               dt.date(2024, 7, 14), dep("内科", "主治医师", "中级", "医疗", d(2024, 1, 15), d(2024, 7, 14),
                                         position_at_recipient="副院长")),
              ("luo", "罗晴", "女", spaced, "护理部", "主管护师", "松坪分院", SP, None, dt.date(2024, 1, 15),
               dt.date(2024, 7, 14), dep("护理部", "主管护师", "中级", "护理", d(2024, 1, 15), d(2024, 7, 14))),
              ("deng", "邓一鸣", "男", None, "全科医学科", "住院医师", "石门分院", SM, None, dt.date(2024, 3, 4), "至今",
               dep("全科医学科", "住院医师", "初级", "医疗", d(2024, 3, 4), None)),
              ("ge", "葛春晖", "男", None, "外科", "副主任医师", "白沙分院", BS, "科主任", dt.date(2024, 7, 15),
               dt.date(2025, 1, 14), dep("外科", "副主任医师", "副高级", "医疗", d(2024, 7, 15), d(2025, 1, 14),
                                         position_at_recipient="科主任"))]
    for i, (key, name, sex, sp, dept, title, branch, rec, post, s, e, f) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, branch, post, s, e, None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (9, 10):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": HL, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key])
    ws.append(["合计", None, None, None, None, None, "4人"])
    ws.append(["注：分院即医共体成员单位（松坪分院=松坪镇中心卫生院，石门分院=石门乡卫生院，白沙分院=白沙镇卫生院）。"])
    ws.append(["填表人：人事科", None, None, "联系电话：0999-7712347"])
    wb.save(path)


def f_hl_assessments_ods(path: Path):
    """桦岭县人民医院 (.ods): monthly scores of the staff 渚阳市第一人民医院 sent, months as columns under a merged
    月考核得分（分） (10月 | 11月 | 12月), one score typed as text; a 平均分 row, 注 and 考核人 lines."""
    fn, sh = path.name, "考核"
    rows = [[f"桦岭县人民医院对口支援派驻人员月度考核得分表（2024年10—12月）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "月考核得分（分）", None, None, "备注"],
            [None, None, None, None, "10月", "11月", "12月", None]]
    merges = [(0, 0, 1, 8), (1, 4, 1, 3)] + [(1, c, 2, 1) for c in (0, 1, 2, 3, 7)]
    people = [("lin", "林知秋", (96, 95.5, 97)), ("su", "苏映雪", (92, 93, 91.5)), ("han", "韩立川", (88, "85", 90))]
    for i, (key, name, scores) in enumerate(people, 1):
        rows.append([i, name, use_id(key), ZY1, *scores, None])
        for m, sc in zip((10, 11, 12), scores):
            row("staff_monthly_assessments", fn, sh, len(rows), dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": HL}, ["month"], id_number=ID[key])
    rows.append(["平均分", None, None, None, 92, 91.17, 92.83, None])
    rows.append(["注：满分100分，低于80分为不合格。"])
    rows.append(["考核人：院办", None, None, "审核人：", None, "联系电话：0999-7712348"])
    ods_doc(path, {sh: (rows, merges)})


def f_hl_activities_csv(path: Path):
    """桦岭县人民医院 (CSV, GBK): activities at itself by 渚阳市第一人民医院 and at its member centres by itself;
    dates "2024-04-09" and "2024年6月18日"; 参加人数（人次） "1,200"; 合计, 填表人/联系电话."""
    fn = path.name
    rows = [[f"桦岭县人民医院2024年对口帮扶培训活动记录（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "活动日期", "受援单位", "支援单位", "活动类型", "活动主题", "主讲人", "参加人数（人次）"]]
    acts = [("2024-04-09", d(2024, 4, 9), HL, ZY1, "教学查房", "胸痛患者查房", "林知秋", "25", 25),
            ("2024年6月18日", d(2024, 6, 18), HL, ZY1, "学术讲座", "围术期管理", "顾清和", "60", 60),
            ("2024-07-03", d(2024, 7, 3), HL, ZY1, "手术示教", "腹腔镜手术示教", "顾清和", "8", 8),
            ("2024-05-21", d(2024, 5, 21), SP, HL, "技术培训", "心肺复苏培训", "郑可为", "32", 32),
            ("2024-10-16", d(2024, 10, 16), SM, HL, "义诊", "重阳节义诊", "邓一鸣", "1,200", 1200)]
    for i, (txt, day, rec, sup, typ, topic, who, n, nv) in enumerate(acts, 1):
        rows.append([str(i), txt, rec, sup, typ, topic, who, n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["activity_date", "activity_type"])
    rows.append(["合计", "", "", "", "", "", "", "1,325"])
    rows.append(["填表人：科教科 刘畅", "", "", "联系电话：0999-7712349", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_hl_trainees_xls(path: Path):
    """桦岭县人民医院 (.xls): the member centres' staff it trained; the host only in the title; 进修时间 over 起 | 止
    (merged), date cells and one typed "2024.10.8"; 进修费用（元） "免", "1,500.00", 0; 合计, 注, 填表人."""
    fn, sh = path.name, "进修登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write_merge(0, 0, 0, 8, f"桦岭县人民医院接收医共体成员单位进修人员登记表（2024年）（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "所在单位", "进修科室"]):
        ws.write_merge(1, 2, j, j, h)
    ws.write_merge(1, 1, 5, 6, "进修时间")
    ws.write(2, 5, "起")
    ws.write(2, 6, "止")
    ws.write_merge(1, 2, 7, 7, "进修费用（元）")
    ws.write_merge(1, 2, 8, 8, "是否结业")
    people = [("wu", "吴小禾", SP, "超声科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "免", "是", 0.0, True),
              ("xie", "谢宁", SM, "检验科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), "1,500.00", "是", 1500.0, True),
              ("chen", "陈满仓", BS, "全科医学科", "2024.10.8", dt.date(2025, 1, 7), 0, "否", 0.0, False)]
    for i, (key, name, rec, dept, s, e, fee, done, feev, donev) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, use_id(key), rec, dept, s, e, fee, done]):
            if isinstance(v, dt.date):
                ws.write(r, j, dt.datetime(v.year, v.month, v.day), datefmt)
            else:
                ws.write(r, j, v)
        sd = s if isinstance(s, dt.date) else dt.date(2024, 10, 8)
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd.isoformat(), end_date=e.isoformat(),
                                             fee_charged=feev, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": HL}, ["start_date", "department"], id_number=ID[key])
    r = 3 + len(people)
    ws.write(r, 0, "合计")
    ws.write(r, 1, "3人")
    ws.write(r, 7, "1,500.00")
    ws.write(r + 1, 0, "注：医共体内进修原则上免收进修费。")
    ws.write(r + 2, 0, "填表人：科教科  审核人：  联系电话：0999-7712350")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 檀溪县
TX_MONTHS = {10: (21406, 1733, 512, 48, 37), 11: (20918, 1702, 498, 51, 35), 12: (22115, 1790, 530, 44, 40)}
TX_CORRECTED_11 = (20981, 1702, 498, 51, 35)
TX_CUMULATIVE = {10: 205310, 11: 226291, 12: 248406}


def tx_sheet_rows(m, vals, corrected=False):
    op, dis, surg, out, up = vals
    title = f"檀溪县人民医院2024年{m}月业务量月报{'（更正）' if corrected else ''}（{SYN}）"
    return [[title],
            [f"填报单位：檀溪县人民医院    报告期：2024年{m}月"],
            ["统计月份", "门急诊人次", "住院", None, "双向转诊", None, "病床使用率（%）"],
            [None, None, "出院人数", "手术台次", "转出人次", "接收上转人次", None],
            [f"2024年{m}月", thousands(op), thousands(dis), surg, out, up, f"{88 - m * 0.5:.1f}%"],
            [f"1-{m}月累计", thousands(TX_CUMULATIVE[m]), thousands(dis * m - 310), surg * m - 95, out * m + 12,
             up * m - 20, None],
            ["注：门急诊人次不含体检人次。" + ("本表为更正版，替代此前报送的11月报表。" if corrected else "")],
            ["填表人：周婷", None, "审核人：吴强", None, "联系电话：0999-8812345"]]


def f_tx_month_xlsx(path: Path, m: int, vals, corrected=False, expected=True):
    """檀溪县人民医院, one file per month: 填报单位 and 报告期 line, two-row header (住院 over 出院人数 | 手术台次,
    双向转诊 over 转出人次 | 接收上转人次), the month's row with thousands separators as text, a "1-10月累计" row,
    '87.0%' text, 注 and 填表人 lines. ``expected``: False for the November file the correction replaces."""
    fn, sh = path.name, f"{m}月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for r in tx_sheet_rows(m, vals, corrected):
        ws.append(r)
    ws.merge_cells("A1:G1")
    for col in "ABG":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:F3")
    wb.save(path)
    if expected:
        op, dis, surg, out, up = vals
        row("hospital_monthly_stats", fn, sh, 5, dict(year=2024, month=m, outpatient_visits=op, discharges=dis,
                                                       surgeries=surg, referrals_out=out, referrals_up_received=up),
            {"recipient_hospital_id": TX}, ["month"])


def f_tx_month_csv(path: Path, m: int, vals):
    """The December file as CSV in GBK: the same two-row header flattened (parents on one line, children below)."""
    fn = path.name
    rows = [[c for c in r] + [None] * (7 - len(r)) for r in tx_sheet_rows(m, vals)]
    path.write_bytes(csv_bytes(rows, "gbk"))
    op, dis, surg, out, up = vals
    row("hospital_monthly_stats", fn, None, 5, dict(year=2024, month=m, outpatient_visits=op, discharges=dis,
                                                     surgeries=surg, referrals_out=out, referrals_up_received=up),
        {"recipient_hospital_id": TX}, ["month"])


# ------------------------------------------------------------------------------------------- 市卫健委
def f_county_flow_ods(path: Path):
    """渚阳市卫健委 (.ods): county inpatient flow 2024, counts typed with thousands separators, a 县域内 column and a
    县域内就诊率（%） typed as text '85.9%' (derived, not stored), a 合计 row, 注 and 填表人 lines."""
    fn, sh = path.name, "县域住院流向"
    rows = [[f"渚阳市2024年县域住院服务流向统计表（{SYN}）"],
            ["序号", "县（市、区）", "行政区划代码", "常住居民住院总人次", "其中：县域内住院人次", "县域外住院人次",
             "县域内就诊率（%）"]]
    tot = [0, 0, 0]
    for i, (county, code, total, outside) in enumerate((("桦岭县", "999121", 41235, 5833),
                                                        ("檀溪县", "999122", 28764, 4884)), 1):
        inside = total - outside
        rows.append([i, county, code, thousands(total), thousands(inside), thousands(outside),
                     f"{100 * inside / total:.1f}%"])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=2024, resident_admissions=total,
                                                               resident_admissions_outside_county=outside),
            {}, ["county_code"])
        tot = [tot[0] + total, tot[1] + inside, tot[2] + outside]
    rows.append(["合计", None, None, *[thousands(v) for v in tot], f"{100 * tot[1] / tot[0]:.1f}%"])
    rows.append(["注：县域内就诊率=县域内住院人次/常住居民住院总人次×100%。数据为合成数据。"])
    rows.append(["填表人：规划信息科", None, None, "联系电话：0999-5512345"])
    ods_doc(path, {sh: (rows, [(0, 0, 1, 7)])})


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "市直医院", "桦岭县医共体", "檀溪县", "市卫健委")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_渚阳市城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [
        (f_zy1_roster, "市直医院", "SYNTHETIC_市一院对口支援派驻人员名册2024.xlsx"),
        (f_zytcm_roster_xls, "市直医院", "SYNTHETIC_市中医院派驻人员名单.xls"),
        (f_zy1_trainees_ods, "市直医院", "SYNTHETIC_市一院接收进修人员登记2024.ods"),
        (f_zyc_activities_csv, "市直医院", "SYNTHETIC_市中心医院帮扶活动登记2024.csv"),
        (f_hl_alliance_monthly, "桦岭县医共体", "SYNTHETIC_桦岭县医共体2024年业务量统计（1-12月）.xlsx"),
        (f_hl_techniques, "桦岭县医共体", "SYNTHETIC_桦岭县人民医院新技术新项目2024.xlsx"),
        (f_hl_branch_roster, "桦岭县医共体", "SYNTHETIC_桦岭县医共体派驻分院人员名册2024.xlsx"),
        (f_hl_assessments_ods, "桦岭县医共体", "SYNTHETIC_桦岭县人民医院派驻人员月考核10-12月.ods"),
        (f_hl_activities_csv, "桦岭县医共体", "SYNTHETIC_桦岭县人民医院培训活动记录2024.csv"),
        (f_hl_trainees_xls, "桦岭县医共体", "SYNTHETIC_桦岭县人民医院接收进修人员2024.xls"),
        (f_county_flow_ods, "市卫健委", "SYNTHETIC_县域住院流向2024.ods"),
    ]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    tx = raw / "檀溪县"
    monthly = [(tx / "SYNTHETIC_檀溪县人民医院业务月报2024年10月.xlsx", lambda p: f_tx_month_xlsx(p, 10, TX_MONTHS[10]),
                dt.datetime(2024, 11, 5, 9)),
               (tx / "SYNTHETIC_檀溪县人民医院业务月报2024年11月.xlsx",
                lambda p: f_tx_month_xlsx(p, 11, TX_MONTHS[11], expected=False), dt.datetime(2024, 12, 5, 9)),
               (tx / "SYNTHETIC_檀溪县人民医院业务月报2024年11月（更正）.xlsx",
                lambda p: f_tx_month_xlsx(p, 11, TX_CORRECTED_11, corrected=True), dt.datetime(2024, 12, 12, 9)),
               (tx / "SYNTHETIC_檀溪县人民医院业务月报2024年12月.csv", lambda p: f_tx_month_csv(p, 12, TX_MONTHS[12]),
                dt.datetime(2025, 1, 6, 9))]
    for p, make, when in monthly:
        make(p)
        os.utime(p, (when.timestamp(), when.timestamp()))
        truth["submission_files"].append(p.name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
