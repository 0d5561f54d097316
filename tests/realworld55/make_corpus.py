"""realworld55 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜汀省) for 2024, focused on the
monthly assessments of dispatched staff (派驻人员月考核) in every layout a recipient or a support hospital uses:
a sheet per month, one person per row with 12 month columns, 考核等次 instead of a score, 在岗天数 / 请假天数
columns, '—' for months a person was not there, 在岗抽查 as "x/y", a person who changed recipient mid-year, a
file naming the support hospital only in its title, and a correction replacing an earlier month. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,枫渚县,岚石县,青蔓县,省直}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in
truth.json). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
DASH = "—"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, P2, TZ = "澜汀省人民医院", "澜汀省第二人民医院", "汀州市中心医院"
FZ, FZTCM, LS, LSMCH, QM = "枫渚县人民医院", "枫渚县中医医院", "岚石县人民医院", "岚石县妇幼保健院", "青蔓县人民医院"
RECIP = {FZ: ("二级", "甲等", "综合医院", "枫渚县"), FZTCM: ("二级", "乙等", "中医医院", "枫渚县"),
         LS: ("二级", "甲等", "综合医院", "岚石县"), LSMCH: ("二级", None, "妇幼保健院", "岚石县"),
         QM: ("二级", "乙等", "综合医院", "青蔓县")}
PAIRS = [(P1, FZ), (P1, LS), (P2, FZTCM), (P2, QM), (TZ, LSMCH), (TZ, QM)]

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19750312", "031"), "gu": ("990101", "19860704", "042"), "shao": ("990102", "19890921", "026"),
    "zhan": ("990101", "19780115", "053"), "ke": ("990103", "19830608", "017"),
    "teng": ("990201", "19800427", "064"), "ning": ("990201", "19770830", "035"), "yan": ("990202", "19870219", "048"),
    "tang": ("990301", "19790506", "072"), "bu": ("990301", "19900111", "081"), "qi": ("990302", "19850923", "019"),
    "miao": ("990302", "19761017", "056"), "jia": ("990301", "19820303", "027"), "wei": ("990303", "19880714", "044"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": [], "same_person": {}}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def assess(file, sheet, r, month, score, recipient, id_number, support=None, checks=None, present=None):
    hosp = {"recipient_hospital_id": recipient}
    if support:
        hosp["support_hospital_id"] = support
    f = dict(year=2024, month=month, score=score)
    if checks is not None or present is not None:
        f.update(spot_checks=checks, spot_checks_present=present)
    row("staff_monthly_assessments", file, sheet, r, f, hosp, ["month"], id_number=id_number)


def finding(file, sheet, r, code):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


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


def text_id(ws, r, c):
    ws.cell(r, c).number_format = "@"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜汀省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "备注"])
    for i, (s, r) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, "2023-12-15", None])
        truth["pairings"].append({"support": s, "recipient": r, "start_date": "2024-01-01",
                                  "end_date": "2026-12-31", "agreement_date": "2023-12-15",
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、人员均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, P2, TZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 枫渚县
def f_fz_month_sheets(path: Path):
    """枫渚县人民医院: a sheet per month (1月, 2月, 3月; the year in the title), 在岗天数 / 请假天数 columns (not
    contract fields), 派出单位 column; 邵岚 arrives in February (no row in 1月)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = {"lin": "林映川", "gu": "顾清禾", "shao": "邵岚"}
    data = {1: [("lin", 22, 0, 95), ("gu", 20, 2, 88.5)],
            2: [("lin", 18, 1, 96), ("gu", 19, 0, 90), ("shao", 12, 0, 86)],
            3: [("lin", 21, 0, 94.5), ("gu", 21, 0, 91), ("shao", 20, 1, 89)]}
    for m, lines in data.items():
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"枫渚县人民医院2024年{m}月对口支援派驻人员考核表（{SYN}）"])
        ws.merge_cells("A1:G1")
        ws.append(["序号", "姓名", "身份证号", "派出单位", "在岗天数", "请假天数", "考核得分"])
        for i, (k, on, off, sc) in enumerate(lines, 1):
            ws.append([i, people[k], use_id(k), P1, on, off, sc])
            text_id(ws, ws.max_row, 3)
            assess(fn, sh, ws.max_row, m, float(sc), FZ, ID[k], support=P1)
        ws.append(["考核人：医务科", None, None, None, "填报日期：2024年4月8日"])
    wb.save(path)


def f_fz_april(path: Path, corrected: bool):
    """枫渚县人民医院 April, sent twice: the 更正 file (later 填报日期) changes 邵岚's score 78 → 87 and 顾清禾's
    在岗抽查; it is the full list again, so it replaces the first file's rows (contract: a later file for the same
    hospital, form and period)."""
    fn, sh = path.name, "2024年4月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫渚县人民医院派驻人员月度考核表（2024年4月）{'（更正）' if corrected else ''}（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "姓名", "身份证号", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    lines = [("lin", "林映川", 93, 4, 4), ("gu", "顾清禾", 90.5, 4, 4 if corrected else 3),
             ("shao", "邵岚", 87 if corrected else 78, 4, 4)]
    for i, (k, name, sc, ch, pr) in enumerate(lines, 1):
        ws.append([i, name, use_id(k), sc, ch, pr])
        text_id(ws, ws.max_row, 3)
        if corrected:
            assess(fn, sh, ws.max_row, 4, float(sc), FZ, ID[k], checks=ch, present=pr)
    ws.append([f"填报日期：2024年{'5月20日' if corrected else '5月6日'}"])
    wb.save(path)


def f_fztcm_first_half_ods(path: Path):
    """枫渚县中医医院 (.ods): one person per row, 1月 … 6月 score columns, 骆星河 without an ID number who
    arrived in March ('—' for January and February)."""
    fn, sh = path.name, "上半年"
    rows = [[f"枫渚县中医医院派驻人员2024年上半年月度考核得分（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "1月", "2月", "3月", "4月", "5月", "6月"]]
    lines = [("teng", "滕晓岑", [92, 93, 91.5, 94, 95, 93]), ("luo", "骆星河", [DASH, DASH, 85, 87, 88.5, 90])]
    for i, (k, name, scores) in enumerate(lines, 1):
        rows.append([i, name, use_id(k) if k in ID else None, P2, *scores])
        r = len(rows)
        for m, sc in enumerate(scores, 1):
            if sc != DASH:
                assess(fn, sh, r, m, float(sc), FZTCM, ID.get(k), support=P2)
        if k == "luo":
            finding(fn, sh, r, "NAME_ONLY")
            truth["same_person"]["骆星河"] = [["staff_monthly_assessments", fn, sh, r]]
    rows.append(["注：“—”表示当月未在岗。"])
    ods_doc(path, {sh: rows})


def f_fztcm_title_only(path: Path):
    """The support hospital only in the title ("澜汀省第二人民医院派驻专家…"), the recipient in a 填报单位 line;
    months 7月 8月 9月 as columns; 骆星河 again without an ID number."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汀省第二人民医院派驻专家月度考核表（2024年7—9月）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["填报单位：枫渚县中医医院（盖章）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "7月", "8月", "9月"])
    lines = [("teng", "滕晓岑", "针灸科", [94, 92, 96]), ("luo", "骆星河", "康复科", [89, 91, 90.5])]
    for i, (k, name, dept, scores) in enumerate(lines, 1):
        ws.append([i, name, use_id(k) if k in ID else None, dept, *scores])
        r = ws.max_row
        text_id(ws, r, 3)
        for m, sc in zip((7, 8, 9), scores):
            assess(fn, sh, r, m, float(sc), FZTCM, ID.get(k), support=P2)
        if k == "luo":
            finding(fn, sh, r, "NAME_ONLY")
            truth["same_person"]["骆星河"].append(["staff_monthly_assessments", fn, sh, r])
    ws.append(["考核负责人：", None, "日期：2024年10月9日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 岚石县
def f_ls_year_xls(path: Path):
    """岚石县人民医院 (.xls, xlwt): one person per row, 1月 … 12月 score columns; 柯望舒 arrived in July ('—'
    before), 詹云起 on leave in August ('—'); 备注 column."""
    fn, sh = path.name, "月考核汇总"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 17, f"岚石县人民医院2024年度对口支援派驻人员月考核汇总表（{SYN}）")
    head = ["序号", "姓名", "身份证号", "派出单位", "科室"] + [f"{m}月" for m in range(1, 13)] + ["备注"]
    for c, v in enumerate(head):
        ws.write(1, c, v)
    lines = [("zhan", "詹云起", "普外科", [90, 91, 92, 90.5, 93, 94, 92, DASH, 95, 94, 93.5, 96], "8月休假"),
             ("ke", "柯望舒", "儿科", [DASH] * 6 + [84, 86, 88, 87.5, 90, 91], "7月到岗")]
    for i, (k, name, dept, scores, note) in enumerate(lines, 1):
        r0 = 1 + i
        for c, v in enumerate([i, name, use_id(k), P1, dept, *scores, note]):
            ws.write(r0, c, v)
        for m, sc in enumerate(scores, 1):
            if sc != DASH:
                assess(fn, sh, r0 + 1, m, float(sc), LS, ID[k], support=P1)
    ws.write(4, 0, "制表：医务科")
    wb.save(str(path))


def f_lsmch_csv_utf8(path: Path):
    """岚石县妇幼保健院 (CSV, UTF-8): one row per person-month, 考核月份 "2024-10", 在岗抽查 "x/y" under a header
    that says which is which; 祁远帆's ID number with a wrong check digit; a row naming a hospital that is in no
    pairing (岚石县第三人民医院 → held as unresolved)."""
    fn = path.name
    wrong = ID["qi"][:17] + ("0" if ID["qi"][17] != "0" else "1")
    rows = [[f"岚石县妇幼保健院派驻人员月度考核登记（{SYN}）"],
            ["序号", "受援单位", "派出单位", "姓名", "身份证号", "考核月份", "考核得分", "在岗抽查（在岗次数/抽查次数）"]]
    n = 0
    for m in (10, 11, 12):
        for k, name, sp, sc, (pr, ch) in (("bu", "卜青萝", None, {10: 91, 11: 92.5, 12: 93}[m], (4, 4)),
                                          ("qi", "祁远帆", wrong, {10: 85, 11: 87, 12: 86.5}[m],
                                           {10: (3, 4), 11: (4, 4), 12: (2, 3)}[m])):
            n += 1
            rows.append([n, LSMCH, TZ, name, use_id(k, sp), f"2024-{m:02d}", f"{sc:g}", f"{pr}/{ch}"])
            assess(fn, None, len(rows), m, float(sc), LSMCH, sp or ID[k], support=TZ, checks=ch, present=pr)
            if sp:
                finding(fn, None, len(rows), "ID_CHECK_DIGIT")
    n += 1
    rows.append([n, "岚石县第三人民医院", TZ, "韦子衿", use_id("wei"), "2024-12", "88", "3/3"])
    quarantine(fn, None, len(rows), "unresolved_hospital", "受援单位 岚石县第三人民医院 is in no pairing")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


# ------------------------------------------------------------------------------------------- 青蔓县
def f_qm_grades_ods(path: Path):
    """青蔓县人民医院 (.ods): 考核等次 (优秀 / 合格 / 基本合格) per month instead of a score, 1月 2月 3月 as
    columns. The contract has no grade column and `score` is not NULL: the rows are held (the lead's correction
    after the first run: the outsider's truth had curated them with score NULL)."""
    fn, sh = path.name, "第一季度"
    rows = [[f"青蔓县人民医院派驻人员月度考核等次（2024年第一季度）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "1月考核等次", "2月考核等次", "3月考核等次"]]
    for i, (k, name, grades) in enumerate((("ning", "宁书砚", ["优秀", "优秀", "合格"]),
                                           ("yan", "阎秋白", ["合格", "基本合格", "合格"])), 1):
        rows.append([i, name, use_id(k), P2, *grades])
        # lead's correction (README "AFTER THE FIXES"): the contract's `score` is a number and is not NULL
        # (spot_checks are); a grade is no score, so each person's row is held with the reason, not curated
        quarantine(fn, sh, len(rows), "unusable_value", "考核等次 instead of a score: the contract's score is a number")
    rows.append(["说明：等次分为优秀、合格、基本合格、不合格。"])
    ods_doc(path, {sh: rows})


def f_qm_q2_csv_gbk(path: Path):
    """青蔓县人民医院 second quarter (CSV, GBK): one row per person-month, 月份 "2024年4月", 在岗天数 / 请假天数,
    spot checks in two columns; 苗思源's ID number in 15 digits; 在岗抽查次数 "约4次" (→ empty + finding); a row
    with neither name nor ID number (held)."""
    fn = path.name
    m15 = ID["miao"][:6] + ID["miao"][8:17]
    rows = [[f"# {SYN}"], ["# 青蔓县人民医院派驻人员第二季度月考核"],
            ["姓名", "身份证号", "派出单位", "月份", "得分", "在岗天数", "请假天数", "在岗抽查次数", "抽查在岗次数"]]
    for m in (4, 5, 6):
        for k, name, sup, sc, ch, pr in (("ning", "宁书砚", P2, {4: 93, 5: 94, 6: 92}[m], "约4次" if m == 5 else "4", 4),
                                          ("miao", "苗思源", TZ, {4: 82, 5: 84.5, 6: 88}[m], "3", 3)):
            rows.append([name, use_id(k, m15 if k == "miao" else None), sup, f"2024年{m}月", f"{sc:g}", "21", "0",
                         ch, str(pr)])
            r = len(rows)
            assess(fn, None, r, m, float(sc), QM, ID[k], support=sup,
                   checks=None if ch.startswith("约") else int(ch), present=pr)
            if ch.startswith("约"):
                finding(fn, None, r, "UNPARSEABLE_OPTIONAL")
            if k == "miao":
                finding(fn, None, r, "ID_15_DIGIT")
    rows.append(["", "", P2, "2024年6月", "90", "20", "1", "4", "4"])
    quarantine(fn, None, len(rows), "missing_required", "no name and no ID number: whose assessment is unknown")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qm_q3_xls_month_sheets(path: Path):
    """青蔓县人民医院 third quarter (.xls): a sheet per month "2024.7" …, 在岗抽查 as "3/4" (在岗/抽查), 请假天数."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    for m in (7, 8, 9):
        sh = f"2024.{m}"
        ws = wb.add_sheet(sh)
        ws.write_merge(0, 0, 0, 6, f"青蔓县人民医院{m}月份派驻人员考核表（{SYN}）")
        for c, v in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查（在岗/抽查）", "请假天数"]):
            ws.write(1, c, v)
        for i, (k, name, sc, pr, ch, leave) in enumerate((
                ("ning", "宁书砚", {7: 95, 8: 93.5, 9: 94}[m], 4, 4, 0),
                ("yan", "阎秋白", {7: 88, 8: 89, 9: 90}[m], {7: 3, 8: 4, 9: 4}[m], 4, {7: 2, 8: 0, 9: 0}[m])), 1):
            for c, v in enumerate([i, name, use_id(k), P2, sc, f"{pr}/{ch}", leave]):
                ws.write(1 + i, c, v)
            assess(fn, sh, 2 + i, m, float(sc), QM, ID[k], support=P2, checks=ch, present=pr)
        ws.write(4, 0, "考核人：")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 省直
def f_tz_support_summary(path: Path):
    """汀州市中心医院 (the support hospital) sums up its staff's year: one person per row, 受援单位 column, 1月 …
    12月; 汤照野 changed recipient in July (two rows: 青蔓县人民医院 with '—' from July, 岚石县妇幼保健院 with '—'
    until June); the hospital's own name only in the title."""
    fn, sh = path.name, "派驻人员考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀州市中心医院2024年对口支援派驻人员月度考核得分汇总（{SYN}）"])
    ws.merge_cells("A1:Q1")
    ws.append(["序号", "姓名", "身份证号", "受援单位"] + [f"{m}月" for m in range(1, 13)] + ["备注"])
    lines = [("tang", "汤照野", QM, [90, 91, 89.5, 92, 93, 92] + [DASH] * 6, "7月起调岚石县妇幼保健院"),
             ("tang", "汤照野", LSMCH, [DASH] * 6 + [91, 92, 94, 93, 92.5, 95], None),
             ("jia", "贾临溪", QM, [87, 88, 88, 89, 90, 86, 88, 89.5, 90, 91, 90, 92], None)]
    for i, (k, name, rec, scores, note) in enumerate(lines, 1):
        ws.append([i, name, use_id(k), rec, *scores, note])
        r = ws.max_row
        text_id(ws, r, 3)
        for m, sc in enumerate(scores, 1):
            if sc != DASH:
                assess(fn, sh, r, m, float(sc), rec, ID[k], support=TZ)
    ws.append(["填表：对口支援办公室", None, None, "2025年1月10日"])
    wb.save(path)


def f_p1_roster(path: Path):
    """澜汀省人民医院's roster of the staff whose assessments the 枫渚 and 岚石 files carry."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汀省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"])
    people = [("lin", "林映川", "心血管内科", "主任医师", "正高级", "医疗", FZ, "2024-01-02", "2024-06-30"),
              ("gu", "顾清禾", "呼吸内科", "主治医师", "中级", "医疗", FZ, "2024-01-02", "2024-06-30"),
              ("shao", "邵岚", "护理部", "主管护师", "中级", "护理", FZ, "2024-02-01", "2024-07-31"),
              ("zhan", "詹云起", "普外科", "副主任医师", "副高级", "医疗", LS, "2024-01-02", "2024-12-31"),
              ("ke", "柯望舒", "儿科", "主治医师", "中级", "医疗", LS, "2024-07-01", "2024-12-31")]
    for i, (k, name, dept, title, rank, cat, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, use_id(k), dept, title, rec, s, e])
        text_id(ws, ws.max_row, 3)
        row("deployments", fn, sh, ws.max_row,
            dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=s, end_date=e),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[k])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "枫渚县", "岚石县", "青蔓县", "省直")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    ref = "SYNTHETIC_附件1_澜汀省对口支援关系表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / ref)
    files = [(f_fz_month_sheets, "枫渚县", "SYNTHETIC_枫渚县人民医院派驻人员月考核2024年1-3月.xlsx"),
             (lambda p: f_fz_april(p, False), "枫渚县", "SYNTHETIC_枫渚县人民医院派驻人员4月考核.xlsx"),
             (lambda p: f_fz_april(p, True), "枫渚县", "SYNTHETIC_枫渚县人民医院派驻人员4月考核（更正）.xlsx"),
             (f_fztcm_first_half_ods, "枫渚县", "SYNTHETIC_枫渚县中医医院派驻人员上半年考核.ods"),
             (f_fztcm_title_only, "枫渚县", "SYNTHETIC_派驻专家月度考核表2024年7-9月.xlsx"),
             (f_ls_year_xls, "岚石县", "SYNTHETIC_岚石县人民医院派驻人员2024年度月考核汇总.xls"),
             (f_lsmch_csv_utf8, "岚石县", "SYNTHETIC_岚石县妇幼保健院派驻人员考核10-12月.csv"),
             (f_qm_grades_ods, "青蔓县", "SYNTHETIC_青蔓县人民医院派驻人员考核等次2024第一季度.ods"),
             (f_qm_q2_csv_gbk, "青蔓县", "SYNTHETIC_青蔓县人民医院派驻人员月考核第二季度.csv"),
             (f_qm_q3_xls_month_sheets, "青蔓县", "SYNTHETIC_青蔓县人民医院派驻人员考核7-9月.xls"),
             (f_tz_support_summary, "省直", "SYNTHETIC_汀州市中心医院派驻人员月考核汇总2024.xlsx"),
             (f_p1_roster, "省直", "SYNTHETIC_澜汀省人民医院派驻人员名册2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["pairing_file"] = ref
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
