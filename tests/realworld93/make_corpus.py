"""realworld93 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜岫省) for 2024 whose monthly
statistics arrive as a data warehouse or BI tool exports them: long ('tidy') tables, one row per hospital per
month per indicator (机构名称 | 统计月份 | 指标代码 | 指标名称 | 指标值 [| 单位]), indicators the programme collects
mixed with ones it does not (床位使用率, 平均住院日, a year-to-date total, a growth rate), indicator names in two
spellings across files, months as 202401 / 2024-01 / 2024年1月, a county's inpatient flow in the same long shape
(县区 | 年度 | 指标 | 数值 | 单位), values in 人次 or 万人次 by a separate 单位 column, a full re-export named 更正,
and one ordinary wide file beside them; plus one file of each other form. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,统计平台,医院报送}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without
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

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澜岫省人民医院", "澜岫省中医院", "泓城市中心医院"
SX, SXTCM, LK, LKMCH, QW = "桑溪县人民医院", "桑溪县中医医院", "岚口县人民医院", "岚口县妇幼保健院", "青苇县人民医院"
COUNTY = {"桑溪县": "999501", "岚口县": "999502", "青苇县": "999601"}
RECIP = {SX: ("二级", "甲等", "综合医院", "桑溪县"), SXTCM: ("二级", "乙等", "中医医院", "桑溪县"),
         LK: ("二级", "甲等", "综合医院", "岚口县"), LKMCH: ("二级", None, "妇幼保健院", "岚口县"),
         QW: ("二级", "乙等", "综合医院", "青苇县")}

ID = {k: idn(*v) for k, v in {
    "lu": ("999501", "19760412", "031"), "mo": ("999501", "19850923", "042"), "tang": ("999502", "19790107", "015"),
    "yan": ("999502", "19830528", "026"), "hua": ("999501", "19900214", "037"),
    "fang": ("999501", "19930611", "058"), "gu": ("999501", "19911203", "064"),
    "qi": ("999601", "19800830", "071"), "lan": ("999601", "19870319", "083"), "ning": ("999601", "19841126", "049"),
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


def write_csv(path: Path, rows, encoding: str):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    path.write_bytes(("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding))


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


# ------------------------------------------------------------------------------------------- monthly truth
# The programme's indicators (field → the two spellings the exports use, the warehouse's code).
SPELL_A = {"outpatient_visits": "门急诊人次", "discharges": "出院人数", "surgeries": "手术台次",
           "referrals_out": "转出人次", "referrals_up_received": "上转接收人次",
           "referrals_down_received": "下转接收人次"}
SPELL_B = {"outpatient_visits": "门急诊诊疗人次", "discharges": "出院人次", "surgeries": "手术台数",
           "referrals_out": "外转人次", "referrals_up_received": "接收上转人次",
           "referrals_down_received": "接收下转人次"}
CODE = {"outpatient_visits": "MZ001", "discharges": "ZY002", "surgeries": "SS003", "referrals_out": "ZZ004",
        "referrals_up_received": "ZZ005", "referrals_down_received": "ZZ006"}
UNIT = {"outpatient_visits": "人次", "discharges": "人次", "surgeries": "台次", "referrals_out": "人次",
        "referrals_up_received": "人次", "referrals_down_received": "人次"}
# Indicators the programme does not collect (code, name, unit, value from the month).
OTHER = [("CW101", "床位使用率", "%", lambda h, m: round(78 + 1.3 * m + h % 5, 1)),
         ("ZY102", "平均住院日", "日", lambda h, m: round(7.2 + (m % 4) / 10 + h % 3 / 10, 1))]

SEED = {SX: 1, SXTCM: 2, LK: 3, LKMCH: 4, QW: 5}


def month_values(hosp: str, m: int, fields) -> dict:
    h = SEED[hosp]
    base = {"outpatient_visits": 9000 + 2100 * h + 173 * m + (m * h * 37) % 211,
            "discharges": 520 + 140 * h + 19 * m + (m * h) % 13,
            "surgeries": 90 + 35 * h + 4 * m + (m + h) % 7,
            "referrals_out": 12 + 3 * h + (m * 5 + h) % 9,
            "referrals_up_received": 2 + (m + h) % 5,
            "referrals_down_received": 4 + (m * h) % 6}
    return {k: base[k] for k in fields}


def long_rows(hosp, months, fields, names, month_text, unit_of, order="month"):
    """The long table's data rows: (month, field or None, [cells]) — collected indicators and the others."""
    items = []
    for m in months:
        vals = month_values(hosp, m, fields)
        for f in fields:
            items.append((m, f, names[f], CODE[f], vals[f]))
        for code, name, _unit, fn in OTHER:
            items.append((m, None, name, code, fn(SEED[hosp], m)))
    if order == "indicator":      # sorted by indicator, then month (a month's rows scattered)
        keyo = {c: i for i, c in enumerate([CODE[f] for f in fields] + [o[0] for o in OTHER])}
        items.sort(key=lambda it: (keyo[it[3]], it[0]))
    out = []
    for m, f, name, code, v in items:
        unit = unit_of(f, name) if f else next(o[2] for o in OTHER if o[0] == code)
        out.append((m, f, name, code, month_text(m), v, unit))
    return out


def monthly_truth(fn, sheet, hosp, placed, fields, values, keys=("year", "month")):
    """placed: [(sheet row, month)] for every row of the hospital's months (collected or not)."""
    for m in sorted({m for _r, m in placed}):
        rows = [r for r, mm in placed if mm == m]
        f = {"year": 2024, "month": m}
        f.update({k: values[m].get(k) for k in fields})
        row("hospital_monthly_stats", fn, sheet, rows, f, {"recipient_hospital_id": hosp}, list(keys))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 with a 区划代码 column (the counties' codes the long county file needs), 协议签订日期 as dates,
    支援期限 for one pairing and blank for the others (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜岫省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "区划代码", "支援医院", "协议签订日期",
               "支援期限"])
    pairs = [(S1, SX, dt.date(2023, 12, 12), None), (S2, SXTCM, dt.date(2023, 12, 12), None),
             (S1, LK, dt.date(2024, 1, 18), "2024-3-1~2027-2-28"), (S3, LKMCH, dt.date(2023, 12, 26), None),
             (S3, QW, dt.date(2023, 12, 26), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, COUNTY[county], s, ag, per])
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 7).number_format = "@"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "county_code": COUNTY[county]})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 统计平台 (long)
SX_FIELDS = ["outpatient_visits", "discharges", "surgeries", "referrals_out"]


def sx_long_csv(path: Path, corrected: bool):
    """桑溪县人民医院 1–6月, the warehouse's CSV (UTF-8 with BOM): a title line, then 机构名称 | 统计月份 |
    指标代码 | 指标名称 | 指标值, months 202401, sorted by month; 床位使用率 and 平均住院日 among the indicators.
    The 更正 file is the same export again with two values corrected (March 门急诊人次, May 转出人次): a full
    replacement of the first, so the truth is the second's."""
    fn = path.name
    lines = [[f"桑溪县人民医院月度业务指标 2024年1-6月{'（更正）' if corrected else ''} {SYN}", "", "", "", ""],
             ["机构名称", "统计月份", "指标代码", "指标名称", "指标值"]]
    values = {m: month_values(SX, m, SX_FIELDS) for m in range(1, 7)}
    if corrected:
        values[3]["outpatient_visits"] += 1000
        values[5]["referrals_out"] -= 4
    placed = []
    for m, f, name, code, mtxt, v, _u in long_rows(SX, range(1, 7), SX_FIELDS, SPELL_A, lambda m: f"2024{m:02d}",
                                                   lambda f, n: UNIT[f]):
        if f:
            v = values[m][f]
        lines.append([SX, mtxt, code, name, v])
        placed.append((len(lines), m))
    write_csv(path, lines, "utf-8-sig")
    if corrected:
        monthly_truth(fn, None, SX, placed, SX_FIELDS, values)


def lk_long_csv_gbk(path: Path):
    """岚口县 (卫健局 platform), 7–12月, CSV in GBK: two hospitals, months 2024-07, the second spelling
    (门急诊诊疗人次, 出院人次, 外转人次, 接收下转人次), a 单位 column: 岚口县人民医院's 门急诊诊疗人次 in 万人次
    (1.8235 → 18235), the others in 人次; one value "—" (not reported: NULL)."""
    fn = path.name
    lines = [[f"岚口县医疗机构月度指标明细（2024年7-12月）{SYN}", "", "", "", "", ""],
             ["机构名称", "统计月份", "指标代码", "指标名称", "指标值", "单位"]]
    spec = {LK: ["outpatient_visits", "discharges", "surgeries", "referrals_out"],
            LKMCH: ["outpatient_visits", "discharges", "referrals_out", "referrals_down_received"]}
    for hosp, fields in spec.items():
        values = {m: month_values(hosp, m, fields) for m in range(7, 13)}
        if hosp == LKMCH:
            values[9]["referrals_down_received"] = None
        placed = []
        wan = hosp == LK
        for m, f, name, code, mtxt, v, unit in long_rows(
                hosp, range(7, 13), fields, SPELL_B, lambda m: f"2024-{m:02d}",
                lambda f, n, wan=wan: "万人次" if (wan and f == "outpatient_visits") else UNIT[f]):
            if f:
                v = values[m][f]
                if v is None:
                    v = "—"
                elif unit == "万人次":
                    v = f"{v / 10000:.4f}"
            lines.append([hosp, mtxt, code, name, v, unit])
            placed.append((len(lines), m))
        monthly_truth(fn, None, hosp, placed, fields, values)
    write_csv(path, lines, "gbk")


def qw_long_xlsx(path: Path):
    """青苇县人民医院, a BI report exported to xlsx: title, 导出时间 line, then 机构编码 | 机构名称 | 统计月份 |
    指标代码 | 指标名称 | 指标值 | 单位 | 数据来源; months "2024年1月"; sorted by indicator then month; besides
    床位使用率 / 平均住院日, a year-to-date total (出院人数（本年累计）) and a growth rate (门急诊人次同比增长) that a
    reader must not take for the month's figures."""
    fn, sh = path.name, "指标明细"
    fields = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青苇县人民医院2024年月度运营指标（BI报表导出）{SYN}"])
    ws.append(["导出时间：2025-01-08 09:12:33", None, None, None, None, None, None, None])
    ws.append(["机构编码", "机构名称", "统计月份", "指标代码", "指标名称", "指标值", "单位", "数据来源"])
    values = {m: month_values(QW, m, fields) for m in range(1, 13)}
    items = long_rows(QW, range(1, 13), fields, SPELL_A, lambda m: f"2024年{m}月", lambda f, n: UNIT[f],
                      order="indicator")
    cum = 0
    for m in range(1, 13):
        cum += values[m]["discharges"]
        items.append((m, None, "出院人数（本年累计）", "ZY902", f"2024年{m}月", cum, "人次"))
        items.append((m, None, "门急诊人次同比增长", "MZ903", f"2024年{m}月", round(3.5 + m / 10, 1), "%"))
    placed = []
    for m, f, name, code, mtxt, v, unit in items:
        ws.append(["QW-0601", QW, mtxt, code, name, v, unit, "HIS"])
        placed.append((ws.max_row, m))
    wb.save(path)
    monthly_truth(fn, sh, QW, placed, fields, values)


def sxtcm_long_xls(path: Path):
    """桑溪县中医医院, an old warehouse's .xls (xlwt): months as the numbers 202401 … 202412, the second spelling,
    no 指标代码, values with thousands separators typed as text ("12,345") for 门急诊诊疗人次."""
    fn, sh = path.name, "Sheet1"
    fields = ["outpatient_visits", "discharges", "surgeries", "referrals_out"]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"桑溪县中医医院2024年业务指标（{SYN}）")
    for j, h in enumerate(["机构名称", "统计月份", "指标名称", "指标值", "单位"]):
        ws.write(1, j, h)
    values = {m: month_values(SXTCM, m, fields) for m in range(1, 13)}
    r, placed = 1, []
    for m, f, name, _code, mtxt, v, unit in long_rows(SXTCM, range(1, 13), fields, SPELL_B, lambda m: 202400 + m,
                                                      lambda f, n: UNIT[f]):
        if f:
            v = values[m][f]
            if f == "outpatient_visits":
                v = f"{v:,}"
        r += 1
        for j, c in enumerate([SXTCM, mtxt, name, v, unit]):
            ws.write(r, j, c)
        placed.append((r + 1, m))
    ws.write(r + 1, 0, "数据来源：医院信息平台")
    wb.save(str(path))
    monthly_truth(fn, sh, SXTCM, placed, fields, values)


def lk_long_xlsx_h1(path: Path):
    """岚口县人民医院 1–6月, a second BI tool's xlsx: no 指标代码, the first spelling, months "2024-01" typed as
    text, a 单位 column with 门急诊人次 in 万人次, extra columns 统计口径 | 更新时间; the rows of each month
    under one another."""
    fn, sh = path.name, "导出数据"
    fields = ["outpatient_visits", "discharges", "surgeries", "referrals_out"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"数据导出（{SYN}）"])
    ws.append(["机构名称", "统计月份", "指标名称", "指标值", "单位", "统计口径", "更新时间"])
    values = {m: month_values(LK, m, fields) for m in range(1, 7)}
    placed = []
    for m, f, name, _code, mtxt, v, unit in long_rows(
            LK, range(1, 7), fields, SPELL_A, lambda m: f"2024-{m:02d}",
            lambda f, n: "万人次" if f == "outpatient_visits" else UNIT[f]):
        if f:
            v = values[m][f]
            if unit == "万人次":
                v = round(v / 10000, 4)
        ws.append([LK, mtxt, name, v, unit, "当月", "2024-07-05"])
        ws.cell(ws.max_row, 2).number_format = "@"
        placed.append((ws.max_row, m))
    wb.save(path)
    monthly_truth(fn, sh, LK, placed, fields, values)


def county_long_ods(path: Path):
    """县域住院流向 from the warehouse (.ods): 县区 | 年度 | 指标 | 数值 | 单位, three counties × 2023, 2024;
    桑溪县's total in 万人次; 青苇县 gives 县域内住院人次 and 县域外住院人次 without a total (the total is the two
    added); a 县域内就诊率 (%) row per county-year (worked out, not stored)."""
    fn, sh = path.name, "县域住院流向"
    rows = [[f"县域住院流向（数据仓库导出）{SYN}"], ["县区", "年度", "指标", "数值", "单位"]]
    data = {("桑溪县", 2023): (41250, 7380), ("桑溪县", 2024): (42816, 6925),
            ("岚口县", 2023): (30118, 5512), ("岚口县", 2024): (31064, 5107),
            ("青苇县", 2023): (22871, 4630), ("青苇县", 2024): (23540, 4219)}
    for (county, year), (tot, out) in data.items():
        start = len(rows) + 1
        if county == "青苇县":
            rows.append([county, year, "县域内住院人次", tot - out, "人次"])
        elif county == "桑溪县":
            rows.append([county, year, "县域内常住居民住院总人次", round(tot / 10000, 4), "万人次"])
        else:
            rows.append([county, year, "县域内常住居民住院总人次", tot, "人次"])
        rows.append([county, year, "县域外住院人次", out, "人次"])
        rows.append([county, year, "县域内就诊率", round(100 * (tot - out) / tot, 2), "%"])
        row("county_inpatient_stats", fn, sh, list(range(start, len(rows) + 1)),
            dict(county_code=COUNTY[county], year=year, resident_admissions=tot,
                 resident_admissions_outside_county=out), {}, ["county_code", "year"])
    rows.append(["注：数据虚构，仅供测试。"])
    ods_doc(path, {sh: rows})


def lkmch_wide_xlsx(path: Path):
    """岚口县妇幼保健院 1–6月: the ordinary wide monthly table (月份 | 门急诊人次 | 出院人数 | 外转人次 | 下转接收人次)
    beside the long exports (the hospital's 7–12月 are in the 岚口县 CSV)."""
    fn, sh = path.name, "1-6月"
    fields = ["outpatient_visits", "discharges", "referrals_out", "referrals_down_received"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚口县妇幼保健院2024年1-6月业务量统计表（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "外转人次", "下转接收人次"])
    for m in range(1, 7):
        v = month_values(LKMCH, m, fields)
        ws.append([f"{m}月", *(v[k] for k in fields)])
        row("hospital_monthly_stats", fn, sh, ws.max_row, dict(year=2024, month=m, **v),
            {"recipient_hospital_id": LKMCH}, ["month"])
    ws.append(["填报人：统计室", None, "2024年7月3日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 医院报送 (other forms)
def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def s1_roster_xlsx(path: Path):
    """澜岫省人民医院's roster: one ID with a wrong check digit, one 15-digit ID, one person without an ID number."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜岫省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期"])
    wrong = ID["mo"][:17] + ("0" if ID["mo"][17] != "0" else "1")
    t = ID["tang"]
    fifteen = t[:6] + t[8:14] + t[14:17]
    people = [("lu", "卢映川", None, "心血管内科", "主任医师", SX, dt.date(2024, 3, 4), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 31)), ID["lu"], None),
              ("mo", "莫听澜", wrong, "呼吸内科", "主治医师", SX, dt.date(2024, 3, 4), dt.date(2024, 8, 31),
               dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 8, 31)), wrong, "ID_CHECK_DIGIT"),
              ("tang", "唐砚秋", fifteen, "普外科", "副主任医师", LK, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), ID["tang"], "ID_15_DIGIT"),
              ("yan", "严知夏", None, "护理部", "主管护师", LK, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30)), ID["yan"], None),
              (None, "华一苇", "", "麻醉科", "主治医师", LK, dt.date(2024, 7, 1), dt.date(2024, 12, 31),
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), None, "NAME_ONLY")]
    for i, (key, name, sp, dept, title, rec, s, e, f, tid, code) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else None, dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r, code)
    ws.append(["合计", "5人"])
    wb.save(path)


def sx_trainees_csv(path: Path):
    """桑溪县人民医院's trainees sent to 澜岫省人民医院: CSV in GBK, a title line, the header in row 2."""
    fn = path.name
    lines = [[f"桑溪县人民医院2024年外出进修人员（{SYN}）", "", "", "", "", "", "", ""],
             ["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用(元)", "是否结业"]]
    people = [("fang", "方可欣", "内科", "2024-03-01", "2024-08-31", "3000", "是", 3000.0, True),
              ("gu", "顾南星", "检验科", "2024-09-01", "2025-02-28", "0", "否", 0.0, False)]
    for key, name, dept, s, e, fee, done, feev, donev in people:
        lines.append([name, use_id(key), dept, S1, s, e, fee, done])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": SX, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    write_csv(path, lines, "gbk")


def lk_techniques_ods(path: Path):
    """岚口县人民医院's new techniques (.ods): 开展例数 "约20例" (→ empty + finding)."""
    fn, sh = path.name, "新技术"
    rows = [[f"岚口县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("腹腔镜胆囊切除术", "普外科", "2024-05-14", 18, "是", 18, True),
             ("无痛胃肠镜", "麻醉科", "2024-08-02", "约20例", "否", None, False)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": LK, "support_hospital_id": S1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


def s3_activities_xlsx(path: Path):
    """泓城市中心医院's activities at its two recipients: 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"泓城市中心医院2024年对口帮扶活动登记（{SYN}）"])
    ws.append(["活动日期", "受援医院", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 4, 10), LKMCH, "学术讲座", "高危妊娠管理", 36, 36),
            (dt.date(2024, 5, 22), QW, "教学查房", "慢阻肺查房", "约40人", None),
            (dt.date(2024, 6, 18), QW, "技术培训", "心肺复苏", 52, 52)]
    for day, rec, typ, topic, n, nv in acts:
        ws.append([day, rec, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def qw_assessments_xls(path: Path):
    """青苇县人民医院's July assessment of 泓城市中心医院's staff (.xls)."""
    fn, sh = path.name, "7月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青苇县人民医院2024年7月派驻人员考核表（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"]):
        ws.write(1, j, h)
    for i, (key, name, sc, chk, pres) in enumerate([("qi", "齐望舒", 95.5, 4, 4), ("lan", "兰亭月", 92, 4, 3),
                                                   ("ning", "宁远舟", 88, 4, 4)], 1):
        for j, c in enumerate([i, name, use_id(key), S3, sc, chk, pres]):
            ws.write(1 + i, j, c)
        row("staff_monthly_assessments", fn, sh, 2 + i, dict(year=2024, month=7, score=float(sc), spot_checks=chk,
                                                             spot_checks_present=pres),
            {"recipient_hospital_id": QW}, ["month"], id_number=ID[key])
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "统计平台", "医院报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜岫省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(lambda p: sx_long_csv(p, False), "统计平台", "SYNTHETIC_桑溪县人民医院_月度业务指标_202401-202406.csv"),
             (lambda p: sx_long_csv(p, True), "统计平台", "SYNTHETIC_桑溪县人民医院_月度业务指标_202401-202406_更正.csv"),
             (lk_long_csv_gbk, "统计平台", "SYNTHETIC_岚口县医疗机构月度指标明细_2024年7-12月.csv"),
             (qw_long_xlsx, "统计平台", "SYNTHETIC_BI报表_青苇县人民医院月度运营指标2024.xlsx"),
             (sxtcm_long_xls, "统计平台", "SYNTHETIC_桑溪县中医医院_指标长表_2024.xls"),
             (lk_long_xlsx_h1, "统计平台", "SYNTHETIC_岚口县人民医院_数据导出_2024上半年.xlsx"),
             (county_long_ods, "统计平台", "SYNTHETIC_数据仓库_县域住院流向_2023-2024.ods"),
             (lkmch_wide_xlsx, "医院报送", "SYNTHETIC_岚口县妇幼保健院业务量2024年1-6月.xlsx"),
             (s1_roster_xlsx, "医院报送", "SYNTHETIC_澜岫省人民医院派驻人员名册2024.xlsx"),
             (sx_trainees_csv, "医院报送", "SYNTHETIC_桑溪县人民医院进修人员2024.csv"),
             (lk_techniques_ods, "医院报送", "SYNTHETIC_岚口县人民医院新技术2024.ods"),
             (s3_activities_xlsx, "医院报送", "SYNTHETIC_泓城市中心医院帮扶活动2024.xlsx"),
             (qw_assessments_xls, "医院报送", "SYNTHETIC_青苇县人民医院派驻人员考核2024年7月.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
