"""realworld108 corpus generator — SYNTHETIC / 合成数据. The outcome side of a fictional province's (琅岑省)
evaluation: the counties' inpatient flow and outward referral rate (外转率) as county health bureaus (卫健局), the
city's health commission and the medical-insurance bureau (医保局) report them, and the recipient hospitals' monthly
外转人次 — around an ordinary pairing list and a few ordinary submissions. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,卫健,医保,医院}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; county codes are 99xxxx (980105 stands for a fictional
county of another province); ID numbers use region codes starting 99 with a correct check digit. Written without
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the province
PROV, PTCM, CITY = "琅岑省人民医院", "琅岑省中医院", "霁川市中心医院"
QW, QWTCM, LX, SP, YH, YHMCH = ("青梧县人民医院", "青梧县中医医院", "岚溪县人民医院", "松陂县人民医院",
                                "雁回县人民医院", "雁回县妇幼保健院")
TQ = "桐栖县人民医院"          # a hospital of a county outside the programme: in no pairing list
CODE = {"青梧县": "990121", "岚溪县": "990122", "松陂县": "990123", "雁回县": "990124"}
TQ_CODE = "990125"             # 桐栖县: no recipient, never in the pairing list
CITY_DISTRICT, OTHER_PROVINCE = "990102", "980105"
RECIP = {QW: ("二级甲等", "二级", "甲等", "综合医院", "青梧县"), QWTCM: ("二级甲等", "二级", "甲等", "中医医院", "青梧县"),
         LX: ("二级甲等", "二级", "甲等", "综合医院", "岚溪县"), SP: ("二级乙等", "二级", "乙等", "综合医院", "松陂县"),
         YH: ("二级甲等", "二级", "甲等", "综合医院", "雁回县"), YHMCH: ("二级", "二级", None, "妇幼保健院", "雁回县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19760214", "031"), "zhou": ("990101", "19830907", "046"), "gu": ("990102", "19880521", "012"),
    "fang": ("990102", "19850330", "027"), "tang": ("990123", "19910612", "058"), "xia": ("990124", "19930118", "064"),
    "yu": ("990124", "19900825", "025"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
used_ids: set[str] = set()
RATES: list[dict] = []         # the rate each file states, for the test's own check (never scored by the harness)


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def county(file, sheet, places, code, year, total, outside):
    row("county_inpatient_stats", file, sheet, places,
        dict(county_code=code, year=year, resident_admissions=total, resident_admissions_outside_county=outside),
        {}, ["county_code", "year"])


def monthly(file, sheet, places, hosp, year, month, **fields):
    row("hospital_monthly_stats", file, sheet, places, dict(year=year, month=month, **fields),
        {"recipient_hospital_id": hosp}, ["year", "month"])


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 of 2021: 受援医院 first, 等级 as one cell (二级甲等), 所在县 and 行政区划代码, 协议签订日期 as date cells,
    a 支援期限 for one pairing (2021.6—2025.12), blank for the others (→ the title's 2021—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅岑省城乡医院对口支援关系一览表（2021—2025年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "行政区划代码", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QW, PROV, dt.date(2021, 3, 15), None), (QWTCM, PTCM, dt.date(2021, 4, 2), None),
             (LX, PROV, dt.date(2021, 3, 15), None), (SP, CITY, dt.date(2021, 5, 20), "2021.6—2025.12"),
             (YH, CITY, dt.date(2021, 5, 20), None), (YHMCH, CITY, dt.date(2021, 5, 20), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, cty = RECIP[r]
        ws.append([i, r, written, cat, cty, CODE[cty], s, ag, per])
        ws.cell(ws.max_row, 6).number_format = "@"
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2021, 6, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, cty) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": cty,
                                   "county_code": CODE[cty]})
    for s in (PROV, PTCM, CITY):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 卫健
def f_qingwu_by_year(path: Path):
    """青梧区卫健局 (撤县设区 in 2023: the list knows 青梧县): one row per year, 县域内住院人次 | 县域外住院人次 |
    县域内就诊率（%） — no total column (the total is the two added), the rate worked out, not stored."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧区县域住院服务情况（2022—2024年）（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["填报单位：青梧区卫生健康局"])
    ws.append(["年度", "县（市、区）", "县域内住院人次", "县域外住院人次", "县域内就诊率（%）"])
    for y, inside, outside in ((2022, 41250, 8730), (2023, 43110, 8120), (2024, 44870, 7465)):
        rate = round(100 * inside / (inside + outside), 2)
        ws.append([f"{y}年", "青梧区", inside, outside, rate])
        r = ws.max_row
        county(fn, sh, r, CODE["青梧县"], y, inside + outside, outside)
        finding(fn, r, "COUNTY_RENAMED")
        RATES.append({"county_code": CODE["青梧县"], "year": y, "within_county_pct": rate})
    ws.append(["注：县域内就诊率=县域内住院人次/（县域内住院人次+县域外住院人次）×100%；2023年经批准撤销青梧县，设立青梧区。"])
    wb.save(path)


def f_three_years(path: Path):
    """霁川市卫健委's 三年对比: counties in blocks (the county merged down its rows), measures down the rows,
    2022年 | 2023年 | 2024年 side by side, an 增减 column, and a 县域内就诊率（%） row (derived). 岚溪市（原岚溪县）:
    县改市, the former name in brackets."""
    fn, sh = path.name, "三年对比"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川市部分县（市）县域住院情况三年对比（2022—2024年）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["县（市、区）", "指标", "2022年", "2023年", "2024年", "2024年比2022年增减"])
    blocks = (("岚溪市（原岚溪县）", "岚溪县", (36120, 37410, 38050), (8020, 7560, 6840)),
              ("松陂县", "松陂县", (28840, 29630, 30215), (7310, 6920, 6105)))
    for written, cty, totals, outs in blocks:
        first = ws.max_row + 1
        ws.append([written, "县域内常住居民住院总人次", *totals, f"{100 * (totals[2] - totals[0]) / totals[0]:+.1f}%"])
        ws.append([None, "其中：县域外住院人次", *outs, f"{100 * (outs[2] - outs[0]) / outs[0]:+.1f}%"])
        rates = [round(100 * (t - o) / t, 2) for t, o in zip(totals, outs)]
        ws.append([None, "县域内就诊率（%）", *rates, f"{rates[2] - rates[0]:+.2f}个百分点"])
        ws.merge_cells(start_row=first, end_row=first + 2, start_column=1, end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="center")
        for y, t, o, rt in zip((2022, 2023, 2024), totals, outs, rates):
            county(fn, sh, [first, first + 1, first + 2], CODE[cty], y, t, o)
            RATES.append({"county_code": CODE[cty], "year": y, "within_county_pct": rt})
        if written != cty:
            finding(fn, first, "COUNTY_RENAMED")
    ws.append([f"数据来源：霁川市卫生健康委员会；2023年岚溪县撤县设市。{SYN}"])
    wb.save(path)


def f_rate_only_csv(path: Path):
    """The province's 2021 table (GBK CSV): only 总住院人次 and 外转率（%） per county — the count outside the county is
    not given; 桐栖县 (no programme county, no code anywhere in the folder) is listed too."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2021年各县住院服务外转率统计（{SYN}）", "", "", "", ""])
    w.writerow(["序号", "县名", "总住院人次", "外转率（%）", "备注"])
    r = 2
    for i, (cty, total, rate, note) in enumerate((("青梧县", 47630, 19.6, ""), ("岚溪县", 38240, 22.1, ""),
                                                ("松陂县", 29310, 24.8, ""), ("雁回县", 33380, 17.3, ""),
                                                ("桐栖县", 22150, 18.9, "")), 1):
        w.writerow([i, cty, total, rate, note])
        r += 1
        if cty in CODE:
            county(fn, None, r, CODE[cty], 2021, total, None)
            RATES.append({"county_code": CODE[cty], "year": 2021, "outward_pct": rate})
        else:
            quarantine(fn, None, r, "unknown_county", "桐栖县 is no county of the pairing list and no file gives its "
                                                      "行政区划代码: county_code (required) cannot be filled")
    w.writerow(["注：外转率=县域外住院人次/县域内常住居民住院总人次×100%。", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_yanhui_quarters(path: Path):
    """雁回县卫健局 (.xls): one row per quarter, the year written once (merged down its quarters), a 2024年小计 row,
    then 2025's first two quarters only (a year not yet whole)."""
    fn, sh = path.name, "分季度"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 4, f"雁回县县域内外住院人次分季度统计（2024年第一季度—2025年第二季度）（{SYN}）")
    for c, h in enumerate(["年份", "季度", "常住居民住院总人次", "其中：县域外住院人次", "备注"]):
        ws.write(1, c, h)
    q24 = [(8120, 1390), (7860, 1305), (8045, 1342), (8610, 1421)]
    ws.write_merge(2, 5, 0, 0, "2024年")
    for i, (t, o) in enumerate(q24):
        ws.write(2 + i, 1, ["第一季度", "第二季度", "第三季度", "第四季度"][i])
        ws.write(2 + i, 2, t)
        ws.write(2 + i, 3, o)
    ws.write(6, 0, "2024年小计")
    ws.write(6, 2, sum(t for t, _ in q24))
    ws.write(6, 3, sum(o for _, o in q24))
    # the year's record stands for its four quarter rows (the 小计 row gives the same figures)
    county(fn, sh, [3, 4, 5, 6, 7], CODE["雁回县"], 2024, sum(t for t, _ in q24), sum(o for _, o in q24))
    ws.write_merge(7, 8, 0, 0, "2025年")
    for i, (t, o) in enumerate([(8290, 1302), (8015, 1251)]):
        ws.write(7 + i, 1, ["第一季度", "第二季度"][i])
        ws.write(7 + i, 2, t)
        ws.write(7 + i, 3, o)
        quarantine(fn, sh, 8 + i, "part_of_year", "2025 has only two quarters: no year's figure can be made")
    ws.write(8, 4, "2025年数据截至6月")
    ws.write(9, 0, "填报单位：雁回县卫生健康局    2025年7月15日")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 医保
def f_settlement_csv(path: Path):
    """医保局's export (UTF-8 CSV): one row per pair of counties, given by 行政区划代码 only — 参保地 | 就医地 | 结算人次;
    a county's residents are the rows of its 参保地, the flow out of it the rows whose 就医地 is another code."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"琅岑省医疗保障信息平台 住院结算人次统计（按参保地、就医地）{SYN}", "", ""])
    w.writerow(["统计期间：2023-01-01至2023-12-31", "", ""])
    w.writerow(["参保地行政区划代码", "就医地行政区划代码", "住院结算人次"])
    r = 3
    flows = {CODE["雁回县"]: [(CODE["雁回县"], 25840), (CITY_DISTRICT, 3915), (CODE["青梧县"], 612),
                             (OTHER_PROVINCE, 287)],
             TQ_CODE: [(TQ_CODE, 19430), (CITY_DISTRICT, 2876), (CODE["雁回县"], 1104)]}
    grand = 0
    for home, dests in flows.items():
        rows = []
        for dest, n in dests:
            w.writerow([home, dest, n])
            r += 1
            rows.append(r)
            grand += n
        total = sum(n for _, n in dests)
        outside = sum(n for dest, n in dests if dest != home)
        county(fn, None, rows, home, 2023, total, outside)
    w.writerow(["合计", "", grand])
    w.writerow(["导出时间：2024-02-05 09:30:12", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------------------------------- 医院
def f_qingwu_monthly(path: Path):
    """青梧县人民医院 (.xlsx): 外转人次 merged over 合计 | 其中：转省级 | 其中：转市级 (two-row header); 8月's 合计
    written "—" beside its breakdown; 上转接收 / 下转接收; a 合计 row."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧县人民医院2024年1—12月业务量及外转情况（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", None, None, "上转接收人次", "下转接收人次"])
    ws.append([None, None, None, None, "合计", "其中：转省级", "其中：转市级", None, None])
    for c in (1, 2, 3, 4, 8, 9):
        ws.merge_cells(start_row=2, end_row=3, start_column=c, end_column=c)
    ws.merge_cells("E2:G2")
    for m in range(1, 13):
        op, dis, surg = 18200 + 260 * m, 1410 + 23 * m, 318 + 7 * m
        prov, city = 14 + m % 4, 20 - m % 5
        total = prov + city + (3 if m % 3 == 0 else 1)
        up, down = 36 + m, 5 + m % 3
        ws.append([f"{m}月", op, dis, surg, "—" if m == 8 else total, prov, city, up, down])
        monthly(fn, sh, ws.max_row, QW, 2024, m, outpatient_visits=op, discharges=dis, surgeries=surg,
                referrals_out=None if m == 8 else total, referrals_up_received=up, referrals_down_received=down)
    ws.append(["合计", "=SUM(B4:B15)", "=SUM(C4:C15)", "=SUM(D4:D15)", "=SUM(E4:E15)", "=SUM(F4:F15)",
               "=SUM(G4:G15)", "=SUM(H4:H15)", "=SUM(I4:I15)"])
    ws.append(["注：8月外转人次合计待核实，仅报分项。"])
    wb.save(path)


def f_lanxi_months_as_columns(path: Path):
    """岚溪县人民医院 (.xls): indicators down the rows, 1月 … 6月 | 合计 across; 外转人次 then 其中 rows and an
    外转率（%） row (derived)."""
    fn, sh = path.name, "上半年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 7, f"岚溪县人民医院2024年上半年主要指标（{SYN}）")
    for c, h in enumerate(["指标", "1月", "2月", "3月", "4月", "5月", "6月", "合计"]):
        ws.write(1, c, h)
    op = [15420, 13980, 16210, 16050, 16630, 16890]
    dis = [1188, 1036, 1245, 1230, 1262, 1271]
    surg = [276, 241, 290, 288, 301, 297]
    ref = [41, 37, 44, 39, 42, 40]
    prov = [17, 15, 19, 16, 18, 17]
    city = [21, 19, 22, 20, 21, 20]
    lines = [("门急诊人次", op), ("出院人数", dis), ("手术台次", surg), ("外转人次", ref), ("其中：转省级医院", prov),
             ("其中：转市级医院", city)]
    for i, (label, vals) in enumerate(lines):
        ws.write(2 + i, 0, label)
        for m, v in enumerate(vals):
            ws.write(2 + i, 1 + m, v)
        ws.write(2 + i, 7, sum(vals))
    ws.write(8, 0, "外转率（%）")
    for m in range(6):
        ws.write(8, 1 + m, round(100 * ref[m] / dis[m], 2))
    ws.write(8, 7, round(100 * sum(ref) / sum(dis), 2))
    ws.write(9, 0, "填报人：病案统计室")
    for m in range(6):
        monthly(fn, sh, [3, 4, 5, 6], LX, 2024, m + 1, outpatient_visits=op[m], discharges=dis[m],
                surgeries=surg[m], referrals_out=ref[m])
    wb.save(str(path))


def f_songpi_ods(path: Path):
    """松陂县人民医院 (.ods): 统计月份 "2024-07" …, 县外转诊人次 (the outward referrals), 下转接收人次 0 in one month."""
    fn, sh = path.name, "7-12月"
    rows = [[f"松陂县人民医院业务量统计表（2024年7—12月）（{SYN}）"],
            ["统计月份", "门急诊人次", "出院人次", "手术台次", "县外转诊人次", "上转接收人次", "下转接收人次", "备注"]]
    for m in range(7, 13):
        op, dis, surg, out, up, down = 11240 + 130 * m, 865 + 11 * m, 198 + 3 * m, 52 - m, 24 + m, (0 if m == 9 else 3)
        rows.append([f"2024-{m:02d}", op, dis, surg, out, up, down, None])
        monthly(fn, sh, len(rows), SP, 2024, m, outpatient_visits=op, discharges=dis, surgeries=surg,
                referrals_out=out, referrals_up_received=up, referrals_down_received=down)
    rows.append(["统计：医务科", None, None, None, None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_city_q4(path: Path):
    """霁川市卫健委's compilation (.xlsx): one sheet per county hospital, named by the hospital, months 10–12:
    出院人数 | 外转人次 | 其中：转省级 | 其中：转市级. 桐栖县人民医院 is in no pairing list."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for hosp, base in ((YH, (1320, 38)), (YHMCH, (402, 9)), (TQ, (980, 27))):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = hosp
        ws.append([f"{hosp}2024年第四季度外转情况（{SYN}）"])
        ws.merge_cells("A1:E1")
        ws.append(["月份", "出院人数", "外转人次", "其中：转省级", "其中：转市级"])
        for m in (10, 11, 12):
            dis, out = base[0] + 12 * (m - 10), base[1] + (m - 10)
            prov = out // 3
            ws.append([f"{m}月", dis, out, prov, out - prov - 2])
            if hosp == TQ:
                quarantine(fn, hosp, ws.max_row, "unresolved_hospital", "桐栖县人民医院 is in no pairing list")
            else:
                monthly(fn, hosp, ws.max_row, hosp, 2024, m, outpatient_visits=None, discharges=dis,
                        surgeries=None, referrals_out=out)
    wb.save(path)


def f_prov_roster(path: Path):
    """琅岑省人民医院's ordinary roster (.xlsx): dates as date cells, ID numbers as text."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岑省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"])
    people = [("lin", "林照川", "心血管内科", "主任医师", "正高级", "医疗", QW, (2024, 3, 1), (2024, 8, 31)),
              ("zhou", "周以宁", "重症医学科", "主治医师", "中级", "医疗", QW, (2024, 3, 1), (2024, 8, 31)),
              ("gu", "顾南枝", "普外科", "副主任医师", "副高级", "医疗", LX, (2024, 4, 8), (2024, 10, 7)),
              ("fang", "方若溪", "护理部", "主管护师", "中级", "护理", LX, (2024, 4, 8), (2024, 10, 7))]
    for i, (key, name, dept, title, rank, cat, rec, s, e) in enumerate(people, 1):
        used_ids.add(ID[key])
        ws.append([i, name, ID[key], dept, title, rec, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                           start_date=d(*s), end_date=d(*e)),
            {"support_hospital_id": PROV, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=ID[key])
    ws.append(["制表：医务部", None, None, None, None, "2025年1月6日"])
    wb.save(path)


def f_city_trainees_csv(path: Path):
    """霁川市中心医院's 进修 list (UTF-8 with BOM CSV): 派出单位, 进修起止 in two columns, 是否结业, 收费（元）."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"霁川市中心医院2024年接收对口支援单位进修人员登记（{SYN}）"] + [""] * 8)
    w.writerow(["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修开始日期", "进修结束日期", "是否结业", "收费（元）"])
    people = [("tang", "唐知远", SP, "消化内科", (2024, 3, 4), (2024, 9, 3), "是", True),
              ("xia", "夏采薇", YH, "急诊科", (2024, 5, 6), (2024, 11, 5), "是", True),
              ("yu", "俞星河", YHMCH, "新生儿科", (2024, 9, 2), (2025, 2, 28), "否", False)]
    r = 2
    for i, (key, name, rec, dept, s, e, done, donev) in enumerate(people, 1):
        used_ids.add(ID[key])
        w.writerow([i, name, ID[key], rec, dept, d(*s), d(*e), done, 0])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=0,
                                          completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": CITY}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_tcm_activities_ods(path: Path):
    """青梧县中医医院's activity log (.ods): 受援单位 | 支援单位 | 活动日期 (date cells) | 活动类型 | 活动内容 | 参加人数."""
    fn, sh = path.name, "活动记录"
    rows = [[f"对口支援帮扶活动记录表（2024年）（{SYN}）"],
            ["受援单位", "支援单位", "活动日期", "活动类型", "活动内容", "参加人数"]]
    for day, typ, topic, n in ((dt.date(2024, 3, 12), "学术讲座", "中医药治疗慢性胃炎", 46),
                               (dt.date(2024, 4, 9), "教学查房", "中风病恢复期查房", 18),
                               (dt.date(2024, 5, 18), "义诊", "三伏贴义诊", 120),
                               (dt.date(2024, 6, 25), "远程会诊", "疑难眩晕病例", 6)):
        rows.append([QWTCM, PTCM, day, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QWTCM, "support_hospital_id": PTCM}, ["activity_date", "activity_type"])
    rows.append(["填报人：医务科", None, None, None, None, None])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "卫健", "医保", "医院"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岑省城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    files = [(f_qingwu_by_year, "卫健", "SYNTHETIC_青梧区县域住院情况2022-2024.xlsx"),
             (f_three_years, "卫健", "SYNTHETIC_霁川市县域住院三年对比.xlsx"),
             (f_rate_only_csv, "卫健", "SYNTHETIC_2021年各县外转率.csv"),
             (f_yanhui_quarters, "卫健", "SYNTHETIC_雁回县县域住院分季度.xls"),
             (f_settlement_csv, "医保", "SYNTHETIC_住院结算人次_参保地就医地_2023.csv"),
             (f_qingwu_monthly, "医院", "SYNTHETIC_青梧县人民医院2024年业务量及外转.xlsx"),
             (f_lanxi_months_as_columns, "医院", "SYNTHETIC_岚溪县人民医院2024上半年指标.xls"),
             (f_songpi_ods, "医院", "SYNTHETIC_松陂县人民医院业务量7-12月.ods"),
             (f_city_q4, "医院", "SYNTHETIC_霁川市县级医院外转汇总2024Q4.xlsx"),
             (f_prov_roster, "医院", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_city_trainees_csv, "医院", "SYNTHETIC_市中心医院接收进修人员2024.csv"),
             (f_tcm_activities_ods, "医院", "SYNTHETIC_青梧县中医医院帮扶活动2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    truth["stated_rates"] = RATES
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
