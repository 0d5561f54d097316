"""realworld148 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024: the pairing list in
data/raw/reference/ and thirteen submissions whose cells hold several values the way offices type them — two people
in one 姓名 cell (Alt+Enter, 、 or a space), a stay's two dates on two lines of one cell ("2024.3.1⏎至⏎2024.8.31"), a
hospital's name broken over two lines, merged cells running down over a team (the hospital, the department, the
batch's dates, a person's name over three months), merged two-level headers (派驻时间 over 起 | 止, 参加人数 over
医师 | 护士, 转诊人次 over 外转 | 下转接收), a value with its remark ("副主任医师（2024年晋升）", "6个月（含春节假期）")
and numbers with their units ("42人", "3次", "1.5万元", "86台"). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,沣阙市,漱玉县,青篁县}/…, OUT/truth.json

Every province, county, hospital, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser (README.md says what was read).
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


P, PT, FC = "琅岫省人民医院", "琅岫省中医院", "沣阙市中心医院"
QH, QHT, SY, KC, KCM = "青篁县人民医院", "青篁县中医医院", "漱玉县人民医院", "柯岑县人民医院", "柯岑县妇幼保健院"
RECIP = {QH: ("二级", "甲等", "综合医院", "青篁县"), QHT: ("二级", "乙等", "中医医院", "青篁县"),
         SY: ("二级", "甲等", "综合医院", "漱玉县"), KC: ("二级", "乙等", "综合医院", "柯岑县"),
         KCM: ("二级", None, "妇幼保健院", "柯岑县")}

ID = {k: idn(*v) for k, v in {
    # 省人民医院 roster
    "xu": ("990101", "19700412", "031"), "tang": ("990101", "19810923", "046"), "wang": ("990102", "19860517", "028"),
    "lin": ("990101", "19880305", "017"), "jiang": ("990103", "19930716", "052"), "zou": ("990102", "19870128", "063"),
    # 省中医院 roster
    "zhou": ("990111", "19850614", "024"), "lu": ("990111", "19871102", "035"), "wen": ("990112", "19790830", "041"),
    "qi": ("990111", "19840219", "058"),
    # trainees at 省人民医院
    "wyn": ("990301", "19900507", "012"), "nie": ("990301", "19920318", "027"), "bai": ("990302", "19890926", "043"),
    "lin2": ("990302", "19911211", "064"),
    # 漱玉县 trainees
    "qu": ("990302", "19880423", "075"), "shu": ("990302", "19930601", "086"), "yi": ("990303", "19950812", "018"),
    "xin": ("990303", "19960227", "029"),
    # 柯岑县妇幼保健院 assessments
    "jh": ("990201", "19800716", "037"), "gu": ("990201", "19890309", "048"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "multi_person_cells": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def multi(table, file, sheet, r, n):
    truth["multi_person_cells"].append([table, file, sheet, r, n])


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def wrap_all(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


# ------------------------------------------------------------------------------------------- ods helper
def ods_doc(path, sheets):
    """sheets: {name: [row values]}; a value may be a dict {"v": value, "cols": n, "rows": n} for a merged cell
    (the cells it covers are written as covered cells: put the marker COVERED in them), a date, a number, text."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P as Para

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if v is COVERED:
                    tr.addElement(CoveredTableCell())
                    continue
                span = {}
                if isinstance(v, dict):
                    if v.get("cols", 1) > 1:
                        span["numbercolumnsspanned"] = v["cols"]
                    if v.get("rows", 1) > 1:
                        span["numberrowsspanned"] = v["rows"]
                    v = v["v"]
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat(), **span)
                    c.addElement(Para(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v, **span)
                    c.addElement(Para(text=f"{v:g}"))
                elif v is None:
                    c = TableCell(**span)
                else:
                    c = TableCell(valuetype="string", **span)
                    for k, line in enumerate(str(v).split("\n")):   # a line break in a cell: one <text:p> a line
                        c.addElement(Para(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


COVERED = object()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 as the province sends it: 受援医院 first, 等级 "二级甲等" in one column, 所在县, 支援医院, 协议签订日期
    (a date cell, or text "2023年2月15日"), 支援期限 for one pairing only (the others take the title's 2023—2025年);
    one recipient's name broken over two lines of its cell (柯岑县⏎人民医院)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅岫省城乡医院对口支援关系一览表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QH, "二级甲等", P, dt.date(2023, 2, 15), None),
             (QHT, "二级乙等", PT, "2023年2月15日", None),
             (SY, "二级甲等", P, dt.date(2023, 3, 1), "2024.1.1—2026.12.31"),
             ("柯岑县\n人民医院", "二级乙等", FC, dt.date(2023, 2, 20), None),
             (KCM, "二级", FC, dt.date(2023, 2, 20), None)]
    for i, (r, lg, s, agt, per) in enumerate(pairs, 1):
        name = r.replace("\n", "")
        level, grade, cat, county = RECIP[name]
        ws.append([i, r, lg, cat, county, s, agt, per])
        if isinstance(agt, dt.date):
            ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        ag = agt if isinstance(agt, dt.date) else dt.date(2023, 2, 15)
        if per:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": name, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，省、县、医院名称均为虚构。"])
    wrap_all(ws)
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P, PT, FC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p_roster(path: Path):
    """省人民医院 roster: a two-level header (派驻时间 merged over 起 | 止, the other labels merged down two rows);
    派驻单位 merged down over each team, 科室 merged over two people, the batch's 起 and 止 merged down over the team;
    工作年限 "22年"; 职称 "副主任医师（2024年晋升）", "住院医师（规培结业）"; a two-character name padded with spaces
    to line up with three-character ones ("王  芳": one person); a row at a hospital in no pairing list."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "派驻单位", "科室", "姓名", "身份证号", "职称", "工作年限", "派驻时间", None, "在受援医院任职"])
    ws.append([None, None, None, None, None, None, None, "起", "止", None])
    for col in "ABCDEFGJ":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("H2:I2")
    people = [  # key, name, recipient, dept, title as written, years, start cell, end cell, post, fields
        ("xu", "许砚舟", QH, "心血管内科", "主任医师", "22年", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "副院长",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), years_of_service=22,
             position_at_recipient="副院长")),
        ("tang", "唐梨落", QH, "心血管内科", "副主任医师（2024年晋升）", "14年", None, None, None,
         dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), years_of_service=14,
             position_at_recipient=None)),
        ("wang", "王  芳", QH, "护理部", "主管护师", "11年", None, None, None,
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31), years_of_service=11,
             position_at_recipient=None)),
        ("lin", "林述白", SY, "普外科", "主治医师", "9年", "2024.4.1", "2024.9.30", None,
         dep("普外科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30), years_of_service=9,
             position_at_recipient=None)),
        ("jiang", "蒋半夏", SY, "普外科", "住院医师（规培结业）", "6年", None, None, None,
         dep("普外科", "住院医师", "初级", "医疗", d(2024, 4, 1), d(2024, 9, 30), years_of_service=6,
             position_at_recipient=None)),
    ]
    for i, (key, name, rec, dept, title, yrs, s, e, post, f) in enumerate(people, 1):
        first_of_team = key in ("xu", "lin")
        ws.append([i, rec if first_of_team else None, dept if key in ("xu", "wang", "lin") else None, name,
                   use_id(key), title, yrs, s, e, post])
        r = ws.max_row
        ws.cell(r, 5).number_format = "@"
        for c in (8, 9):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    # merged down: 派驻单位 over each team, 科室 over two people, the batch's dates over the team
    for rng in ("B4:B6", "C4:C5", "H4:H6", "I4:I6", "B7:B8", "C7:C8", "H7:H8", "I7:I8"):
        ws.merge_cells(rng)
    ws.append([6, "漱玉县第二人民医院", "骨科", "邹行远", use_id("zou"), "主治医师", "8年", "2024.5.6", "2024.11.5", None])
    ws.cell(ws.max_row, 5).number_format = "@"
    quarantine(fn, sh, ws.max_row, "unresolved_hospital", "漱玉县第二人民医院 is in no pairing list")
    ws.append(["合计", None, None, "6人"])
    ws.append(["制表：医务部", None, None, None, "填报日期：2025年1月8日"])
    wrap_all(ws)
    wb.save(path)


def f_pt_roster_xls(path: Path):
    """省中医院, an .xls typed with Alt+Enter: two people in one 姓名 cell with their two ID numbers on two lines;
    派驻时间 "2024.3.1⏎至⏎2024.8.31"; the recipient "青篁县⏎中医医院" broken over two lines; "副主任中医师（2024年晋升）";
    a name with a team role in brackets (祁望舒（组长）)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    wrap = xlwt.easyxf("align: wrap on, vert centre")
    ws.write_merge(0, 0, 0, 7, f"琅岫省中医院2024年对口支援派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派驻单位", "科室", "职称", "派驻时间", "备注"]):
        ws.write(1, j, h)
    lines = [
        (1, "周砚秋\n陆听澜", use_id("zhou") + "\n" + use_id("lu"), "青篁县\n中医医院", "针灸科", "主治中医师",
         "2024.3.1\n至\n2024.8.31", None),
        (2, "闻溪亭", use_id("wen"), QHT, "脾胃病科", "副主任中医师（2024年晋升）", "2024.3.1\n至\n2024.8.31", None),
        (3, "祁望舒（组长）", use_id("qi"), "青篁县\n中医医院", "骨伤科", "主治中医师", "2024.9.1\n至\n2025.2.28",
         "第二批"),
    ]
    for i, vals in enumerate(lines):
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(2 + i, j, v, wrap)
    hosp = {"support_hospital_id": PT, "recipient_hospital_id": QHT}
    for key in ("zhou", "lu"):
        row("deployments", fn, sh, 3, dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
            hosp, ["start_date", "department"], id_number=ID[key])
    multi("deployments", fn, sh, 3, 2)
    row("deployments", fn, sh, 4, dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
        hosp, ["start_date", "department"], id_number=ID["wen"])
    row("deployments", fn, sh, 5, dep("骨伤科", "主治中医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)),
        hosp, ["start_date", "department"], id_number=ID["qi"])
    ws.write(6, 0, "填表人：人事科")
    wb.save(str(path))


def f_p_trainees_ods(path: Path):
    """省人民医院 hosts trainees (.ods): 进修时间 spanned over 起 | 止, the other labels spanned down two rows; two
    trainees in one cell separated by 、 with their two ID numbers likewise; "免收", "1.5万元", "0.3万元";
    "否（在修）"; a sending hospital broken over two lines."""
    fn, sh = path.name, "进修人员"
    rows = [[{"v": f"琅岫省人民医院2024年接收对口支援单位进修人员登记表（{SYN}）", "cols": 9}] + [COVERED] * 8,
            [{"v": "序号", "rows": 2}, {"v": "姓名", "rows": 2}, {"v": "身份证号", "rows": 2},
             {"v": "选送单位", "rows": 2}, {"v": "进修科室", "rows": 2}, {"v": "进修时间", "cols": 2}, COVERED,
             {"v": "进修费", "rows": 2}, {"v": "是否结业", "rows": 2}],
            [COVERED, COVERED, COVERED, COVERED, COVERED, "起", "止", COVERED, COVERED]]
    items = [  # names, ids, sending as written, dept, start, end, fee, done, (sending, fee, done) read
        (["wyn", "nie"], "温以宁、聂清和", "、", QH, "重症医学科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "免收",
         "是", QH, 0.0, True),
        (["bai"], "柏舟", None, SY, "内分泌科", dt.date(2024, 3, 1), dt.date(2025, 2, 28), "1.5万元", "否（在修）",
         SY, 15000.0, False),
        (["lin2"], "蔺书禾", None, "漱玉县\n人民医院", "超声科", dt.date(2024, 9, 2), dt.date(2025, 3, 1), "0.3万元",
         "否", SY, 3000.0, False),
    ]
    for i, (keys, names, sep, sending, dept, s, e, fee, done, rec, feev, donev) in enumerate(items, 1):
        ids = (sep or "").join(use_id(k) for k in keys)
        rows.append([i, names, ids, sending, dept, s, e, fee, done])
        r = len(rows)
        for k in keys:
            row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                             fee_charged=feev, completed=donev),
                {"recipient_hospital_id": rec, "host_hospital_id": P}, ["start_date", "department"], id_number=ID[k])
        if len(keys) > 1:
            multi("trainees", fn, sh, r, len(keys))
    rows.append(["合计：4人"])
    rows.append(["经办人：科教科", None, None, None, None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_county_csv(path: Path):
    """省卫健委 clerk: a GBK CSV; counts written with their unit and a thousands separator ("41,236人次"), one in
    万人次 ("2.31万人次" = 23100); a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"琅岫省各县2024年县域住院流向统计（{SYN}）", "", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次", "备注"])
    r = 2
    for county, code, tot, out, tv, ov in (("青篁县", "999101", "41,236人次", "6,902人次", 41236, 6902),
                                          ("漱玉县", "999102", "28410", "4,875人次", 28410, 4875),
                                          ("柯岑县", "999201", "2.31万人次", "4120人次", 23100, 4120)):
        w.writerow([county, code, tot, out, ""])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=tv,
                                                         resident_admissions_outside_county=ov),
            {}, ["county_code", "year"])
    w.writerow(["合计", "", "92,746人次", "15,897人次", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 沣阙市
def f_fc_roster_csv(path: Path):
    """沣阙市中心医院, a name-only list as CSV (UTF-8 with BOM) saved from Excel: quoted cells with line breaks (two
    names on one line separated by 、, a stay "2024.3.1⏎至⏎2024.8.31", a hospital broken over two lines); two names
    separated by a space ("陆一鸣 夏知秋"); a padded two-character name ("姜  禾": one person); a start with
    派驻时长 "6个月（含春节假期）"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"沣阙市中心医院2024年对口支援派驻人员名单（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "派驻单位", "科室", "职称", "派驻时间", "派驻时长", "备注"])
    lines = [  # cells, persons, recipient, fields
        ([1, "韩照野、叶疏桐", KC, "急诊科", "主治医师", "2024.3.1\n至\n2024.8.31", "6个月", ""], 2, KC,
         dep("急诊科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ([2, "陆一鸣 夏知秋", KC, "麻醉科", "主治医师", "2024.3.1-2024.8.31", "6个月", ""], 2, KC,
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ([3, "姜  禾", KCM, "产科", "副主任医师（2024年晋升）", "2024.9.1", "6个月（含春节假期）", "组长"], 1, KCM,
         dep("产科", "副主任医师", "副高级", "医疗", d(2024, 9, 1), d(2025, 2, 28))),
        ([4, "谷雨眠", "柯岑县\n妇幼保健院", "儿科", "主管护师", "2024.9.1\n至\n2025.2.28", "6个月", ""], 1, KCM,
         dep("儿科", "主管护师", "中级", "护理", d(2024, 9, 1), d(2025, 2, 28))),
    ]
    r = 2
    for cells, n, rec, f in lines:
        w.writerow(cells)
        r += 1            # a row as Excel shows the file: a quoted cell's line breaks stay inside the row
        for _ in range(n):
            row("deployments", fn, None, r, f, {"support_hospital_id": FC, "recipient_hospital_id": rec},
                ["start_date", "department"])
        finding(fn, r, "NAME_ONLY")
        if n > 1:
            multi("deployments", fn, None, r, n)
    w.writerow(["注：身份证号另行报送。", "", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_kc_activities(path: Path):
    """柯岑县人民医院's activity record: 参加人数 merged over 医师 | 护士 (the participants are the two added), counts
    with their unit ("28人"); one date merged down over two activities of that day; a date with a remark on its
    second line ("2024年5月22日⏎（下午）"); two lecturers in one cell; a 合计 row."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯岑县人民医院2024年对口帮扶活动记录（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "活动日期", "活动类型", "活动主题", "主讲/带教专家", "参加人数", None])
    ws.append([None, None, None, None, None, "医师", "护士"])
    for col in "ABCDE":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:G2")
    acts = [(dt.date(2024, 3, 15), "学术讲座", "急性胸痛的识别与处置", "韩照野", "28人", "14人", 42),
            (None, "教学查房", "急诊科教学查房", "韩照野", 9, 6, 15),
            (dt.date(2024, 4, 10), "手术示教", "腹腔镜胆囊切除术麻醉管理", "陆一鸣", "12人", "4人", 16),
            ("2024年5月22日\n（下午）", "疑难病例讨论", "多发伤病例讨论", "叶疏桐", "10人", "0人", 10),
            (dt.date(2024, 6, 18), "义诊", "社区慢病义诊", "韩照野、陆一鸣", 6, 4, 10)]
    days = [d(2024, 3, 15), d(2024, 3, 15), d(2024, 4, 10), d(2024, 5, 22), d(2024, 6, 18)]
    for i, ((day, typ, topic, who, doc, nurse, total), dday) in enumerate(zip(acts, days), 1):
        ws.append([i, day, typ, topic, who, doc, nurse])
        r = ws.max_row
        if isinstance(day, dt.date):
            ws.cell(r, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, r, dict(activity_date=dday, activity_type=typ, participants=total),
            {"recipient_hospital_id": KC, "support_hospital_id": FC}, ["activity_date", "activity_type"])
    ws.merge_cells("B4:B5")
    ws.append(["合计", None, None, None, None, 65, 28])
    ws.append(["填报人：医务科", None, None, None, "2025年1月6日"])
    wrap_all(ws)
    wb.save(path)


def f_kcm_assessments(path: Path):
    """柯岑县妇幼保健院's monthly assessment: 姓名 and 身份证号 merged down over a person's three months, 派出单位
    merged over all six rows; scores "92分", spot checks "3次"; a name with a role in brackets (姜禾（组长）)."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯岑县妇幼保健院派驻人员月度考核表（2024年9—11月）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    data = [("jh", "姜禾（组长）", [(9, "92分", 92.0, "3次", "3次", 3, 3), (10, "95分", 95.0, "4次", "4次", 4, 4),
                                   (11, "88.5分", 88.5, "3次", "2次", 3, 2)]),
            ("gu", "谷雨眠", [(9, "90分", 90.0, "3次", "3次", 3, 3), (10, "93分", 93.0, "3次", "3次", 3, 3),
                              (11, "94分", 94.0, "4次", "4次", 4, 4)])]
    first = ws.max_row + 1
    for key, name, months in data:
        top = ws.max_row + 1
        for k, (m, sc, scv, chk, pres, chkv, presv) in enumerate(months):
            ws.append([name if k == 0 else None, use_id(key) if k == 0 else None, FC if ws.max_row + 1 == first else None,
                       f"{m}月", sc, chk, pres])
            ws.cell(ws.max_row, 2).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=scv, spot_checks=chkv, spot_checks_present=presv),
                {"recipient_hospital_id": KCM, "support_hospital_id": FC}, ["month"], id_number=ID[key])
        ws.merge_cells(start_row=top, end_row=top + 2, start_column=1, end_column=1)
        ws.merge_cells(start_row=top, end_row=top + 2, start_column=2, end_column=2)
    ws.merge_cells(start_row=first, end_row=first + 5, start_column=3, end_column=3)
    ws.append(["考核人：医务科", None, None, None, "2024年12月5日"])
    wrap_all(ws)
    wb.save(path)


def f_kc_techniques_xls(path: Path):
    """柯岑县人民医院's technique list (.xls): a date with its remark on a second line ("2024.4.18⏎（首例）"), cases
    with their unit ("12例", "36例（截至12月）", "20余例" — no number), 是否填补县域空白 "是（县内首例）", the support
    hospital broken over two lines (沣阙市⏎中心医院)."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    wrap = xlwt.easyxf("align: wrap on, vert centre")
    ws.write_merge(0, 0, 0, 6, f"柯岑县人民医院2024年新技术新项目登记表（{SYN}）")
    for j, h in enumerate(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "帮扶单位"]):
        ws.write(1, j, h)
    items = [("床旁超声引导下中心静脉置管", "急诊科", "2024.4.18\n（首例）", "12例", "是（县内首例）", "沣阙市\n中心医院",
              d(2024, 4, 18), 12, True),
             ("椎管内分娩镇痛", "麻醉科", "2024年5月6日", "36例（截至12月）", "否", FC, d(2024, 5, 6), 36, False),
             ("经鼻高流量湿化氧疗", "急诊科", "2024.6.3", "20余例", "否", "沣阙市\n中心医院", d(2024, 6, 3), None, False)]
    for i, (name, dept, when, cases, gap, sup, day, casesv, gapv) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, dept, when, cases, gap, sup]):
            ws.write(r, j, v, wrap)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                               fills_county_gap=gapv),
            {"recipient_hospital_id": KC, "support_hospital_id": FC}, ["name"])
        if casesv is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(5, 0, "填报人：医务科")
    wb.save(str(path))


def f_kcm_monthly(path: Path):
    """柯岑县妇幼保健院's workload, 1–6月: 转诊人次 merged over 外转 | 下转接收, the other labels merged down two
    rows; counts with units and thousands separators ("5,320人次", "86台"); a 合计 row."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯岑县妇幼保健院2024年1—6月业务量统计（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转诊人次", None])
    ws.append([None, None, None, None, "外转", "下转接收"])
    for col in "ABCD":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2")
    for m in range(1, 7):
        v = [5100 + 44 * m, 380 + 7 * m, 80 + m, 12 - m, 2 + m % 3]
        ws.append([f"{m}月", f"{v[0]:,}人次", f"{v[1]}人", f"{v[2]}台", f"{v[3]}人次", v[4]])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": KCM}, ["month"])
    ws.append(["合计", "31,524人次", "2,427人", "501台", "51人次", 18])
    ws.append(["填报人：统计室"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 漱玉县
def f_sy_trainees(path: Path):
    """漱玉县人民医院 sends trainees: a start and a duration (进修时长 "6个月（含春节假期）", "3个月"), fees "免",
    "0.2万元"; two trainees in one cell on two lines with their two ID numbers on two lines; a trainee with no start
    (held); "以上共5人" under the rows."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"漱玉县人民医院2024年外出进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始时间", "进修时长", "进修费用", "是否结业"])
    items = [(["qu"], "曲照临", "儿科", "2024.1.15", "6个月（含春节假期）", "免", "是", d(2024, 1, 15), d(2024, 7, 14),
              0.0, True),
             (["shu"], "舒望", "检验科", "2024.3.1", "3个月", "0.2万元", "是", d(2024, 3, 1), d(2024, 5, 31), 2000.0,
              True),
             ([], "左丘然", "影像科", None, "6个月", "免", "否", None, None, None, None),
             (["yi", "xin"], "易安\n辛夷", "护理部", "2024.9.2", "6个月", "免", "否（在修）", d(2024, 9, 2),
              d(2025, 3, 1), 0.0, False)]
    for i, (keys, names, dept, s, dur, fee, done, sd, ed, feev, donev) in enumerate(items, 1):
        ws.append([i, names, "\n".join(use_id(k) for k in keys) or None, dept, P, s, dur, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        if not keys:
            quarantine(fn, sh, r, "missing_value", "no 进修开始时间: a trainee's start is required")
            continue
        for k in keys:
            row("trainees", fn, sh, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                             completed=donev),
                {"recipient_hospital_id": SY, "host_hospital_id": P}, ["start_date", "department"], id_number=ID[k])
        if len(keys) > 1:
            multi("trainees", fn, sh, r, len(keys))
    ws.append(["以上共5人"])
    ws.append(["填报日期：2025年1月9日"])
    wrap_all(ws)
    wb.save(path)


def f_sy_monthly_ods(path: Path):
    """漱玉县人民医院's monthly report, 7–12月 (.ods), ordinary, one outpatient figure written "1.26万" (12600)."""
    fn, sh = path.name, "月报"
    rows = [[f"漱玉县人民医院2024年7—12月业务月报（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for m in range(7, 13):
        v = [12100 + 130 * m, 902 + 11 * m, 210 + 3 * m, 31 - m]
        if m == 9:
            v[0] = 12600
        rows.append([f"2024年{m}月", "1.26万" if m == 9 else v[0], v[1], v[2], v[3]])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SY}, ["month"])
    rows.append(["报送：病案统计室"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 青篁县
def f_qh_activities_csv(path: Path):
    """青篁县人民医院's activity register, a GBK CSV: 参加人数 "35人", "约30人" (no number: empty with a finding),
    dates "2024年3月12日"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青篁县人民医院2024年对口帮扶活动登记（{SYN}）", "", "", "", ""])
    w.writerow(["日期", "活动类型", "主题", "主讲人", "参加人数"])
    r = 2
    for day, iso, typ, topic, who, n, nv in (
            ("2024年3月12日", d(2024, 3, 12), "学术讲座", "高血压规范化管理", "许砚舟", "35人", 35),
            ("2024年4月9日", d(2024, 4, 9), "教学查房", "心力衰竭患者教学查房", "唐梨落", "18人", 18),
            ("2024年5月14日", d(2024, 5, 14), "技术培训", "心肺复苏培训", "王芳", "约30人", None),
            ("2024年6月20日", d(2024, 6, 20), "远程会诊", "疑难病例远程会诊", "许砚舟", "5人", 5)):
        w.writerow([day, typ, topic, who, n])
        r += 1
        row("activities", fn, None, r, dict(activity_date=iso, activity_type=typ, participants=nv),
            {"recipient_hospital_id": QH, "support_hospital_id": P}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    w.writerow(["合计：4次", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "沣阙市", "漱玉县", "青篁县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_p_roster, "省直", "SYNTHETIC_省人民医院2024年派驻人员花名册.xlsx"),
             (f_pt_roster_xls, "省直", "SYNTHETIC_省中医院2024年派驻人员名单.xls"),
             (f_p_trainees_ods, "省直", "SYNTHETIC_省人民医院2024年接收进修人员登记表.ods"),
             (f_county_csv, "省直", "SYNTHETIC_各县县域住院流向2024.csv"),
             (f_fc_roster_csv, "沣阙市", "SYNTHETIC_沣阙市中心医院2024年派驻人员名单.csv"),
             (f_kc_activities, "沣阙市", "SYNTHETIC_柯岑县人民医院2024年对口帮扶活动记录.xlsx"),
             (f_kcm_assessments, "沣阙市", "SYNTHETIC_柯岑县妇幼保健院派驻人员月考核表（2024年9-11月）.xlsx"),
             (f_kc_techniques_xls, "沣阙市", "SYNTHETIC_柯岑县人民医院新技术新项目登记2024.xls"),
             (f_kcm_monthly, "沣阙市", "SYNTHETIC_柯岑县妇幼保健院2024年1-6月业务量.xlsx"),
             (f_sy_trainees, "漱玉县", "SYNTHETIC_漱玉县人民医院外出进修人员登记表2024.xlsx"),
             (f_sy_monthly_ods, "漱玉县", "SYNTHETIC_漱玉县人民医院2024年7-12月业务月报.ods"),
             (f_qh_activities_csv, "青篁县", "SYNTHETIC_青篁县人民医院帮扶活动登记2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
