"""realworld73 corpus generator — SYNTHETIC / 合成数据. A fictional province (岫川省) whose county inpatient flow and
referral statistics (县域住院病人流向 / 外转率 / 双向转诊) arrive from the province, two cities and the counties in every
layout a statistics clerk uses: years as columns with the measures down the rows, one row per county per year, per
quarter or per month, counties as columns, counts in 万人次, rates written 12.3% / 0.123 / 12.3, a rate with no counts,
a 市 subtotal and a 全省合计, a county written 青岚县, 青岚 or only by its code, and a corrected resubmission (更正).
Plus the pairing list that names the counties (with their codes), two county hospitals' monthly workload and two-way
referral reports, and a short roster with doubtful ID numbers. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省卫健委,临岫市,澄溪市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit spelling is a spelling of a valid one, listed in truth.json). County codes are 9951xx /
9952xx (invented). Written without reading the tool's parser.
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


# ------------------------------------------------------------------------------------------- the fictional province
PROV = "岫川省"
LX, CX = "临岫市", "澄溪市"
COUNTIES = {  # name: (code, city)
    "青岚县": ("995121", LX), "白石县": ("995122", LX), "枫渚县": ("995123", LX),
    "望湖县": ("995221", CX), "漳岭县": ("995222", CX), "桂坪县": ("995223", CX),
}
SP1, STCM, LXC, CXP = "岫川省人民医院", "岫川省中医院", "临岫市中心医院", "澄溪市人民医院"
QL, QLTCM, BS, FZ = "青岚县人民医院", "青岚县中医医院", "白石县人民医院", "枫渚县人民医院"
WH, ZL, GP = "望湖县人民医院", "漳岭县人民医院", "桂坪县人民医院"
RECIP = {QL: ("二级", "甲等", "综合医院", "青岚县"), QLTCM: ("二级", "乙等", "中医医院", "青岚县"),
         BS: ("二级", "甲等", "综合医院", "白石县"), FZ: ("二级", "乙等", "综合医院", "枫渚县"),
         WH: ("二级", "甲等", "综合医院", "望湖县"), ZL: ("二级", "甲等", "综合医院", "漳岭县"),
         GP: ("二级", "乙等", "综合医院", "桂坪县")}
PAIRS = [(SP1, QL, dt.date(2020, 12, 18)), (STCM, QLTCM, dt.date(2020, 12, 18)), (SP1, BS, dt.date(2020, 12, 18)),
         (LXC, FZ, dt.date(2020, 12, 25)), (CXP, WH, dt.date(2021, 1, 8)), (CXP, ZL, dt.date(2021, 1, 8)),
         (SP1, GP, dt.date(2020, 12, 18))]

# The truth of the county flow: residents' admissions inside (I) and outside (O) the county, per county and year.
# Total T = I + O (the note: 外转率 = 县域外住院人次 / 县域内外住院总人次).
BASE = {"青岚县": 41230, "白石县": 28815, "枫渚县": 35604, "望湖县": 52377, "漳岭县": 23906, "桂坪县": 19488}


def flow(county: str, year: int) -> tuple[int, int]:
    """(inside, outside) for a county and year — invented, deterministic."""
    k = list(BASE).index(county)
    total = BASE[county] + (year - 2020) * (900 + 37 * k) + (year % 3) * 113
    out_share = 0.19 - 0.012 * (year - 2020) - 0.004 * k
    out = int(round(total * out_share))
    return total - out, out


def rate_pct(i: int, o: int) -> float:
    return round(100 * o / (i + o), 1)


truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "pairing_file": None}
spell: dict[str, set] = {}


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def county_row(file, sheet, places, county, year, total=None, outside=None):
    i, o = flow(county, year)
    row("county_inpatient_stats", file, sheet, places,
        dict(county_code=COUNTIES[county][0], year=year, resident_admissions=i + o if total is None else total,
             resident_admissions_outside_county=o if outside is None else outside),
        {}, ["county_code", "year"])


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def split(total: int, parts: int, weights) -> list[int]:
    """Split a count into parts by weights, exactly (the remainder on the last part)."""
    s = sum(weights)
    xs = [int(total * w / s) for w in weights[:-1]]
    return xs + [total - sum(xs)]


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (pandas cannot write merged titles or text
    numbers the way a clerk's LibreOffice does)."""
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
    """附件1 with a 区划代码 column (the counties' codes), the period in the title (2021—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：{PROV}城乡医院对口支援关系一览表（2021—2025年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "等次", "类别", "所在县（市、区）", "区划代码", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, COUNTIES[county][0], s, ag])
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": "2021-01-01", "end_date": "2025-12-31",
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、县名与区划代码均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "county_code": COUNTIES[county][0]})
    for s in (SP1, STCM, LXC, CXP):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省卫健委
def f_prov_years_as_columns(path: Path):
    """省卫健委 (xlsx): years as columns (2021年 … 2024年), measures down the rows in a block per county (县 merged
    down its block), rates as "12.3%" text; 澄溪市小计 and 全省合计 blocks; 桂坪县 2024 not yet reported (待报);
    the note row defining 外转率."""
    fn, sh = path.name, "县域住院流向"
    years = [2021, 2022, 2023, 2024]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{PROV}部分县（市、区）县域住院病人流向情况（2021—2024年）{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["县（市、区）", "指标", "2021年", "2022年", "2023年", "2024年"])
    sums = {y: [0, 0] for y in years}
    for county in ("望湖县", "漳岭县", "桂坪县"):
        first = ws.max_row + 1
        vals = {y: flow(county, y) for y in years}
        missing = {2024} if county == "桂坪县" else set()
        ws.append([county, "县域内住院人次", *[("待报" if y in missing else vals[y][0]) for y in years]])
        ws.append([None, "县域外住院人次", *[("待报" if y in missing else vals[y][1]) for y in years]])
        ws.append([None, "住院总人次（县域内+县域外）", *[("待报" if y in missing else sum(vals[y])) for y in years]])
        ws.append([None, "外转率", *[("—" if y in missing else f"{rate_pct(*vals[y]):.1f}%") for y in years]])
        ws.merge_cells(start_row=first, end_row=first + 3, start_column=1, end_column=1)
        for y in years:
            if y in missing:
                continue
            county_row(fn, sh, [first, first + 1, first + 2, first + 3], county, y)
            sums[y][0] += vals[y][0]
            sums[y][1] += vals[y][1]
    first = ws.max_row + 1
    ws.append(["澄溪市小计", "县域内住院人次", *[sums[y][0] for y in years]])
    ws.append([None, "县域外住院人次", *[sums[y][1] for y in years]])
    ws.merge_cells(start_row=first, end_row=first + 1, start_column=1, end_column=1)
    allc = {y: [sum(flow(c, y)[k] for c in COUNTIES) for k in (0, 1)] for y in years}
    first = ws.max_row + 1
    ws.append(["全省合计", "县域内住院人次", *[allc[y][0] for y in years]])
    ws.append([None, "县域外住院人次", *[allc[y][1] for y in years]])
    ws.merge_cells(start_row=first, end_row=first + 1, start_column=1, end_column=1)
    ws.append(["注：外转率=县域外住院人次/县域内外住院总人次。临岫市各县数据由临岫市另行报送。小计不含待报数。"])
    ws.append([f"{SYN}：全部数据虚构。"])
    wb.save(path)


def f_prov_rates_only_csv(path: Path):
    """省卫健委 (CSV, GBK): the 2024 外转率 ranking of every county — rates with no counts. The contract's
    county_inpatient_stats holds counts only, so a rate alone is no row (not curated; held or listed as non-data,
    either is acceptable, see README)."""
    rows = [[f"{PROV}2024年各县（市、区）住院病人外转率排名（{SYN}）", "", "", ""],
            ["排名", "县（市、区）", "所属市", "外转率（%）"]]
    rates = sorted(((rate_pct(*flow(c, 2024)), c) for c in COUNTIES), reverse=True)
    for k, (r, c) in enumerate(rates, 1):
        rows.append([k, c, COUNTIES[c][1], f"{r:.1f}"])
    rows.append(["注：外转率=县域外住院人次/县域内外住院总人次", "", "", ""])
    write_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- 临岫市
def f_lx_long_csv(path: Path):
    """临岫市卫健委 (CSV, UTF-8 with BOM): one row per county per year 2021–2023, 县域内 + 县域外 without a total
    (the total is the two added), 外转率 as a fraction 0.123; a 临岫市小计 row after each year; a note row."""
    fn = path.name
    rows = [[f"临岫市各县县域住院流向统计（2021—2023年）{SYN}", "", "", "", "", ""],
            ["年度", "县（市、区）", "县域内住院人次", "县域外转人次", "外转率", "备注"]]
    for y in (2021, 2022, 2023):
        si = so = 0
        for c in ("青岚县", "白石县", "枫渚县"):
            i, o = flow(c, y)
            rows.append([y, c, i, o, f"{o / (i + o):.3f}", ""])
            county_row(fn, None, len(rows), c, y)
            si, so = si + i, so + o
        rows.append([y, "临岫市小计", si, so, f"{so / (si + so):.3f}", ""])
    rows.append(["注：外转率=县域外住院人次/县域内外住院总人次", "", "", "", "", ""])
    write_csv(path, rows, "utf-8", bom=True)


def f_lx_baseline_xls(path: Path):
    """临岫市 2020 baseline (xls): 区划代码 and name, 县域常住居民住院总人次 | 其中：县域外 | 外转率(%) as 12.3;
    the city's own line by its code 995100 (小计)."""
    fn, sh = path.name, "2020年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"临岫市2020年（对口支援前基线）县域住院情况 {SYN}")
    hdr = ["区划代码", "县（市、区）", "年度", "县域常住居民住院总人次", "其中：县域外住院人次", "外转率(%)"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    r, si, so = 2, 0, 0
    for c in ("青岚县", "白石县", "枫渚县"):
        i, o = flow(c, 2020)
        for j, v in enumerate([COUNTIES[c][0], c, 2020, i + o, o, rate_pct(i, o)]):
            ws.write(r, j, v)
        county_row(fn, sh, r + 1, c, 2020)
        r, si, so = r + 1, si + i, so + o
    for j, v in enumerate(["995100", "临岫市（小计）", 2020, si + so, so, rate_pct(si, so)]):
        ws.write(r, j, v)
    ws.write(r + 1, 0, "填报单位：临岫市卫生健康委员会统计信息科")
    wb.save(str(path))


def f_ql_quarters_xls(path: Path):
    """青岚县卫健委 (xls): 2024 by quarter, the county written "青岚" (no 县); 县域内住院人次 | 县域外转人次 |
    外转率 as 12.3 (a number, percent understood); 双向转诊 上转人次 / 下转人次 beside (not county flow). The four
    quarters of a complete year are the year's counts (summed: the contract's grain is the year)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青岚县2024年县域住院病人流向及双向转诊情况（分季度） {SYN}")
    hdr = ["县别", "季度", "县域内住院人次", "县域外转人次", "外转率", "上转人次", "下转人次"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    i, o = flow("青岚县", 2024)
    qi, qo = split(i, 4, [24, 26, 25, 27]), split(o, 4, [27, 25, 24, 23])
    for q in range(4):
        vals = ["青岚", f"第{'一二三四'[q]}季度", qi[q], qo[q], rate_pct(qi[q], qo[q]), 310 + 17 * q, 522 + 31 * q]
        for j, v in enumerate(vals):
            ws.write(2 + q, j, v)
    county_row(fn, sh, [3, 4, 5, 6], "青岚县", 2024)
    ws.write(6, 0, "注：外转率=县域外住院人次/县域内外住院总人次（%）")
    ws.write(7, 0, "填报人：县卫健局医政股    填报日期：2025年1月20日")
    wb.save(str(path))


def f_bs_months_ods(path: Path):
    """白石县 (ods): 2024 by month, the county only by its code (行政区划代码 995122); the twelve months of the year
    are the year's counts (summed)."""
    fn, sh = path.name, "2024年"
    i, o = flow("白石县", 2024)
    w_in = [8, 7, 8, 8, 9, 8, 9, 9, 8, 8, 9, 10]
    w_out = [9, 7, 8, 8, 8, 8, 9, 9, 8, 8, 8, 9]
    mi, mo = split(i, 12, w_in), split(o, 12, w_out)
    rows = [[f"2024年县域住院人次月报（{SYN}）"],
            ["行政区划代码", "统计月份", "县域内住院人次", "县域外住院人次", "外转率"]]
    for m in range(12):
        rows.append(["995122", f"2024年{m + 1}月", mi[m], mo[m], f"{rate_pct(mi[m], mo[m]):.1f}%"])
    county_row(fn, sh, list(range(3, 15)), "白石县", 2024)
    rows.append(["注：外转率=县域外住院人次/县域内外住院总人次"])
    ods_doc(path, {sh: rows})


def f_fz_wanrenci_xlsx(path: Path):
    """枫渚县 (xlsx): 2024, counts in 万人次 (3.8412 → 38412), a rate column, the unit in the headers."""
    fn, sh = path.name, "2024"
    i, o = flow("枫渚县", 2024)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫渚县2024年度县域住院病人流向（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["县（市、区）", "年度", "县域内外住院总人次（万人次）", "县域外住院人次（万人次）", "外转率（%）"])
    ws.append(["枫渚县", 2024, round((i + o) / 10000, 4), round(o / 10000, 4), rate_pct(i, o)])
    ws.cell(3, 3).number_format = "0.0000"
    ws.cell(3, 4).number_format = "0.0000"
    county_row(fn, sh, 3, "枫渚县", 2024)
    ws.append(["注：外转率=县域外住院人次/县域内外住院总人次"])
    wb.save(path)


def f_ql_roster_xls(path: Path):
    """岫川省人民医院's roster at 青岚县人民医院 / 白石县人民医院 (xls): one ID number with a wrong check digit
    (curated, ID_CHECK_DIGIT), one person without an ID number (curated, NAME_ONLY)."""
    fn, sh = path.name, "派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岫川省人民医院2024年对口支援派驻人员名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    ids = {"lin": idn("995101", "19780612", "035"), "su": idn("995101", "19850903", "046")}
    wrong = ids["su"][:17] + ("0" if ids["su"][17] != "0" else "1")
    spell[ids["lin"]] = set()
    spell[ids["su"]] = {wrong}
    people = [("林照溪", ids["lin"], "心血管内科", "主任医师", "正高级", QL, "2024-03-01", "2024-08-31", ids["lin"], None),
              ("苏映雪", wrong, "呼吸内科", "主治医师", "中级", QL, "2024-03-01", "2024-08-31", wrong, "ID_CHECK_DIGIT"),
              ("邝南星", "", "手术室", "主管护师", "中级", BS, "2024-09-02", "2025-02-28", None, "NAME_ONLY")]
    for k, (name, idv, dept, title, rank, rec, s, e, tid, code) in enumerate(people, 1):
        for j, v in enumerate([k, name, idv, dept, title, rec, s, e]):
            ws.write(1 + k, j, v)
        row("deployments", fn, sh, 2 + k,
            dict(department=dept, title=title, title_rank=rank, staff_category="护理" if "护" in title else "医疗",
                 start_date=s, end_date=e), {"support_hospital_id": SP1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, 2 + k, code)
    wb.save(str(path))


def f_ql_monthly_referrals_xlsx(path: Path):
    """青岚县人民医院 (xlsx): 2024年1—6月 workload and two-way referral, 外转人次, 上转接收 (from the townships),
    下转接收 (from above); months "1月" with the year in the title; a 合计 row of formulas."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青岚县人民医院2024年1—6月业务量及双向转诊统计（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "上转接收人次", "下转接收人次"])
    for m in range(1, 7):
        v = [18200 + 230 * m, 1310 + 21 * m, 305 + 6 * m, 52 - 3 * m, 61 + 4 * m, 9 + m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4], referrals_down_received=v[5]),
            {"recipient_hospital_id": QL}, ["month"])
    ws.append(["合计", *[f"=SUM({c}3:{c}8)" for c in "BCDEFG"]])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 澄溪市
def f_cx_baseline_counties_as_columns_ods(path: Path):
    """澄溪市 2020 baseline (ods): the counties as columns, measures down the rows, a 合计 column (left out),
    外转率(%) as 12.3 (a derived row)."""
    fn, sh = path.name, "基线2020"
    cs = ["望湖县", "漳岭县", "桂坪县"]
    v = {c: flow(c, 2020) for c in cs}
    ti, to = sum(v[c][0] for c in cs), sum(v[c][1] for c in cs)
    rows = [[f"澄溪市2020年各县县域住院病人流向（基线）{SYN}"],
            ["指标", *cs, "澄溪市合计"],
            ["县域内住院人次", *[v[c][0] for c in cs], ti],
            ["县域外住院人次", *[v[c][1] for c in cs], to],
            ["外转率(%)", *[rate_pct(*v[c]) for c in cs], rate_pct(ti, to)],
            ["注：外转率=县域外住院人次/县域内外住院总人次"]]
    for c in cs:
        county_row(fn, sh, [3, 4], c, 2020)
    ods_doc(path, {sh: rows})


def f_gp_2024(path: Path, corrected: bool):
    """桂坪县卫健局 (xlsx): the 2024 figures, and a corrected resubmission (更正, dated later) that fixes the
    outside count; the correction replaces the first (the contract: a later file for the same period)."""
    fn, sh = path.name, "Sheet1"
    i, o = flow("桂坪县", 2024)
    o_sent = o if corrected else o + 90          # the first file had a typing error in 县域外
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桂坪县2024年县域住院病人流向{'（更正）' if corrected else ''}（{SYN}）"])
    ws.append(["填报单位：桂坪县卫生健康局"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内住院人次", "县域外住院人次", "外转率"])
    ws.append(["桂坪县", "995223", 2024, i, o_sent, round(o_sent / (i + o_sent), 4)])
    ws.cell(4, 6).number_format = "0.0%"
    if corrected:
        county_row(fn, sh, 4, "桂坪县", 2024)
    ws.append([f"填报日期：2025年{'2月10日' if corrected else '1月18日'}"])
    wb.save(path)


def f_wh_referrals_csv(path: Path):
    """望湖县人民医院 (CSV, GBK): 2024年7—12月 two-way referral only: 上转人次 (sent up: the hospital's outward
    referrals), 下转人次 (sent down: not stored), 接收上转 / 接收下转; months "2024-07"."""
    fn = path.name
    rows = [[f"望湖县人民医院2024年下半年双向转诊情况（{SYN}）", "", "", "", ""],
            ["月份", "上转人次", "下转人次", "接收上转人次", "接收下转人次"]]
    for m in range(7, 13):
        v = [44 + m, 120 + 5 * m, 70 + 2 * m, 6 + m % 5]
        rows.append([f"2024-{m:02d}", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=None, discharges=None, surgeries=None, referrals_out=v[0],
                 referrals_up_received=v[2], referrals_down_received=v[3]),
            {"recipient_hospital_id": WH}, ["month"])
    rows.append(["填报：医务科", "", "", "", ""])
    write_csv(path, rows, "gbk")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省卫健委", "临岫市", "澄溪市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pfile = "SYNTHETIC_附件1_岫川省城乡医院对口支援关系一览表（2021—2025年）.xlsx"
    pairing_list(raw / "reference" / pfile)
    truth["pairing_file"] = pfile
    files = [
        (f_prov_years_as_columns, "省卫健委", "SYNTHETIC_全省部分县县域住院流向2021-2024.xlsx"),
        (f_prov_rates_only_csv, "省卫健委", "SYNTHETIC_2024年各县外转率排名.csv"),
        (f_lx_long_csv, "临岫市", "SYNTHETIC_临岫市县域住院流向2021-2023.csv"),
        (f_lx_baseline_xls, "临岫市", "SYNTHETIC_临岫市2020年县域住院基线.xls"),
        (f_ql_quarters_xls, "临岫市", "SYNTHETIC_青岚2024分季度住院流向.xls"),
        (f_bs_months_ods, "临岫市", "SYNTHETIC_995122_2024年县域住院月报.ods"),
        (f_fz_wanrenci_xlsx, "临岫市", "SYNTHETIC_枫渚县2024县域住院流向（万人次）.xlsx"),
        (f_ql_roster_xls, "临岫市", "SYNTHETIC_省人民医院派驻青岚白石人员名册2024.xls"),
        (f_ql_monthly_referrals_xlsx, "临岫市", "SYNTHETIC_青岚县人民医院业务量及双向转诊1-6月.xlsx"),
        (f_cx_baseline_counties_as_columns_ods, "澄溪市", "SYNTHETIC_澄溪市2020年各县住院流向基线.ods"),
        (lambda p: f_gp_2024(p, False), "澄溪市", "SYNTHETIC_桂坪县2024年县域住院流向.xlsx"),
        (lambda p: f_gp_2024(p, True), "澄溪市", "SYNTHETIC_桂坪县2024年县域住院流向（更正）.xlsx"),
        (f_wh_referrals_csv, "澄溪市", "SYNTHETIC_望湖县人民医院双向转诊7-12月.csv"),
    ]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
