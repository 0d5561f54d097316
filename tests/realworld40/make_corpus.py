"""realworld40 corpus generator — SYNTHETIC / 合成数据. A fictional province (翎泽省) for 2024, focused on the
monthly workload statistics (hospital_monthly_stats) as finance and medical-affairs offices lay them out, plus
the county inpatient flow and a few person rows that the contract curates with a finding. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the wrong-check-digit spelling is a spelling of a valid one). Written without reading the
tool's parser.
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
MONTHLY = ("outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received",
           "referrals_down_received")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, JZC = "翎泽省人民医院", "翎泽省中医院", "霁州市中心医院"
CY, CYTCM, FT, FTMCH, SD, LP = ("苍岩县人民医院", "苍岩县中医医院", "枫亭县人民医院", "枫亭县妇幼保健院",
                                "石埭县人民医院", "漓坪县人民医院")
RECIP = {CY: ("二级", "甲等", "综合医院", "苍岩县"), CYTCM: ("二级", "甲等", "中医医院", "苍岩县"),
         FT: ("二级", "乙等", "综合医院", "枫亭县"), FTMCH: ("二级", None, "妇幼保健院", "枫亭县"),
         SD: ("二级", "甲等", "综合医院", "石埭县"), LP: ("二级", "乙等", "综合医院", "漓坪县")}
PAIRS = [(P1, CY), (PTCM, CYTCM), (P1, FT), (JZC, FTMCH), (JZC, SD), (JZC, LP)]
COUNTIES = [("苍岩县", "999401"), ("枫亭县", "999402"), ("石埭县", "999403"), ("漓坪县", "999404")]

ID = {k: idn(*v) for k, v in {
    "lan": ("999401", "19790312", "035"), "qiu": ("999402", "19860721", "046"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
spell = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int) or places is None:
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def figures(h: str, m: int) -> dict:
    """The true figures of hospital h in month m of 2024 (deterministic, invented)."""
    s = sum((i + 1) * ord(c) for i, c in enumerate(h)) % 97
    return dict(outpatient_visits=9000 + 37 * s + 260 * m + (m * m * 7) % 113,
                discharges=700 + 3 * s + 19 * m + (m * 13) % 29,
                surgeries=150 + s + 6 * m + (m * 5) % 11,
                referrals_out=20 + s % 13 + (m * 7) % 9,
                referrals_up_received=8 + (s + m * 3) % 10,
                referrals_down_received=4 + (s + m) % 7)


def monthly(file, sheet, place, h, m, given, over=None):
    """A truth row: the fields in ``given`` from figures(), the others NULL (not reported)."""
    f = figures(h, m)
    fields = {"year": 2024, "month": m}
    for k in MONTHLY:
        fields[k] = f[k] if k in given else None
    fields.update(over or {})
    row("hospital_monthly_stats", file, sheet, place, fields, {"recipient_hospital_id": h}, ["month"])


def ods_doc(path, sheets, spans=()):
    """sheets: {name: [row values]} → an .ods written with odfpy; spans: (sheet, row, col, ncols) merged cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for ri, vals in enumerate(rows):
            tr = TableRow()
            covered = set()
            for sh, r, c, n in spans:
                if sh == name and r == ri:
                    covered |= set(range(c + 1, c + n))
            for ci, v in enumerate(vals):
                if ci in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                span = next((n for sh, r, c, n in spans if sh == name and r == ri and c == ci), None)
                kw = {"numbercolumnsspanned": span} if span else {}
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v, **kw)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell(**kw)
                else:
                    c = TableCell(valuetype="string", **kw)
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path, rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue()
    path.write_bytes(("\ufeff" + data).encode("utf-8") if encoding == "utf-8-sig" else data.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：翎泽省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期"])
    for i, (s, r) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ag = dt.date(2023, 12, 10 + i)
        ws.append([i, r, level, grade, cat, county, s, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、人员均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, JZC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_cy_finance_year(path: Path):
    """苍岩县人民医院 财务科: indicators down the rows, 1月 … 12月 and 合计 across; 门诊人次 (the outpatient count),
    住院人次 (admissions: no column of the contract), 外转人数, 下转人数 (patients the county hospital sent down:
    not 下转接收), 病床使用率(%) (a rate, not stored)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苍岩县人民医院2024年1—12月主要业务指标完成情况表（{SYN}）"])
    ws.merge_cells("A1:O1")
    ws.append(["编制单位：苍岩县人民医院财务科", None, None, None, None, None, None, None, None, None, None, None,
               None, "单位：人次、台次"])
    ws.append(["指标", "单位"] + [f"{m}月" for m in range(1, 13)] + ["合计"])
    fs = {m: figures(CY, m) for m in range(1, 13)}
    lines = [("门诊人次", "人次", "outpatient_visits"), ("住院人次", "人次", None),
             ("出院人次", "人次", "discharges"), ("手术台次", "台次", "surgeries"),
             ("外转人数", "人", "referrals_out"), ("下转人数", "人", None), ("病床使用率", "%", None)]
    for label, unit, k in lines:
        if k:
            vals = [fs[m][k] for m in range(1, 13)]
        elif label == "住院人次":
            vals = [fs[m]["discharges"] + 12 for m in range(1, 13)]
        elif label == "下转人数":
            vals = [fs[m]["referrals_down_received"] for m in range(1, 13)]
        else:
            vals = [round(78 + m * 0.9, 1) for m in range(1, 13)]
        ws.append([label, unit, *vals, None if unit == "%" else sum(vals)])
    ws.append(["制表：王会计", None, None, None, "审核：", None, None, None, None, None, "2025年1月8日"])
    wb.save(path)
    for m in range(1, 13):
        monthly(fn, sh, None, CY, m, ("outpatient_visits", "discharges", "surgeries", "referrals_out"))


def f_cytcm_h1_quarters(path: Path):
    """苍岩县中医医院 医务科: 第一季度 | 第二季度 merged over 1月 2月 3月 季度小计 | 4月 5月 6月 季度小计 (two-row header),
    indicators down the rows."""
    fn, sh = path.name, "上半年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苍岩县中医医院2024年上半年业务统计（分季度）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["项目", "第一季度", None, None, None, "第二季度", None, None, None])
    ws.append([None, "1月", "2月", "3月", "季度小计", "4月", "5月", "6月", "季度小计"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:E2")
    ws.merge_cells("F2:I2")
    for label, k in (("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
                     ("外转人次", "referrals_out"), ("上转接收人次", "referrals_up_received")):
        q1 = [figures(CYTCM, m)[k] for m in (1, 2, 3)]
        q2 = [figures(CYTCM, m)[k] for m in (4, 5, 6)]
        ws.append([label, *q1, sum(q1), *q2, sum(q2)])
    ws.append(["填报人：医务科 李某", None, None, None, None, "报送日期：2024年7月5日"])
    wb.save(path)
    for m in range(1, 7):
        monthly(fn, sh, None, CYTCM, m, ("outpatient_visits", "discharges", "surgeries", "referrals_out",
                                         "referrals_up_received"))


def f_cytcm_q3_ods(path: Path):
    """苍岩县中医医院 第三季度 (.ods): 第三季度 spanned over 7月 8月 9月 and 合计, indicators down the rows."""
    fn, sh = path.name, "第三季度"
    rows = [[f"苍岩县中医医院2024年第三季度业务量（{SYN}）"],
            ["项目", "第三季度", None, None, None],
            [None, "7月", "8月", "9月", "合计"]]
    for label, k in (("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
                     ("外转人次", "referrals_out"), ("上转接收人次", "referrals_up_received")):
        q = [figures(CYTCM, m)[k] for m in (7, 8, 9)]
        rows.append([label, *q, sum(q)])
    rows.append(["报送日期：2024年10月8日"])
    ods_doc(path, {sh: rows}, spans=[(sh, 1, 1, 4)])
    for m in (7, 8, 9):
        monthly(fn, sh, None, CYTCM, m, ("outpatient_visits", "discharges", "surgeries", "referrals_out",
                                         "referrals_up_received"))


def f_cytcm_q4_csv(path: Path):
    """苍岩县中医医院 第四季度 as CSV in GBK: the merged 第四季度 header flattened to one cell and empty cells."""
    fn = path.name
    rows = [[f"苍岩县中医医院2024年第四季度业务量（{SYN}）", "", "", "", ""],
            ["项目", "第四季度", "", "", ""],
            ["", "10月", "11月", "12月", "合计"]]
    for label, k in (("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
                     ("外转人次", "referrals_out"), ("上转接收人次", "referrals_up_received")):
        q = [figures(CYTCM, m)[k] for m in (10, 11, 12)]
        rows.append([label, *q, sum(q)])
    rows.append(["报送日期：2025年1月9日", "", "", "", ""])
    write_csv(path, rows, "gbk")
    for m in (10, 11, 12):
        monthly(fn, None, None, CYTCM, m, ("outpatient_visits", "discharges", "surgeries", "referrals_out",
                                           "referrals_up_received"))


def f_county_flow_2024(path: Path):
    """省卫健委: county inpatient flow with a two-row header — 常住居民住院人次 over 县域内 | 县域外 (no total:
    the residents' admissions are the two together, as the 县域内就诊率 column confirms)."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县（市、区）常住居民住院流向统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["县（市、区）", "行政区划代码", "常住居民住院人次", None, "县域内就诊率（%）"])
    ws.append([None, None, "县域内", "县域外", None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:E3")
    for i, (county, code) in enumerate(COUNTIES):
        inside, outside = 30120 + 4150 * i, 5210 + 733 * i
        ws.append([county, code, inside, outside, round(100 * inside / (inside + outside), 1)])
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=inside + outside,
                 resident_admissions_outside_county=outside), {}, ["county_code"])
    ws.append(["注：县域内就诊率＝县域内住院人次÷常住居民住院总人次。数据虚构。"])
    wb.save(path)


def f_county_flow_2023_csv(path: Path):
    """The same for 2023 as CSV in GBK: 合计 | 其中：县域内 | 县域外 under 常住居民住院人次 (two header lines)."""
    fn = path.name
    rows = [[f"2023年县域住院流向（{SYN}）", "", "", "", ""],
            ["县（市、区）", "行政区划代码", "常住居民住院人次", "", ""],
            ["", "", "合计", "其中：县域内", "县域外"]]
    r = 3
    for i, (county, code) in enumerate(COUNTIES):
        inside, outside = 29480 + 4020 * i, 5630 + 701 * i
        rows.append([county, code, inside + outside, inside, outside])
        r += 1
        row("county_inpatient_stats", fn, None, r,
            dict(county_code=code, year=2023, resident_admissions=inside + outside,
                 resident_admissions_outside_county=outside), {}, ["county_code"])
    write_csv(path, rows, "gbk")


def f_p1_roster_csv(path: Path):
    """省人民医院 roster (UTF-8 with BOM): one ID with a wrong check digit, one person without an ID number
    (both curated with a finding, as the contract says)."""
    fn = path.name
    wrong = ID["qiu"][:17] + ("1" if ID["qiu"][17] != "1" else "2")
    rows = [[f"翎泽省人民医院2024年派驻苍岩县人民医院、枫亭县人民医院人员名单（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期"]]
    people = [("lan", "蓝若溪", use_id("lan"), "神经内科", "主任医师", CY, "2024-03-01", "2024-08-31",
               ("主任医师", "正高级", "医疗"), ID["lan"], None),
              ("qiu", "邱望舒", use_id("qiu", wrong), "骨科", "主治医师", FT, "2024-04-01", "2024-09-30",
               ("主治医师", "中级", "医疗"), wrong, "ID_CHECK_DIGIT"),
              (None, "祁小满", "", "护理部", "主管护师", FT, "2024-04-01", "2024-09-30",
               ("主管护师", "中级", "护理"), None, "NAME_ONLY")]
    r = 2
    for key, name, idv, dept, title, rec, s, e, (t, rank, cat), tid, fd in people:
        rows.append([name, idv, dept, title, rec, s, e])
        r += 1
        row("deployments", fn, None, r, dict(department=dept, title=t, title_rank=rank, staff_category=cat,
                                              start_date=s, end_date=e),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
        if fd:
            finding(fn, None, r, fd)
    rows.append(["合计：3人", "", "", "", "", "", ""])
    write_csv(path, rows, "utf-8-sig")


# ------------------------------------------------------------------------------------------- 霁州市
def f_jz_medical_affairs_xls(path: Path):
    """霁州市卫健委医政科 (.xls): one sheet per hospital named by the hospital, indicators down, 1月 … 12月 | 合计
    across. 漓坪县人民医院 reports 外转率（%） instead of a count (a rate: no referrals_out); 枫亭县妇幼保健院 gives
    上转接收 and 下转接收."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    spec = {LP: [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
                 ("外转率（%）", "rate")],
            FTMCH: [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
                    ("外转人次", "referrals_out"), ("上转接收人次", "referrals_up_received"),
                    ("下转接收人次", "referrals_down_received")]}
    for h, lines in spec.items():
        ws = wb.add_sheet(h)
        ws.write_merge(0, 0, 0, 13, f"{h}2024年月度业务统计表（{SYN}）")
        for j, v in enumerate(["指标"] + [f"{m}月" for m in range(1, 13)] + ["合计"]):
            ws.write(1, j, v)
        for i, (label, k) in enumerate(lines, 2):
            ws.write(i, 0, label)
            if k == "rate":
                vals = [round(100 * figures(h, m)["referrals_out"] / figures(h, m)["discharges"], 2)
                        for m in range(1, 13)]
                total = None
            else:
                vals = [figures(h, m)[k] for m in range(1, 13)]
                total = sum(vals)
            for m, v in enumerate(vals, 1):
                ws.write(i, m, v)
            if total is not None:
                ws.write(i, 13, total)
        ws.write(2 + len(lines), 0, "霁州市卫生健康委员会医政医管科汇总")
        given = [k for _, k in lines if k != "rate"]
        for m in range(1, 13):
            monthly(fn, h, None, h, m, given)
    wb.save(str(path))


def f_ft_h1_cumulative(path: Path):
    """枫亭县人民医院 统计室: months down the rows, each indicator over 本月 | 1-N月累计 (two-row header); the
    累计 columns are not months."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫亭县人民医院2024年1—6月业务量月报（本月及累计）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ks = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
          ("外转人次", "referrals_out")]
    top, sub = ["月份"], [None]
    for label, _ in ks:
        top += [label, None]
        sub += ["本月", "1-N月累计"]
    ws.append(top)
    ws.append(sub)
    ws.merge_cells("A2:A3")
    for j in range(len(ks)):
        ws.merge_cells(start_row=2, end_row=2, start_column=2 + 2 * j, end_column=3 + 2 * j)
    cum = dict.fromkeys([k for _, k in ks], 0)
    for m in range(1, 7):
        vals = [f"{m}月"]
        for _, k in ks:
            cum[k] += figures(FT, m)[k]
            vals += [figures(FT, m)[k], cum[k]]
        ws.append(vals)
        monthly(fn, sh, ws.max_row, FT, m, [k for _, k in ks])
    ws.append(["统计：统计室", None, None, None, "报出日期：2024年7月6日"])
    wb.save(path)


def f_ft_h2_month_sheets(path: Path):
    """枫亭县人民医院 7—12月 (.xls): one sheet per month named "7月" …; indicators down the rows with 本月 | 1-N月累计 |
    去年同期 columns."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    ks = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
          ("外转人次", "referrals_out")]
    for m in range(7, 13):
        sh = f"{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"枫亭县人民医院2024年{m}月业务量月报（{SYN}）")
        for j, v in enumerate(["指标", "本月", f"1-{m}月累计", "去年同期"]):
            ws.write(1, j, v)
        for i, (label, k) in enumerate(ks, 2):
            ws.write(i, 0, label)
            ws.write(i, 1, figures(FT, m)[k])
            ws.write(i, 2, sum(figures(FT, x)[k] for x in range(1, m + 1)))
            ws.write(i, 3, figures(FT, m)[k] - 11 - m)
        ws.write(2 + len(ks), 0, f"报出日期：2024年{m + 1 if m < 12 else 1}月6日" if m < 12 else "报出日期：2025年1月6日")
        monthly(fn, sh, None, FT, m, [k for _, k in ks])
    wb.save(str(path))


SD_JUNE_FIRST = {"outpatient_visits": 10888, "discharges": 801, "surgeries": 171, "referrals_out": 44}


def f_sd_q1_csv(path: Path):
    """石埭县人民医院 1—3月 as CSV UTF-8 (no BOM): indicators down, 1月 2月 3月 | 合计 across."""
    fn = path.name
    ks = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
          ("外转人次", "referrals_out")]
    rows = [[f"石埭县人民医院2024年1—3月业务量（{SYN}）", "", "", "", ""],
            ["指标", "1月", "2月", "3月", "合计"]]
    for label, k in ks:
        v = [figures(SD, m)[k] for m in (1, 2, 3)]
        rows.append([label, *v, sum(v)])
    rows.append(["填报日期：2024年4月8日", "", "", "", ""])
    write_csv(path, rows, "utf-8")
    for m in (1, 2, 3):
        monthly(fn, None, None, SD, m, [k for _, k in ks])


def f_sd_q2_first(path: Path):
    """石埭县人民医院 第二季度 (.xls), reported 2024-07-10: months down the rows; its June is replaced by the report
    of 2024-07-25 (a later report of the same hospital and month)."""
    fn, sh = path.name, "二季度"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石埭县人民医院2024年第二季度业务量统计（{SYN}）")
    ws.write(1, 0, "填报日期：2024年7月10日")
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]
    for j, v in enumerate(hdr):
        ws.write(2, j, v)
    for i, m in enumerate((4, 5, 6)):
        f = figures(SD, m) if m != 6 else SD_JUNE_FIRST
        for j, v in enumerate([f"2024年{m}月", f["outpatient_visits"], f["discharges"], f["surgeries"],
                               f["referrals_out"]]):
            ws.write(3 + i, j, v)
        if m != 6:
            monthly(fn, sh, 4 + i, SD, m, ("outpatient_visits", "discharges", "surgeries", "referrals_out"))
    ws.write(6 + 1, 0, "填报人：统计室")
    wb.save(str(path))


def f_sd_june_later(path: Path):
    """石埭县人民医院 2024年6月 (.xlsx), reported 2024-07-25 (更正): June only, figures corrected."""
    fn, sh = path.name, "6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石埭县人民医院2024年6月业务量统计（更正）（{SYN}）"])
    ws.append(["填报日期：2024年7月25日"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    f = figures(SD, 6)
    ws.append(["2024年6月", f["outpatient_visits"], f["discharges"], f["surgeries"], f["referrals_out"]])
    monthly(fn, sh, ws.max_row, SD, 6, ("outpatient_visits", "discharges", "surgeries", "referrals_out"))
    ws.append(["说明：7月10日报送的6月数据有误，以本表为准。"])
    wb.save(path)


def f_jz_activities_ods(path: Path):
    """霁州市中心医院 activities (.ods): 参加人数 "约40人" (curated, that field empty, with a finding)."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"霁州市中心医院2024年对口帮扶活动登记（{SYN}）"],
            ["日期", "受援单位", "活动形式", "主题", "参加人数"]]
    acts = [("2024-05-14", SD, "学术讲座", "卒中早期识别", 56, 56),
            ("2024-06-18", LP, "教学查房", "慢阻肺查房", "约40人", None),
            ("2024-09-03", FTMCH, "技术培训", "新生儿复苏", 28, 28)]
    for day, rec, typ, topic, n, nv in acts:
        rows.append([day, rec, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": JZC}, ["activity_date"])
        if nv is None:
            finding(fn, sh, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填表：医务部"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "霁州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_翎泽省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_cy_finance_year, "省直", "SYNTHETIC_苍岩县人民医院2024年业务指标完成情况（财务科）.xlsx"),
             (f_cytcm_h1_quarters, "省直", "SYNTHETIC_苍岩县中医医院2024年上半年业务统计（分季度）.xlsx"),
             (f_cytcm_q3_ods, "省直", "SYNTHETIC_苍岩县中医医院2024年第三季度业务量.ods"),
             (f_cytcm_q4_csv, "省直", "SYNTHETIC_苍岩县中医医院2024年第四季度业务量.csv"),
             (f_county_flow_2024, "省直", "SYNTHETIC_2024年县域住院流向统计.xlsx"),
             (f_county_flow_2023_csv, "省直", "SYNTHETIC_2023年县域住院流向.csv"),
             (f_p1_roster_csv, "省直", "SYNTHETIC_省人民医院2024年派驻人员名单.csv"),
             (f_jz_medical_affairs_xls, "霁州市", "SYNTHETIC_霁州市受援医院2024年月度业务统计（医政科汇总）.xls"),
             (f_ft_h1_cumulative, "霁州市", "SYNTHETIC_枫亭县人民医院2024年1-6月业务量月报.xlsx"),
             (f_ft_h2_month_sheets, "霁州市", "SYNTHETIC_枫亭县人民医院2024年7-12月业务量月报.xls"),
             (f_sd_q1_csv, "霁州市", "SYNTHETIC_石埭县人民医院2024年1-3月业务量.csv"),
             (f_sd_q2_first, "霁州市", "SYNTHETIC_石埭县人民医院2024年第二季度业务量（7月10日报）.xls"),
             (f_sd_june_later, "霁州市", "SYNTHETIC_石埭县人民医院2024年6月业务量（7月25日报·更正）.xlsx"),
             (f_jz_activities_ods, "霁州市", "SYNTHETIC_霁州市中心医院2024年帮扶活动登记.ods")]
    for i, (fnc, folder, name) in enumerate(files):
        p = raw / folder / name
        fnc(p)
        # file times in the order the reports were made (the 7月10日 report older than the 7月25日 correction)
        t = dt.datetime(2025, 1, 10, 9, 0).timestamp() + 60 * i
        os.utime(p, (t, t))
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
