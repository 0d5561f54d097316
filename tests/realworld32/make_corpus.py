"""realworld32 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄霞省) backfilling 2021–2024 at once
from what its hospitals kept: a pairing list with two cycles (2016—2020年 and 2021—2025年) in two sections of one
sheet, one workbook per hospital with one sheet per year (sheet names 2021年, 2022, 2023年度, 24年), monthly
statistics from 2020 (before the second cycle) to 2024 with 年度汇总 sheets and subtotal rows beside the months,
people dispatched in several years, and techniques spanning years with 开展时间 as a year-month. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,柏川县,枫溪县,石渠县}/…, OUT/truth.json

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
YEAR_SHEETS = {2021: "2021年", 2022: "2022", 2023: "2023年度", 2024: "24年"}
STAT_SHEETS = {2020: "2020年", **YEAR_SHEETS}


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澄霞省人民医院", "澄霞省中医院", "沂岚市中心医院"
R1, R2, R3, R4, R5 = "柏川县人民医院", "柏川县中医医院", "枫溪县人民医院", "枫溪县妇幼保健院", "石渠县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "柏川县"), R2: ("二级", "甲等", "中医医院", "柏川县"),
         R3: ("二级", "乙等", "综合医院", "枫溪县"), R4: ("二级", None, "妇幼保健院", "枫溪县"),
         R5: ("二级", "乙等", "综合医院", "石渠县")}
COUNTY_CODE = {"柏川县": "999101", "枫溪县": "999102", "石渠县": "999103"}

ID = {k: idn(*v) for k, v in {
    "xu": ("990201", "19740312", "031"), "tao": ("990201", "19870611", "042"), "shen": ("990202", "19790920", "025"),
    "han": ("990201", "19820405", "036"), "lin": ("990203", "19800801", "014"),
    "zheng": ("990101", "19860214", "051"), "feng": ("990101", "19780718", "062"), "kong": ("990102", "19701103", "017"),
    "luo": ("990301", "19850506", "083"), "bai": ("990301", "19891012", "028"),
    "du": ("991021", "19900327", "044"), "qin": ("991021", "19930809", "065"), "sha": ("991022", "19951201", "016"),
    "wei": ("991011", "19880716", "072"), "ouyang": ("991011", "19910423", "047"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (date cells as office:date-value)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, bool) or v is None:
                    c = TableCell()
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """Two cycles in two sections of one sheet, each with a section line naming its period and its own header;
    S1→R1, S2→R2 and S3→R3 in both; S3→R4 ended in 2022 (支援期限 2021-1-1~2022-6-30); S1→R5 started in 2023
    (支援期限 2023-3-1~2025-12-31)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄霞省城乡医院对口支援关系一览表（{SYN}）"])
    ws.merge_cells("A1:H1")
    hdr = ["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"]
    sections = [
        ("一、第一周期（2016—2020年）", (2016, 2020), [
            (R1, S1, dt.date(2015, 12, 18), None), (R2, S2, dt.date(2015, 12, 18), None),
            (R3, S3, dt.date(2015, 12, 25), None)]),
        ("二、第二周期（2021—2025年）", (2021, 2025), [
            (R1, S1, dt.date(2020, 12, 10), None), (R2, S2, dt.date(2020, 12, 10), None),
            (R3, S3, dt.date(2020, 12, 22), None),
            (R4, S3, dt.date(2020, 12, 22), ("2021-1-1~2022-6-30", d(2021, 1, 1), d(2022, 6, 30))),
            (R5, S1, dt.date(2023, 2, 16), ("2023-3-1~2025-12-31", d(2023, 3, 1), d(2025, 12, 31)))]),
    ]
    for label, (y0, y1), pairs in sections:
        ws.append([label])
        ws.append(hdr)
        for i, (r, s, ag, per) in enumerate(pairs, 1):
            level, grade, cat, county = RECIP[r]
            ws.append([i, r, level + (grade or ""), cat, county, s, ag, per[0] if per else None])
            ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
            if per:
                start, end, src = per[1], per[2], "support_period"
            else:
                start, end, src = d(y0, 1, 1), d(y1, 12, 31), "title_period"
            truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                      "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构；支援期限空白的，按所在周期执行。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
def f_s1_roster(path: Path):
    """省人民医院: one sheet per year (2021年, 2022, 2023年度, 24年); 许知远 in 2021, 2022 and 2024 (R1, then R5);
    a 15-digit ID (2022), a wrong check digit (2023), a name without an ID (2024); 24年 dates typed as text
    "2024.03.04"."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    tao_wrong = ID["tao"][:17] + ("0" if ID["tao"][17] != "0" else "1")
    h = ID["han"]
    han15 = h[:6] + h[8:17]
    years = {
        2021: [("xu", None, "许知远", "心血管内科", "主任医师", R1, (2021, 3, 1), (2021, 8, 31),
                ("主任医师", "正高级", "医疗")),
               ("tao", None, "陶清越", "普外科", "主治医师", R1, (2021, 9, 1), (2021, 12, 31), ("主治医师", "中级", "医疗")),
               ("shen", None, "沈若溪", "护理部", "副主任护师", R1, (2021, 3, 1), (2021, 8, 31),
                ("副主任护师", "副高级", "护理"))],
        2022: [("xu", None, "许知远", "心血管内科", "主任医师", R1, (2022, 3, 1), (2022, 8, 31),
                ("主任医师", "正高级", "医疗")),
               ("han", han15, "韩墨", "麻醉科", "主治医师", R1, (2022, 4, 1), (2022, 9, 30), ("主治医师", "中级", "医疗"))],
        2023: [("tao", tao_wrong, "陶清越", "普外科", "副主任医师", R5, (2023, 4, 1), (2023, 9, 30),
                ("副主任医师", "副高级", "医疗")),
               ("lin", None, "林安", "儿科", "副主任医师", R1, (2023, 3, 1), (2023, 8, 31), ("副主任医师", "副高级", "医疗"))],
        2024: [("xu", None, "许知远", "心血管内科", "主任医师", R5, (2024, 3, 4), (2024, 9, 3),
                ("主任医师", "正高级", "医疗")),
               (None, None, "钟晴", "检验科", "主管技师", R1, (2024, 3, 1), (2024, 8, 31), ("主管技师", "中级", "医技")),
               ("shen", None, "沈若溪", "护理部", "副主任护师", R1, (2024, 5, 6), (2024, 11, 5),
                ("副主任护师", "副高级", "护理"))],
    }
    for y, people in years.items():
        sh = YEAR_SHEETS[y]
        ws = wb.create_sheet(sh)
        ws.append([f"澄霞省人民医院对口支援派驻人员名单（{SYN}）"])
        ws.merge_cells("A1:H1")
        ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始时间", "派驻结束时间"])
        for i, (key, sp, name, dept, title, rec, s, e, (t, rank, cat)) in enumerate(people, 1):
            idv = use_id(key, sp) if key else None
            if y == 2024:
                sv, ev = f"{s[0]}.{s[1]:02d}.{s[2]:02d}", f"{e[0]}.{e[1]:02d}.{e[2]:02d}"
            else:
                sv, ev = dt.date(*s), dt.date(*e)
            ws.append([i, name, idv, dept, title, rec, sv, ev])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            for c in (7, 8):
                if isinstance(ws.cell(r, c).value, dt.date):
                    ws.cell(r, c).number_format = "yyyy-mm-dd"
            tid = None if key is None else (sp if sp == tao_wrong else ID[key])
            row("deployments", fn, sh, r, dep(dept, t, rank, cat, d(*s), d(*e)),
                {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"], id_number=tid)
            if key is None:
                finding(fn, r, "NAME_ONLY")
            elif sp == tao_wrong:
                finding(fn, r, "ID_CHECK_DIGIT")
            elif sp == han15:
                finding(fn, r, "ID_15_DIGIT")
        ws.append([f"共{len(people)}人"])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """省中医院 (.xls, xlwt): one sheet per year; 郑文澜 in 2021 and 2022, 冯思齐 in 2022 and 2024; dates as text."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    years = {
        2021: [("zheng", "郑文澜", "针灸科", "主治中医师", "中级", (2021, 4, 1), (2021, 9, 30))],
        2022: [("zheng", "郑文澜", "针灸科", "主治中医师", "中级", (2022, 4, 1), (2022, 9, 30)),
               ("feng", "冯思齐", "骨伤科", "副主任中医师", "副高级", (2022, 5, 1), (2022, 10, 31))],
        2023: [("kong", "孔令书", "脾胃病科", "主任中医师", "正高级", (2023, 3, 1), (2023, 5, 31))],
        2024: [("feng", "冯思齐", "骨伤科", "副主任中医师", "副高级", (2024, 3, 1), (2024, 8, 31))],
    }
    for y, people in years.items():
        sh = YEAR_SHEETS[y]
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"澄霞省中医院派驻人员登记（{SYN}）")
        for j, hd in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "受援医院", "开始日期", "结束日期"]):
            ws.write(1, j, hd)
        for i, (key, name, dept, title, rank, s, e) in enumerate(people, 1):
            r = 1 + i
            vals = [i, name, use_id(key), dept, title, R2, "{}-{:02d}-{:02d}".format(*s), "{}-{:02d}-{:02d}".format(*e)]
            for j, v in enumerate(vals):
                ws.write(r, j, v)
            row("deployments", fn, sh, r + 1, dep(dept, title, rank, "医疗", d(*s), d(*e)),
                {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], id_number=ID[key])
        ws.write(2 + len(people), 0, "填表人：医务处")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- monthly statistics
def stats(h: int, y: int, m: int) -> list[int]:
    """Deterministic monthly figures: outpatient, discharges, surgeries, referrals out, down-referrals received."""
    t = (y - 2020) * 12 + m
    return [9000 + 1500 * h + 37 * t + 11 * (m % 5), 700 + 90 * h + 3 * t, 150 + 20 * h + t + m % 3,
            60 - t // 2 + h, 2 + (t + h) % 6]


STAT_FIELDS = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_down_received"]


def stat_row(fn, sh, r, hosp, h, y, m, down=True):
    v = stats(h, y, m)
    f = dict(year=y, month=m, **dict(zip(STAT_FIELDS[:4], v[:4])))
    if down:
        f["referrals_down_received"] = v[4]
    row("hospital_monthly_stats", fn, sh, r, f, {"recipient_hospital_id": hosp}, ["year", "month"])


def totals(h, y, down=True):
    return [sum(stats(h, y, m)[k] for m in range(1, 13)) for k in range(5 if down else 4)]


def f_r1_stats_xlsx(path: Path):
    """柏川县人民医院 (.xlsx): sheets 2020年 … 24年 (months "1月", the year only in the sheet name, a 合计 row) and
    a 年度汇总 sheet (one row per year) last."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
    for y, sh in STAT_SHEETS.items():
        ws = wb.create_sheet(sh)
        ws.append([f"柏川县人民医院主要业务量月报（{SYN}）"])
        ws.append(hdr)
        for m in range(1, 13):
            ws.append([f"{m}月", *stats(1, y, m)])
            stat_row(fn, sh, ws.max_row, R1, 1, y, m)
        ws.append(["合计", *totals(1, y)])
    ws = wb.create_sheet("年度汇总")
    ws.append([f"柏川县人民医院业务量年度汇总（{SYN}）"])
    ws.append(["年度", *hdr[1:]])
    for y in STAT_SHEETS:
        ws.append([f"{y}年", *totals(1, y)])
    wb.save(path)


def f_r3_stats_xls(path: Path):
    """枫溪县人民医院 (.xls): the 年度汇总 sheet FIRST, then sheets 2020年 … 24年; months as numbers 1–12 under 月份;
    no 下转 column."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]
    ws = wb.add_sheet("年度汇总")
    ws.write(0, 0, f"枫溪县人民医院业务量年度汇总（{SYN}）")
    for j, hd in enumerate(["年度", *hdr[1:]]):
        ws.write(1, j, hd)
    for i, y in enumerate(STAT_SHEETS):
        for j, v in enumerate([y, *totals(3, y, down=False)]):
            ws.write(2 + i, j, v)
    for y, sh in STAT_SHEETS.items():
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"枫溪县人民医院月度业务统计（{SYN}）")
        for j, hd in enumerate(hdr):
            ws.write(1, j, hd)
        for m in range(1, 13):
            for j, v in enumerate([m, *stats(3, y, m)[:4]]):
                ws.write(1 + m, j, v)
            stat_row(fn, sh, 2 + m, R3, 3, y, m, down=False)
        for j, v in enumerate(["合计", *totals(3, y, down=False)]):
            ws.write(14, j, v)
    wb.save(str(path))


def f_r4_stats_ods(path: Path):
    """枫溪县妇幼保健院 (.ods): sheets 2020年 … 24年 with months "1月"; a 年度汇总 sheet between 2022 and 2023年度
    with the years as columns and the measures down the rows."""
    fn = path.name
    sheets = {}
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
    for y, sh in STAT_SHEETS.items():
        rows = [[f"枫溪县妇幼保健院业务量统计表（{SYN}）"], hdr]
        for m in range(1, 13):
            rows.append([f"{m}月", *stats(4, y, m)])
            stat_row(fn, sh, len(rows), R4, 4, y, m)
        rows.append(["合计", *totals(4, y)])
        sheets[sh] = rows
        if y == 2022:
            summ = [[f"枫溪县妇幼保健院年度汇总（{SYN}）"], ["指标", *[f"{yy}年" for yy in STAT_SHEETS]]]
            for k, label in enumerate(hdr[1:]):
                summ.append([label, *[totals(4, yy)[k] for yy in STAT_SHEETS]])
            sheets["年度汇总"] = summ
    ods_doc(path, sheets)


def f_r2_stats_csv_gbk(path: Path):
    """柏川县中医医院 (CSV, GBK): one long table 2020–2024 with 年份 and 月份 columns; after each year's December a
    "小计" line and at the end a "总计" line (neither is a month)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"柏川县中医医院2020—2024年月度业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["年份", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for y in STAT_SHEETS:
        for m in range(1, 13):
            w.writerow([y, m, *stats(2, y, m)[:4]])
            r += 1
            stat_row(fn, None, r, R2, 2, y, m, down=False)
        w.writerow([y, "小计", *totals(2, y, down=False)])
        r += 1
    w.writerow(["总计", "", *[sum(totals(2, y, down=False)[k] for y in STAT_SHEETS) for k in range(4)]])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r5_stats_csv_utf8(path: Path):
    """石渠县人民医院 (CSV, UTF-8 with BOM): months written "2020年1月"; after each December a "2020年合计" line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"填报单位：石渠县人民医院（{SYN}）", "", "", "", "", ""])
    w.writerow(["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    r = 2
    for y in STAT_SHEETS:
        for m in range(1, 13):
            w.writerow([f"{y}年{m}月", *stats(5, y, m)])
            r += 1
            stat_row(fn, None, r, R5, 5, y, m)
        w.writerow([f"{y}年合计", *totals(5, y)])
        r += 1
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- techniques
def f_r1_techniques_xlsx(path: Path):
    """柏川县人民医院: one sheet spanning 2021–2024; 开展时间 as a year-month in several spellings (text "2021.05" in a
    cell, "2022年3月", "2023-11", "2024年1月"); "约20例" (→ empty + finding)."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柏川县人民医院新技术新项目一览（2021—2024年）{SYN}"])
    ws.append(["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("冠状动脉造影术", "心血管内科", "2021.05", 46, "是", d(2021, 5, 1), 46, True),
             ("腹腔镜胆囊切除术", "普外科", "2022年3月", 31, "否", d(2022, 3, 1), 31, False),
             ("小儿雾化吸入规范化治疗", "儿科", "2023-11", "约20例", "否", d(2023, 11, 1), None, False),
             ("经皮肾镜碎石术", "泌尿外科", "2024年1月", 12, "是", d(2024, 1, 1), 12, True)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, when, cases, gap, S1])
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day,
                                                    cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_r5_techniques_ods(path: Path):
    """石渠县人民医院 (.ods): 2023–2024, 开展时间 "2023年09月" / "2024年02月"."""
    fn, sh = path.name, "新技术"
    rows = [[f"石渠县人民医院开展新技术情况（{SYN}）"],
            ["项目名称", "科室", "开展时间", "例数", "填补县域空白", "帮扶医院"]]
    for name, dept, when, n, gap, day, gapv in (("无痛胃肠镜", "消化内科", "2023年09月", 58, "是", d(2023, 9, 1), True),
                                              ("血液透析", "肾内科", "2024年02月", 140, "否", d(2024, 2, 1), False)):
        rows.append([name, dept, when, n, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=n,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": R5, "support_hospital_id": S1}, ["name"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- trainees
def f_r3_trainees_xlsx(path: Path):
    """枫溪县人民医院: one sheet per year; 杜晓峰 in 2021 and 2023; fees in yuan; 结业 是/否."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    years = {2021: [("du", "杜晓峰", "骨科", (2021, 3, 1), (2021, 8, 31), 3000, "是")],
             2022: [("qin", "秦雨", "儿科", (2022, 3, 1), (2022, 8, 31), 3000, "是")],
             2023: [("du", "杜晓峰", "脊柱外科", (2023, 3, 1), (2023, 5, 31), 1500, "是"),
                    ("sha", "沙明月", "妇产科", (2023, 9, 1), (2024, 2, 29), 0, "是")],
             2024: [("qin", "秦雨", "新生儿科", (2024, 9, 1), (2025, 2, 28), 0, "否")]}
    for y, people in years.items():
        sh = YEAR_SHEETS[y]
        ws = wb.create_sheet(sh)
        ws.append([f"枫溪县人民医院外出进修人员（{SYN}）"])
        ws.append(["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
        for key, name, dept, s, e, fee, done in people:
            ws.append([name, use_id(key), dept, S3, dt.date(*s), dt.date(*e), fee, done])
            r = ws.max_row
            ws.cell(r, 2).number_format = "@"
            for c in (5, 6):
                ws.cell(r, c).number_format = "yyyy/m/d"
            row("trainees", fn, sh, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(fee),
                                             completed=done == "是"),
                {"recipient_hospital_id": R3, "host_hospital_id": S3}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_r2_trainees_csv_gbk(path: Path):
    """柏川县中医医院 (CSV, GBK): 2021–2024 in one table with a 年度 column; 进修起止 in one cell."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"柏川县中医医院赴省中医院进修人员（2021—2024年）{SYN}", "", "", "", "", "", ""])
    w.writerow(["年度", "姓名", "身份证号", "进修科室", "接收医院", "进修起止时间", "是否结业"])
    r = 2
    for y, key, name, dept, s, e, done in ((2021, "wei", "魏子衿", "针灸科", (2021, 3, 1), (2021, 8, 31), "是"),
                                           (2022, "ouyang", "欧阳舒", "推拿科", (2022, 9, 1), (2023, 2, 28), "是"),
                                           (2024, "wei", "魏子衿", "康复科", (2024, 4, 1), (2024, 9, 30), "是")):
        w.writerow([y, name, use_id(key), dept, S2, "{}年{}月{}日—{}年{}月{}日".format(*s, *e), done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=d(*s), end_date=d(*e), completed=True),
            {"recipient_hospital_id": R2, "host_hospital_id": S2}, ["start_date"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- activities
def f_s1_activities_xlsx(path: Path):
    """省人民医院: one sheet per year and a 年度汇总 sheet (activity type × count) that is not data; "约40人"."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    years = {2021: [((2021, 4, 15), R1, "学术讲座", "高血压规范化管理", 52, 52),
                    ((2021, 6, 3), R1, "教学查房", "心衰病例查房", 18, 18)],
             2022: [((2022, 5, 20), R1, "手术示教", "腹腔镜胆囊切除", 12, 12),
                    ((2022, 11, 8), R1, "学术讲座", "围手术期管理", "约40人", None)],
             2023: [((2023, 4, 12), R5, "技术培训", "心肺复苏培训", 60, 60),
                    ((2023, 9, 26), R1, "疑难病例讨论", "不明原因发热", 25, 25)],
             2024: [((2024, 3, 14), R5, "义诊", "慢病义诊", 120, 120),
                    ((2024, 6, 19), R1, "学术讲座", "儿童哮喘诊治", 45, 45)]}
    count: dict[str, dict[int, int]] = {}
    for y, acts in years.items():
        sh = YEAR_SHEETS[y]
        ws = wb.create_sheet(sh)
        ws.append([f"澄霞省人民医院对口支援带教培训活动记录（{SYN}）"])
        ws.append(["活动日期", "受援医院", "活动形式", "主题", "参加人数"])
        for day, rec, typ, topic, n, nv in acts:
            ws.append([dt.date(*day), rec, typ, topic, n])
            r = ws.max_row
            ws.cell(r, 1).number_format = "yyyy-mm-dd"
            row("activities", fn, sh, r, dict(activity_date=d(*day), activity_type=typ, participants=nv),
                {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date"])
            if nv is None:
                finding(fn, r, "UNPARSEABLE_OPTIONAL")
            count.setdefault(typ, {}).setdefault(y, 0)
            count[typ][y] += 1
    ws = wb.create_sheet("年度汇总")
    ws.append([f"活动次数年度汇总（{SYN}）"])
    ws.append(["活动形式", "2021年", "2022年", "2023年", "2024年", "合计"])
    for typ, c in count.items():
        ws.append([typ, *[c.get(y, 0) for y in YEAR_SHEETS], sum(c.values())])
    wb.save(path)


# ------------------------------------------------------------------------------------------- assessments
def f_r3_assessments_ods(path: Path):
    """枫溪县人民医院 (.ods): sheets 2023年度 and 24年, one row per person, one column per month (1月 … 6月), a
    平均分 column; blank months were not assessed."""
    fn = path.name
    sheets = {}
    plan = {2023: [("luo", "罗一川", [95, 96, 94, 97, 95, 96]), ("bai", "白晓岚", [None, None, None, 92, 93, 94])],
            2024: [("luo", "罗一川", [96, 95.5, 97, None, None, None])]}
    for y, people in plan.items():
        sh = YEAR_SHEETS[y]
        rows = [[f"枫溪县人民医院派驻人员月度考核得分（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", *[f"{m}月" for m in range(1, 7)], "平均分"]]
        for i, (key, name, sc) in enumerate(people, 1):
            got = [s for s in sc if s is not None]
            rows.append([i, name, use_id(key), S3, *sc, round(sum(got) / len(got), 2)])
            for m, s in enumerate(sc, 1):
                if s is not None:
                    row("staff_monthly_assessments", fn, sh, len(rows), dict(year=y, month=m, score=float(s)),
                        {"recipient_hospital_id": R3}, ["year", "month"], id_number=ID[key])
        sheets[sh] = rows
    ods_doc(path, sheets)


# ------------------------------------------------------------------------------------------- county
def f_county_xlsx(path: Path):
    """省卫健委 clerk: counties × years 2020–2024 in long form (县 | 代码 | 年度 | 两项人次)."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向（2020—2024年）{SYN}"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for k, (county, code) in enumerate(COUNTY_CODE.items()):
        for y in STAT_SHEETS:
            tot = 30000 - 6000 * k + 400 * (y - 2020)
            out = 7000 - 1200 * k - 350 * (y - 2020)
            ws.append([county, code, f"{y}年", tot, out])
            row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=y, resident_admissions=tot,
                                                                    resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "柏川县", "枫溪县", "石渠县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄霞省对口支援关系一览表（两个周期）.xlsx")
    files = [(f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员2021-2024.xlsx"),
             (f_s2_roster_xls, "省直", "SYNTHETIC_省中医院派驻人员历年.xls"),
             (f_s1_activities_xlsx, "省直", "SYNTHETIC_省人民医院带教培训记录2021-2024.xlsx"),
             (f_county_xlsx, "省直", "SYNTHETIC_各县县域住院流向2020-2024.xlsx"),
             (f_r1_stats_xlsx, "柏川县", "SYNTHETIC_柏川县人民医院业务量2020-2024.xlsx"),
             (f_r1_techniques_xlsx, "柏川县", "SYNTHETIC_柏川县人民医院新技术新项目2021-2024.xlsx"),
             (f_r2_stats_csv_gbk, "柏川县", "SYNTHETIC_柏川县中医医院月度业务量2020-2024.csv"),
             (f_r2_trainees_csv_gbk, "柏川县", "SYNTHETIC_柏川县中医医院进修人员2021-2024.csv"),
             (f_r3_stats_xls, "枫溪县", "SYNTHETIC_枫溪县人民医院月报2020-2024.xls"),
             (f_r3_trainees_xlsx, "枫溪县", "SYNTHETIC_枫溪县人民医院进修人员2021-2024.xlsx"),
             (f_r3_assessments_ods, "枫溪县", "SYNTHETIC_枫溪县人民医院派驻人员月考核.ods"),
             (f_r4_stats_ods, "枫溪县", "SYNTHETIC_枫溪县妇幼保健院业务统计2020-2024.ods"),
             (f_r5_stats_csv_utf8, "石渠县", "SYNTHETIC_石渠县人民医院月度业务量2020-2024.csv"),
             (f_r5_techniques_ods, "石渠县", "SYNTHETIC_石渠县人民医院新技术2023-2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
