"""realworld72 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024, focused on the
monthly assessments of dispatched staff (派驻人员月度考核) as recipient hospitals keep them: one sheet per month,
one sheet with a 月份 column (merged down, or written on every line), months as columns (1月 | 2月 | …), scores as
95 / "95分" / 95.5, grades (优秀/良好/合格, 称职/基本称职), attendance (出勤天数, 应出勤, 请假 2天, 在岗率 100%),
people leaving mid-year and their replacements, people named without an ID number (with and without a space in
the name, with a bracketed department), 平均分 rows and columns, 考核人 / 审核人 sign-offs. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,蓼汀县,岚坞县,芷溪县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
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
SMA = "staff_monthly_assessments"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, P2, CZ = "霁川省人民医院", "霁川省第二人民医院", "澄州市中心医院"
LT, LTTCM, LW, LWMCH, ZX, ZXTCM = ("蓼汀县人民医院", "蓼汀县中医医院", "岚坞县人民医院", "岚坞县妇幼保健院",
                                   "芷溪县人民医院", "芷溪县中医医院")
RECIP = {LT: ("二级", "甲等", "综合医院", "蓼汀县"), LTTCM: ("二级", "乙等", "中医医院", "蓼汀县"),
         LW: ("二级", "甲等", "综合医院", "岚坞县"), LWMCH: ("二级", "乙等", "妇幼保健院", "岚坞县"),
         ZX: ("二级", "甲等", "综合医院", "芷溪县"), ZXTCM: ("二级", "乙等", "中医医院", "芷溪县")}
PAIRS = [(P1, LT, dt.date(2023, 12, 12)), (P2, LTTCM, dt.date(2023, 12, 12)), (P1, LW, dt.date(2023, 12, 15)),
         (CZ, LWMCH, dt.date(2023, 12, 20)), (CZ, ZX, dt.date(2023, 12, 20)), (P2, ZXTCM, dt.date(2023, 12, 26))]

ID = {k: idn(*v) for k, v in {
    "han": ("990101", "19740312", "031"), "gu": ("990102", "19820707", "042"), "cheng": ("990101", "19790925", "015"),
    "mo": ("990103", "19760418", "036"), "su": ("990104", "19880130", "024"), "shao": ("990105", "19860621", "051"),
    "jiang": ("990106", "19900811", "062"), "ye": ("990107", "19920304", "027"),
    "bei": ("990301", "19831016", "013"), "luo": ("990302", "19870519", "048"), "jin": ("990303", "19910228", "035"),
    "fang": ("990304", "19800909", "046"), "qian": ("990305", "19850714", "022"),
    "bai": ("990201", "19770601", "057"), "ning": ("990202", "19890403", "018"),
    "chu": ("990203", "19811122", "039"), "xiang": ("990204", "19930817", "064"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "same_person": {}}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def sma(file, sheet, r, month, score, recipient, support=None, id_number=None, spot=None):
    """One monthly assessment; ``support`` only when the file states it; ``spot`` (checks, present) only when
    the file has 在岗抽查 columns (attendance days are not spot checks: those rows leave the two fields open)."""
    f = dict(year=2024, month=month, score=float(score))
    if spot is not None:
        f["spot_checks"], f["spot_checks_present"] = spot
    h = {"recipient_hospital_id": recipient}
    if support:
        h["support_hospital_id"] = support
    row(SMA, file, sheet, r, f, h, ["month"], id_number)


def finding(file, r, code):
    if {"file": file, "row": r, "code": code} not in truth["findings"]:
        truth["findings"].append({"file": file, "row": r, "code": code})


def held(file, sheet, r, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "missing_required",
                                 "why": why})


def same(who, file, sheet, r):
    truth["same_person"].setdefault(who, [])
    if [SMA, file, sheet, r] not in truth["same_person"][who]:
        truth["same_person"][who].append([SMA, file, sheet, r])


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


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


def write_csv(path: Path, lines, encoding: str):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(["" if v is None else v for v in ln])
    path.write_bytes(buf.getvalue().encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、人员均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, P2, CZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院's roster: the people of 蓼汀 and 岚坞, one who left at the end of June and the replacement."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"])
    people = [("han", "韩知秋", "男", "心血管内科", "主任医师", "正高级", "医疗", LT, (2024, 1, 2), (2024, 6, 30)),
              ("gu", "顾晚晴", "女", "护理部", "副主任护师", "副高级", "护理", LT, (2024, 1, 2), (2024, 12, 31)),
              ("cheng", "程砚舟", "男", "心血管内科", "副主任医师", "副高级", "医疗", LT, (2024, 7, 1), (2024, 12, 31)),
              ("mo", "莫听澜", "男", "普外科", "副主任医师", "副高级", "医疗", LW, (2024, 1, 2), (2024, 12, 31)),
              ("su", "苏怀瑾", "女", "麻醉科", "主治医师", "中级", "医疗", LW, (2024, 1, 2), (2024, 6, 30)),
              ("shao", "邵一帆", "男", "麻醉科", "主治医师", "中级", "医疗", LW, (2024, 7, 1), (2024, 12, 31)),
              ("jiang", "姜月白", "女", "护理部", "主管护师", "中级", "护理", LW, (2024, 1, 2), (2024, 6, 30)),
              ("ye", "叶知微", "女", "护理部", "主管护师", "中级", "护理", LW, (2024, 1, 2), (2024, 6, 30)),
              ("xiang", "向晚照", "女", "护理部", "主管护师", "中级", "护理", LW, (2024, 7, 1), (2024, 12, 31))]
    for i, (key, name, sex, dept, title, rank, cat, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                           start_date=d(*s), end_date=d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], ID[key])
    ws.append(["制表：医务部", None, None, "审核：", None, None, "2024年12月31日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 蓼汀县
def f_lt_month_sheets(path: Path):
    """蓼汀县人民医院 (xlsx): one sheet per month 1月 … 12月; 韩知秋 stops after June, 程砚舟 replaces him in July;
    scores 95 / "96分" / 93.5 with a 考核等次 beside; 出勤天数 | 应出勤天数; a 平均分 row and a 考核人 / 审核人
    line; 顾晚晴's ID number mistyped in May (wrong check digit: curated with a finding)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wrong = ID["gu"][:17] + ("0" if ID["gu"][17] != "0" else "1")
    workdays = [22, 19, 21, 21, 20, 19, 23, 22, 21, 18, 21, 22]
    for m in range(1, 13):
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"蓼汀县人民医院对口支援派驻人员月度考核表（2024年{m}月）（{SYN}）"])
        ws.merge_cells("A1:I1")
        ws.append(["序号", "姓名", "身份证号", "科室", "考核得分", "考核等次", "出勤天数", "应出勤天数", "备注"])
        people = [("han", "韩知秋", "心血管内科")] if m <= 6 else [("cheng", "程砚舟", "心血管内科")]
        people.append(("gu", "顾晚晴", "护理部"))
        scores = []
        for i, (key, name, dept) in enumerate(people, 1):
            sc = {"han": 94 + (m % 3), "cheng": 90 + m / 2, "gu": 95.5 if m % 2 else 96}[key]
            shown = f"{sc:g}分" if (key == "gu" and m in (3, 8)) else sc
            grade = "优秀" if sc >= 95 else "良好"
            written = use_id(key, wrong if (key == "gu" and m == 5) else None)
            note = "7月1日到岗，接替韩知秋" if (key == "cheng" and m == 7) else None
            att = workdays[m - 1] - (2 if (key, m) == ("gu", 4) else 0)
            ws.append([i, name, written, dept, shown, grade, att, workdays[m - 1], note])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            sma(fn, sh, r, m, sc, LT, id_number=written)
            if written != ID[key]:
                finding(fn, r, "ID_CHECK_DIGIT")
            scores.append(sc)
        ws.append([None, "平均分", None, None, round(sum(scores) / len(scores), 2)])
        ws.append(["考核人：医务科 林主任（合成）", None, None, None, "审核人：分管院长（合成）"])
    wb.save(path)


def f_lttcm_month_column_gbk(path: Path):
    """蓼汀县中医医院 (CSV, GBK): one table with 考核月份 on every line, January–June; people named without an ID
    number ("卢 青禾" with a space in Jan–Mar, "卢青禾" after); 派出单位 column; 在岗抽查次数 | 抽查在岗次数; 温如故's
    April line has only a 考核等次 (合格, no score: held); 平均分 line, 审核人 line."""
    fn = path.name
    lines = [[f"蓼汀县中医医院 派驻人员月度考核登记（2024年1—6月） {SYN}"],
             ["填报单位：蓼汀县中医医院"],
             ["考核月份", "姓名", "派出单位", "考核分数", "考核等次", "在岗抽查次数", "抽查在岗次数", "备注"]]
    total, n = 0.0, 0
    for m in range(1, 7):
        for who, written, sc, spot in (("lu", "卢 青禾" if m <= 3 else "卢青禾", [92, 93.5, "94分", 91, 95, 93][m - 1],
                                        (4, 4 if m != 2 else 3)),
                                       ("wen", "温如故", [88, 90, 89.5, None, 91, "92分"][m - 1], (4, 4))):
            grade = "合格" if sc is None else ("优秀" if float(str(sc).rstrip("分")) >= 93 else "良好")
            lines.append([f"2024年{m}月", written, P2, sc, grade, spot[0], spot[1], None])
            r = len(lines)
            if sc is None:
                held(fn, None, r, "考核等次 合格 without a score (score is required)")
                continue
            v = float(str(sc).rstrip("分"))
            total, n = total + v, n + 1
            sma(fn, None, r, m, v, LTTCM, support=P2, spot=spot)
            finding(fn, r, "NAME_ONLY")
            same({"lu": "卢青禾", "wen": "温如故"}[who], fn, None, r)
    lines.append(["平均分", None, None, round(total / n, 2), None, None, None, None])
    lines.append(["审核人：院办（合成）", None, None, None, None, None, None, "2024年7月5日"])
    write_csv(path, lines, "gbk")


def f_lttcm_months_as_columns_ods(path: Path):
    """蓼汀县中医医院 (ods): months as columns 7月 … 12月 for the second half; names only, 卢青禾 written with her
    department in brackets "卢青禾（针灸科）"; scores 95 / "94分" / 95.5; a 平均分 column and a 考核人 line."""
    fn, sh = path.name, "下半年"
    rows = [[f"蓼汀县中医医院派驻人员月考核汇总（2024年下半年）（{SYN}）"],
            ["姓名", "科室", "7月", "8月", "9月", "10月", "11月", "12月", "平均分"]]
    data = [("lu", "卢青禾（针灸科）", "针灸科", [95, "94分", 95.5, 93, 96, 94]),
            ("wen", "温 如故", "康复科", [90, 91, "92分", 90.5, 89, 93])]
    for who, written, dept, vals in data:
        nums = [float(str(v).rstrip("分")) for v in vals]
        rows.append([written, dept, *vals, round(sum(nums) / 6, 2)])
        r = len(rows)
        for m, v in zip(range(7, 13), nums):
            sma(fn, sh, r, m, v, LTTCM)
        finding(fn, r, "NAME_ONLY")
        same({"lu": "卢青禾", "wen": "温如故"}[who], fn, sh, r)
    rows.append(["考核人：医务科（合成）", None, None, None, "审核人：", None, None, None, None])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 岚坞县
def f_lw_months_as_columns_xls(path: Path):
    """岚坞县人民医院 (xls): months as columns 1月 … 12月 with a score under each; 苏怀瑾 left after June (blank
    after), 邵一帆 arrived in July ("—" before); 邵一帆's ID number written with 15 digits; 派出单位 column; a 平均分
    column and a 平均分 row; 考核人 / 审核人 line."""
    fn, sh = path.name, "考核得分"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    j = ID["shao"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    ws.write(0, 0, f"岚坞县人民医院2024年派驻专家月度考核得分表（{SYN}）")
    header = ["序号", "姓名", "身份证号", "派出单位", *[f"{m}月" for m in range(1, 13)], "平均分"]
    for c, h in enumerate(header):
        ws.write(1, c, h)
    data = [("mo", "莫听澜", None, [95, 96, 94.5, 95, 97, 96, 95, 94, 96, 95.5, 96, 97]),
            ("su", "苏怀瑾", None, [91, 92, 90, 93, 92.5, 91, None, None, None, None, None, None]),
            ("shao", "邵一帆", fifteen, ["—"] * 6 + [90, 91.5, 92, 93, 92, 94])]
    r0 = 2
    for i, (key, name, sp, vals) in enumerate(data, 1):
        x = r0 + i - 1
        ws.write(x, 0, i)
        ws.write(x, 1, name)
        ws.write(x, 2, use_id(key, sp))
        ws.write(x, 3, P1)
        nums = [v for v in vals if isinstance(v, (int, float))]
        for c, v in enumerate(vals, 4):
            if v is not None:
                ws.write(x, c, v)
        ws.write(x, 16, round(sum(nums) / len(nums), 2))
        for m, v in enumerate(vals, 1):
            if isinstance(v, (int, float)):
                sma(fn, sh, x + 1, m, v, LW, support=P1, id_number=ID[key])
        if sp:
            finding(fn, x + 1, "ID_15_DIGIT")
    x = r0 + len(data)
    ws.write(x, 1, "平均分")
    for c in range(4, 16):
        col = [v[3][c - 4] for v in data if isinstance(v[3][c - 4], (int, float))]
        ws.write(x, c, round(sum(col) / len(col), 2))
    ws.write(x + 2, 0, "考核人：医务部（合成）")
    ws.write(x + 2, 6, "审核人：院长办公室（合成）")
    wb.save(str(path))


def f_lw_nursing_merged_months(path: Path):
    """岚坞县人民医院护理部 (xlsx): one sheet with 考核月份 merged down over the month's two lines (January–June);
    ID numbers; 在岗抽查次数 | 在岗次数; 考核人 line."""
    fn, sh = path.name, "护理考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚坞县人民医院护理部派驻护理人员月度考核（2024年1—6月）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["考核月份", "姓名", "身份证号", "科室", "考核分数", "在岗抽查次数", "在岗次数"])
    for m in range(1, 7):
        first = ws.max_row + 1
        for key, name, sc, spot in (("jiang", "姜月白", [93, 94, 92.5, 95, 94, 93][m - 1], (3, 3)),
                                    ("ye", "叶知微", [90, 91, 93, 92, 90.5, 94][m - 1], (3, 2 if m == 3 else 3))):
            ws.append([f"{m}月" if ws.max_row + 1 == first else None, name, use_id(key), "护理部", sc, *spot])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            sma(fn, sh, r, m, sc, LW, id_number=ID[key], spot=spot)
        ws.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
    ws.append(["考核人：护理部（合成）", None, None, "审核人：", None, None, None])
    wb.save(path)


def f_lwmch_two_row_header(path: Path):
    """岚坞县妇幼保健院 (xlsx): months as columns under a two-row header ("2024年各月考核得分" merged over 1月 …
    12月); 钱望舒 arrived in April (blank before); 派出单位; 平均分 row; 考核人 / 审核人 line."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚坞县妇幼保健院派驻人员月度考核情况表（{SYN}）"])
    ws.merge_cells("A1:Q1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "2024年各月考核得分"] + [None] * 11 + ["备注"])
    ws.append([None] * 4 + [f"{m}月" for m in range(1, 13)] + [None])
    for c in (1, 2, 3, 4, 17):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    ws.merge_cells(start_row=2, start_column=5, end_row=2, end_column=16)
    data = [("fang", "方静姝", [96, 95, 96.5, 97, 95, 96, 94, 95, 96, 97, 95.5, 96], None),
            ("qian", "钱望舒", [None, None, None, 90, 91, 92, 92.5, 93, 91, 94, 93, 92], "4月到岗")]
    for i, (key, name, vals, note) in enumerate(data, 1):
        ws.append([i, name, use_id(key), CZ, *vals, note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for m, v in enumerate(vals, 1):
            if v is not None:
                sma(fn, sh, r, m, v, LWMCH, support=CZ, id_number=ID[key])
    avg = []
    for k in range(12):
        col = [v[2][k] for v in data if v[2][k] is not None]
        avg.append(round(sum(col) / len(col), 2))
    ws.append([None, "平均分", None, None, *avg, None])
    ws.append(["考核人：保健部（合成）", None, None, None, None, None, "审核人：（合成）"])
    wb.save(path)


def f_lw_nursing_score_and_grade(path: Path):
    """岚坞县人民医院护理部 (xlsx), July–December: months as columns, each month two columns (得分 | 等次) under the
    month merged over them; 向晚照 arrived in July to replace the two nurses who left in June; a 在岗率 column
    ("100%"); 平均分 row; 考核人 line."""
    fn, sh = path.name, "下半年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚坞县人民医院护理部派驻护理人员月度考核（2024年7—12月）（{SYN}）"])
    ws.append(["姓名", "身份证号"] + [x for m in range(7, 13) for x in (f"{m}月", None)] + ["在岗率"])
    ws.append([None, None] + ["得分", "等次"] * 6 + [None])
    for c in (1, 2, 15):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    for k in range(6):
        ws.merge_cells(start_row=2, start_column=3 + 2 * k, end_row=2, end_column=4 + 2 * k)
    vals = [92, 93.5, 94, 95, 93, 96]
    ws.append(["向晚照", use_id("xiang")] + [x for v in vals for x in (v, "优秀" if v >= 95 else "良好")] + ["100%"])
    r = ws.max_row
    ws.cell(r, 2).number_format = "@"
    for m, v in zip(range(7, 13), vals):
        sma(fn, sh, r, m, v, LW, id_number=ID["xiang"])
    ws.append(["平均分", None] + [x for v in vals for x in (v, None)] + [None])
    ws.append(["考核人：护理部（合成）", None, None, None, "审核人：（合成）"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 芷溪县
def f_zx_month_sheets_xls(path: Path):
    """芷溪县人民医院 (xls): one sheet per month 1月 … 6月; 月考核得分 as "95分" / 94.5 / 96; 考核等次; a 考核人签字
    column left blank; 平均分 row."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    scores = {"bei": [95, "96分", 94.5, 95, "95分", 96], "luo": [92, 91.5, "93分", 92, 94, 93.5]}
    for m in range(1, 7):
        sh = f"{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"芷溪县人民医院2024年上半年派驻人员月考核（{m}月）（{SYN}）")
        for c, h in enumerate(["姓名", "身份证号", "科室", "职称", "月考核得分", "考核等次", "考核人签字"]):
            ws.write(1, c, h)
        nums = []
        for i, (key, name, dept, title) in enumerate((("bei", "贝知远", "儿科", "副主任医师"),
                                                      ("luo", "罗清扬", "检验科", "主管技师"))):
            v = scores[key][m - 1]
            num = float(str(v).rstrip("分"))
            nums.append(num)
            for c, val in enumerate([name, use_id(key), dept, title, v, "优秀" if num >= 95 else "良好"]):
                ws.write(2 + i, c, val)
            sma(fn, sh, 3 + i, m, num, ZX, id_number=ID[key])
        ws.write(4, 0, "平均分")
        ws.write(4, 4, round(sum(nums) / 2, 2))
    wb.save(str(path))


def f_zx_attendance_utf8(path: Path):
    """芷溪县人民医院 (CSV, UTF-8 with BOM): July–December, one line per person and month with attendance
    (出勤天数 | 应出勤天数 | 请假 "2天" | 在岗率 "100%") and 考核得分 ("95分"); 罗清扬 left after September, 金一诺
    from October; 派出单位 column; 审核人 line."""
    fn = path.name
    lines = [[f"芷溪县人民医院派驻人员考勤及月度考核（2024年7—12月） {SYN}"],
             ["月份", "姓名", "身份证号", "派出单位", "出勤天数", "应出勤天数", "请假", "在岗率", "考核得分"]]
    workdays = {7: 23, 8: 22, 9: 21, 10: 18, 11: 21, 12: 22}
    for m in range(7, 13):
        people = [("bei", "贝知远", [96, 95, 95.5, 97, 96, 95][m - 7])]
        people.append(("luo", "罗清扬", [93, 92, 94][m - 7]) if m <= 9 else ("jin", "金一诺", [90, 91, 92.5][m - 10]))
        for key, name, sc in people:
            leave = 2 if (key, m) == ("bei", 8) else 0
            att = workdays[m] - leave
            rate = f"{round(100 * att / workdays[m], 1):g}%"
            lines.append([f"{m}月", name, use_id(key), CZ, att, workdays[m], f"{leave}天" if leave else "0",
                          rate, f"{sc:g}分" if m % 2 else sc])
            sma(fn, None, len(lines), m, sc, ZX, support=CZ, id_number=ID[key])
    lines.append(["审核人：医务科（合成）", None, None, None, None, None, None, None, "2025年1月6日"])
    write_csv(path, lines, "utf-8-sig")


def f_zxtcm_grades_only(path: Path):
    """芷溪县中医医院 (xlsx): January–March, only a 考核结果 (称职 / 基本称职), no score: every line held."""
    fn, sh = path.name, "考核结果"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷溪县中医医院派驻人员月度考核结果（2024年第一季度）（{SYN}）"])
    ws.append(["姓名", "身份证号", "派出单位", "考核月份", "考核结果"])
    for m in range(1, 4):
        for key, name, res in (("bai", "柏舟行", "称职"), ("ning", "宁采薇", "基本称职" if m == 2 else "称职")):
            ws.append([name, use_id(key), P2, f"2024年{m}月", res])
            ws.cell(ws.max_row, 2).number_format = "@"
            held(fn, sh, ws.max_row, f"考核结果 {res} without a score (score is required)")
    ws.append(["考核人：医务科（合成）", None, "审核人：（合成）"])
    wb.save(path)


def f_zxtcm_sheet_per_month_ods(path: Path):
    """芷溪县中医医院 (ods): one sheet per month named "2024.4", "2024.5", "2024.6"; 得分 | 等次."""
    fn = path.name
    sheets = {}
    scores = {"bai": [94, 95, 93.5], "ning": [91, 92.5, 93]}
    for k, m in enumerate((4, 5, 6)):
        sh = f"2024.{m}"
        rows = [[f"芷溪县中医医院派驻人员月度考核（{SYN}）"], ["姓名", "身份证号", "派出单位", "得分", "等次"]]
        for key, name in (("bai", "柏舟行"), ("ning", "宁采薇")):
            sc = scores[key][k]
            rows.append([name, use_id(key), P2, sc, "优秀" if sc >= 93 else "良好"])
            sma(fn, sh, len(rows), m, sc, ZXTCM, support=P2, id_number=ID[key])
        rows.append(["考核人：（合成）"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_zxtcm_months_as_columns_gbk(path: Path):
    """芷溪县中医医院 (CSV, GBK): months as columns 7月 … 12月 for the second half; 柏舟行 left after September,
    楚怀安 from October (blank before); a 平均分 column; 平均分 row; 审核人 line."""
    fn = path.name
    lines = [[f"芷溪县中医医院派驻人员月考核得分（2024年7—12月） {SYN}"],
             ["姓名", "身份证号", "派出单位", "7月", "8月", "9月", "10月", "11月", "12月", "平均分"]]
    data = [("bai", "柏舟行", [95, 94, 96, None, None, None]),
            ("ning", "宁采薇", [92, 93, 92.5, 94, 93, 95]),
            ("chu", "楚怀安", [None, None, None, 90, 91, 92])]
    for key, name, vals in data:
        nums = [v for v in vals if v is not None]
        lines.append([name, use_id(key), P2, *vals, round(sum(nums) / len(nums), 2)])
        for m, v in zip(range(7, 13), vals):
            if v is not None:
                sma(fn, None, len(lines), m, v, ZXTCM, support=P2, id_number=ID[key])
    avg = []
    for k in range(6):
        col = [v[2][k] for v in data if v[2][k] is not None]
        avg.append(round(sum(col) / len(col), 2))
    lines.append(["平均分", None, None, *avg, None])
    lines.append(["审核人：医务科（合成）"])
    write_csv(path, lines, "gbk")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "蓼汀县", "岚坞县", "芷溪县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pname = "SYNTHETIC_附件1_霁川省对口支援关系一览表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / pname)
    truth["pairing_file"] = pname
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院2024年派驻人员花名册.xlsx"),
             (f_lt_month_sheets, "蓼汀县", "SYNTHETIC_蓼汀县人民医院派驻人员月度考核2024（分月）.xlsx"),
             (f_lttcm_month_column_gbk, "蓼汀县", "SYNTHETIC_蓼汀县中医医院派驻人员考核1-6月.csv"),
             (f_lttcm_months_as_columns_ods, "蓼汀县", "SYNTHETIC_蓼汀县中医医院派驻人员考核下半年.ods"),
             (f_lw_months_as_columns_xls, "岚坞县", "SYNTHETIC_岚坞县人民医院派驻专家考核得分2024.xls"),
             (f_lw_nursing_merged_months, "岚坞县", "SYNTHETIC_岚坞县人民医院护理部派驻人员考核1-6月.xlsx"),
             (f_lw_nursing_score_and_grade, "岚坞县", "SYNTHETIC_岚坞县人民医院护理部派驻人员考核7-12月.xlsx"),
             (f_lwmch_two_row_header, "岚坞县", "SYNTHETIC_岚坞县妇幼保健院派驻人员月度考核2024.xlsx"),
             (f_zx_month_sheets_xls, "芷溪县", "SYNTHETIC_芷溪县人民医院派驻人员月考核上半年.xls"),
             (f_zx_attendance_utf8, "芷溪县", "SYNTHETIC_芷溪县人民医院派驻人员考勤考核7-12月.csv"),
             (f_zxtcm_grades_only, "芷溪县", "SYNTHETIC_芷溪县中医医院派驻人员考核结果一季度.xlsx"),
             (f_zxtcm_sheet_per_month_ods, "芷溪县", "SYNTHETIC_芷溪县中医医院派驻人员考核4-6月.ods"),
             (f_zxtcm_months_as_columns_gbk, "芷溪县", "SYNTHETIC_芷溪县中医医院派驻人员考核7-12月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
