"""realworld101 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜汀省) for 2024 whose recipient
hospitals send their monthly workload statistics (受援医院月度业务统计) as running totals: a file per month with
本年累计 only, 本月 and 累计 side by side, only 累计 (the month's figure would be a difference from the previous
month's file), corrections of an earlier month, and year-end files with 全年累计. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

The truth follows the documents: the month's figure is the 本月 / 本期 column, never the running total
(docs/intake.md: "本月 under an indicator (1-N月累计 not read)", "本月 | 本年累计 (the 本月 / 本期 figure, never the
running total)"); a statistics row none of whose figures was read is held, never curated empty; a later file for
the same hospital, form and period replaces the rows it has again, and a correction with no usable row changes
nothing (README). Nothing in the documents says a month's figure is derived as the difference of two running
totals, so the rows that only carry 累计 are held (quarantined), not derived.

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit spelling is a planted spelling, listed in truth.json). Written without reading
the tool's parser.
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
Y = 2024


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P2, TZC = "澜汀省第二人民医院", "汀州市中心医院"
YX, YXT, BL, QT = "砚溪县人民医院", "砚溪县中医医院", "白鹭县人民医院", "青苔县人民医院"
RECIP = {YX: ("二级", "甲等", "综合医院", "砚溪县"), YXT: ("二级", "乙等", "中医医院", "砚溪县"),
         BL: ("二级", "甲等", "综合医院", "白鹭县"), QT: ("二级", "乙等", "综合医院", "青苔县")}
SUPPORT = {YX: P2, YXT: P2, BL: TZC, QT: TZC}

ID = {k: idn(*v) for k, v in {"lan": ("990801", "19740312", "035"), "mo": ("990801", "19860905", "044")}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}

MEASURES = ["outpatient_visits", "discharges", "surgeries", "referrals_out"]
LABELS = {"outpatient_visits": "门急诊人次", "discharges": "出院人数", "surgeries": "手术台次",
          "referrals_out": "转出人次"}
UNITS = {"outpatient_visits": "人次", "discharges": "人", "surgeries": "台次", "referrals_out": "人次"}
BASE = {YX: (12400, 910, 205, 46), YXT: (6300, 380, 42, 21), BL: (15800, 1230, 311, 58), QT: (9100, 655, 120, 33)}


def month_fig(h: str, m: int) -> dict:
    """The month's own figures (本月) — the generator's truth."""
    b = BASE[h]
    return {k: b[i] + ((m * (37 + 11 * i) + 13 * i) % (97 if i == 0 else 23)) - (5 if m % 3 == 0 else 0)
            for i, k in enumerate(MEASURES)}


def cum_fig(h: str, m: int) -> dict:
    """The running total January..m (本年累计)."""
    return {k: sum(month_fig(h, x)[k] for x in range(1, m + 1)) for k in MEASURES}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, (int, type(None))):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def stat_row(file, sheet, place, h, m, figs):
    row("hospital_monthly_stats", file, sheet, place, dict(year=Y, month=m, **figs), {"recipient_hospital_id": h},
        ["month"])


def held(file, sheet, r, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "missing_value", "why": why})


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


def write_csv(path: Path, rows, encoding: str):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    path.write_bytes(("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜汀省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (r, s) in enumerate(SUPPORT.items(), 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade if grade else level, cat, county, s, dt.date(2023, 12, 15)])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": d(2023, 12, 15), "start_date_source": "title_period"})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for s in (P2, TZC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 砚溪县人民医院 (YX)
def down_rows_sheet(ws, title, h, m, cum_label="本年累计"):
    """Indicators down the rows: 指标 | 单位 | 本月 | 本年累计 (a record spanning rows)."""
    ws.append([title])
    ws.merge_cells("A1:D1")
    ws.append(["填报单位：" + h, None, f"统计月份：{Y}年{m}月", None])
    ws.append(["指标", "单位", "本月", cum_label])
    now, cum = month_fig(h, m), cum_fig(h, m)
    for k in MEASURES:
        ws.append([LABELS[k], UNITS[k], now[k], cum[k]])
    ws.append([f"填报人：统计室  {SYN}"])


def f_yx_01(path: Path):
    """January: indicators down the rows, 本月 | 本年累计 → the 本月 column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1月"
    down_rows_sheet(ws, f"砚溪县人民医院{Y}年1月主要业务指标（{SYN}）", YX, 1)
    wb.save(path)
    stat_row(path.name, "1月", None, YX, 1, month_fig(YX, 1))


def f_yx_02_xls(path: Path):
    """February: one row; each measure merged over 本月 | 累计 (a two-row header) → the 本月 figures."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 8, f"砚溪县人民医院{Y}年2月业务量统计表（{SYN}）")
    ws.write_merge(1, 2, 0, 0, "月份")
    for i, k in enumerate(MEASURES):
        ws.write_merge(1, 1, 1 + 2 * i, 2 + 2 * i, LABELS[k])
        ws.write(2, 1 + 2 * i, "本月")
        ws.write(2, 2 + 2 * i, "累计")
    now, cum = month_fig(YX, 2), cum_fig(YX, 2)
    ws.write(3, 0, f"{Y}年2月")
    for i, k in enumerate(MEASURES):
        ws.write(3, 1 + 2 * i, now[k])
        ws.write(3, 2 + 2 * i, cum[k])
    ws.write(5, 0, "报送日期：2024年3月6日")
    wb.save(str(path))
    stat_row(fn, sh, 4, YX, 2, now)


def f_yx_02_fix_xlsx(path: Path):
    """A 更正 of February that sends only the corrected running totals (累计): no 本月 figure, so no usable row;
    a correction with no usable row changes nothing (README) — February keeps the 本月 of the first file."""
    fn, sh = path.name, "2月更正"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚溪县人民医院{Y}年2月业务量统计（更正）（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份"] + [f"1-2月累计{LABELS[k]}" for k in MEASURES])
    cum = cum_fig(YX, 2)
    ws.append([f"{Y}年2月", cum["outpatient_visits"] + 120, cum["discharges"] - 8, cum["surgeries"],
               cum["referrals_out"] + 2])
    ws.append(["说明：1-2月累计门急诊人次漏统计体检中心120人次，已更正。"])
    wb.save(path)
    held(fn, sh, 3, "a correction of February carrying only 1-2月累计 (no 本月 figure)")


def f_yx_03_xlsx(path: Path):
    """March: each measure over a single 累计 sub-header — only the running total: held."""
    fn, sh = path.name, "3月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚溪县人民医院{Y}年3月业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份"] + [LABELS[k] for k in MEASURES])
    ws.append([None] + ["本年累计"] * len(MEASURES))
    ws.merge_cells("A2:A3")
    cum = cum_fig(YX, 3)
    ws.append(["3月"] + [cum[k] for k in MEASURES])
    for c in ws[2]:
        c.alignment = Alignment(horizontal="center", vertical="center")
    wb.save(path)
    held(fn, sh, 4, "only 本年累计 (Jan–Mar), no 本月 figure")


def f_yx_04_csv(path: Path):
    """April: a GBK CSV, 本月 and 本年累计 side by side in a flat header (本月门急诊人次, 本年累计门急诊人次, …)."""
    rows = [[f"砚溪县人民医院{Y}年4月业务量（{SYN}）"] + [""] * 8, ["月份"]]
    for k in MEASURES:
        rows[1] += [f"本月{LABELS[k]}", f"本年累计{LABELS[k]}"]
    now, cum = month_fig(YX, 4), cum_fig(YX, 4)
    rows.append(["2024年4月"] + [v for k in MEASURES for v in (now[k], cum[k])])
    write_csv(path, rows, "gbk")
    stat_row(path.name, None, 3, YX, 4, now)


def f_yx_05_ods(path: Path):
    """May: an .ods with only 门急诊人次（本年累计） … — held."""
    fn, sh = path.name, "5月"
    cum = cum_fig(YX, 5)
    ods_doc(path, {sh: [[f"砚溪县人民医院{Y}年1-5月业务量累计（{SYN}）"],
                        ["月份"] + [f"{LABELS[k]}（本年累计）" for k in MEASURES],
                        [f"{Y}年5月"] + [cum[k] for k in MEASURES],
                        ["制表：院办"]]})
    held(fn, sh, 3, "only 本年累计 (Jan–May), no 本月 figure")


# ------------------------------------------------------------------------------------------- 白鹭县人民医院 (BL)
def f_bl_01_xlsx(path: Path):
    """January: 本月 | 累计 under each measure (two-row header, merged group labels) and a 下转接收 column."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白鹭县人民医院{Y}年1月业务量报表（{SYN}）"])
    ws.merge_cells("A1:K1")
    labels = [LABELS[k] for k in MEASURES] + ["下转接收人次"]
    ws.append(["月份"] + [x for lab in labels for x in (lab, None)])
    ws.append([None] + ["本月", "累计"] * len(labels))
    ws.merge_cells("A2:A3")
    for i in range(len(labels)):
        ws.merge_cells(start_row=2, end_row=2, start_column=2 + 2 * i, end_column=3 + 2 * i)
    now, cum = month_fig(BL, 1), cum_fig(BL, 1)
    ws.append(["1月"] + [v for k in MEASURES for v in (now[k], cum[k])] + [14, 14])
    wb.save(path)
    stat_row(fn, sh, 4, BL, 1, dict(now, referrals_down_received=14))


def f_bl_02_csv(path: Path):
    """February: a UTF-8 (BOM) CSV with only 1-2月累计 columns — held."""
    cum = cum_fig(BL, 2)
    write_csv(path, [[f"白鹭县人民医院{Y}年1-2月累计业务量（{SYN}）", "", "", "", ""],
                     ["月份"] + [f"1-2月累计{LABELS[k]}" for k in MEASURES],
                     ["2月"] + [cum[k] for k in MEASURES]], "utf-8-sig")
    held(path.name, None, 3, "only 1-2月累计, no 本月 figure")


def f_bl_03_xls(path: Path):
    """March: an .xls with only 本年累计 columns — held."""
    fn, sh = path.name, "3月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 4, f"白鹭县人民医院{Y}年3月业务量（本年累计）（{SYN}）")
    for j, h in enumerate(["月份"] + [f"本年累计{LABELS[k]}" for k in MEASURES]):
        ws.write(1, j, h)
    cum = cum_fig(BL, 3)
    for j, v in enumerate([f"{Y}年3月"] + [cum[k] for k in MEASURES]):
        ws.write(2, j, v)
    wb.save(str(path))
    held(fn, sh, 3, "only 本年累计 (Jan–Mar), no 本月 figure")


def f_bl_04_xlsx(path: Path):
    """April, first version: only 本年累计 (not scored: a correction for April follows with 本月, see below)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "4月"
    ws.append([f"白鹭县人民医院{Y}年4月业务量（{SYN}）  填报日期：2024年5月6日"])
    ws.append(["月份"] + [f"本年累计{LABELS[k]}" for k in MEASURES])
    cum = cum_fig(BL, 4)
    ws.append(["4月"] + [cum[k] - (300 if k == "outpatient_visits" else 0) for k in MEASURES])
    wb.save(path)


def f_bl_04_fix_xlsx(path: Path):
    """April 更正: the running total changed (Jan–Apr 门急诊 +300) and this time 本月 beside it → April's row."""
    fn, sh = path.name, "4月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白鹭县人民医院{Y}年4月业务量（更正）（{SYN}）  填报日期：2024年5月20日"])
    ws.append(["月份", "本月门急诊人次", "本年累计门急诊人次", "本月出院人数", "本年累计出院人数",
               "本月手术台次", "本年累计手术台次", "本月转出人次", "本年累计转出人次"])
    now, cum = month_fig(BL, 4), cum_fig(BL, 4)
    ws.append(["4月"] + [v for k in MEASURES for v in (now[k], cum[k])])
    wb.save(path)
    stat_row(fn, sh, 3, BL, 4, now)


# ------------------------------------------------------------------------------------------- 砚溪县中医医院 (YXT)
def f_yxt_q3_xlsx(path: Path):
    """A workbook with a sheet per month (7月, 8月, 9月), each indicators down the rows with 本月 | 本年累计."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m in (7, 8, 9):
        ws = wb.create_sheet(f"{m}月")
        down_rows_sheet(ws, f"砚溪县中医医院{Y}年{m}月业务统计（{SYN}）", YXT, m)
        stat_row(path.name, f"{m}月", None, YXT, m, month_fig(YXT, m))
    wb.save(path)


def f_yxt_12_csv(path: Path):
    """December (the year-end file): GBK CSV with 门急诊人次(本月) | 门急诊人次(全年累计) … → the 本月 figures."""
    head = ["月份"]
    for k in MEASURES:
        head += [f"{LABELS[k]}(本月)", f"{LABELS[k]}(全年累计)"]
    now, cum = month_fig(YXT, 12), cum_fig(YXT, 12)
    write_csv(path, [[f"砚溪县中医医院{Y}年12月及全年业务量（{SYN}）"] + [""] * 8, head,
                     [f"{Y}年12月"] + [v for k in MEASURES for v in (now[k], cum[k])],
                     [f"注：全年累计为1-12月合计。{SYN}"] + [""] * 8], "gbk")
    stat_row(path.name, None, 3, YXT, 12, now)


# ------------------------------------------------------------------------------------------- 青苔县人民医院 (QT)
def f_qt_year_xls(path: Path):
    """The year-end file: months 1月 … 12月 down the rows, then a 全年累计 row (a total, not a month)."""
    fn, sh = path.name, "2024年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 4, f"青苔县人民医院{Y}年度业务量统计（{SYN}）")
    for j, h in enumerate(["月份"] + [LABELS[k] for k in MEASURES]):
        ws.write(1, j, h)
    for m in range(1, 13):
        now = month_fig(QT, m)
        ws.write(1 + m, 0, f"{m}月")
        for j, k in enumerate(MEASURES, 1):
            ws.write(1 + m, j, now[k])
        stat_row(fn, sh, 2 + m, QT, m, now)
    cum = cum_fig(QT, 12)
    ws.write(14, 0, "全年累计")
    for j, k in enumerate(MEASURES, 1):
        ws.write(14, j, cum[k])
    ws.write(16, 0, "填报日期：2025年1月10日")
    wb.save(str(path))


def f_qt_h1_ods(path: Path):
    """First half-year, an .ods: a row per month with 本月 | 1-N月累计 for 门急诊 and 出院, 手术 only 本月."""
    fn, sh = path.name, "上半年"
    rows = [[f"青苔县人民医院{Y}年上半年业务量（逐月，含累计）（{SYN}）"],
            ["月份", "门急诊人次（本月）", "门急诊人次（累计）", "出院人数（本月）", "出院人数（累计）", "手术台次",
             "转出人次"]]
    for m in range(1, 7):
        now, cum = month_fig(QT, m), cum_fig(QT, m)
        rows.append([f"{m}月", now["outpatient_visits"], cum["outpatient_visits"], now["discharges"], cum["discharges"],
                     now["surgeries"], now["referrals_out"]])
    rows.append(["填报日期：2024年7月8日"])
    ods_doc(path, {sh: rows})
    # the year-end file (dated later) sends the same months again with the same figures: one row per month, from
    # either file
    for e in truth["rows"]:
        if e["table"] == "hospital_monthly_stats" and e["hospitals"]["recipient_hospital_id"] == QT \
                and e["fields"]["month"] <= 6:
            e["places"].append([fn, sh, 2 + e["fields"]["month"]])


# ------------------------------------------------------------------------------------------- a roster (the ID rows)
def f_p2_roster(path: Path):
    """澜汀省第二人民医院 → 砚溪县人民医院: a valid ID, a wrong check digit (curated + finding), a name without an
    ID number (curated on the name + finding)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汀省第二人民医院派驻砚溪县人民医院人员名册（{Y}年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期"])
    wrong = ID["mo"][:17] + ("0" if ID["mo"][17] != "0" else "1")
    people = [("lan", "兰若溪", None, "心血管内科", "主任医师", "正高级", "医疗", (3, 1), (8, 31)),
              ("mo", "莫知秋", wrong, "普外科", "主治医师", "中级", "医疗", (3, 1), (8, 31)),
              (None, "柯晚晴", None, "护理部", "主管护师", "中级", "护理", (9, 1), (12, 31))]
    for i, (key, name, sp, dept, title, rank, cat, s, e) in enumerate(people, 1):
        idtext = use_id(key, sp) if key else None
        ws.append([i, name, idtext, dept, title, dt.date(Y, *s), dt.date(Y, *e)])
        ws.cell(ws.max_row, 3).number_format = "@"
        ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        r = ws.max_row
        row("deployments", fn, sh, r,
            dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=d(Y, *s),
                 end_date=d(Y, *e)),
            {"support_hospital_id": P2, "recipient_hospital_id": YX}, ["start_date", "department"],
            id_number=(sp or ID[key]) if key else None)
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["合计", "3人"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜汀省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_yx_01, "SYNTHETIC_砚溪县人民医院2024年1月主要业务指标.xlsx"),
             (f_yx_02_xls, "SYNTHETIC_砚溪县人民医院2024年2月业务量.xls"),
             (f_yx_02_fix_xlsx, "SYNTHETIC_砚溪县人民医院2024年2月业务量（更正）.xlsx"),
             (f_yx_03_xlsx, "SYNTHETIC_砚溪县人民医院2024年3月业务量.xlsx"),
             (f_yx_04_csv, "SYNTHETIC_砚溪县人民医院2024年4月业务量.csv"),
             (f_yx_05_ods, "SYNTHETIC_砚溪县人民医院2024年1-5月累计.ods"),
             (f_bl_01_xlsx, "SYNTHETIC_白鹭县人民医院2024年1月业务量.xlsx"),
             (f_bl_02_csv, "SYNTHETIC_白鹭县人民医院2024年1-2月累计.csv"),
             (f_bl_03_xls, "SYNTHETIC_白鹭县人民医院2024年3月业务量.xls"),
             (f_bl_04_xlsx, "SYNTHETIC_白鹭县人民医院2024年4月业务量.xlsx"),
             (f_bl_04_fix_xlsx, "SYNTHETIC_白鹭县人民医院2024年4月业务量（更正）.xlsx"),
             (f_yxt_q3_xlsx, "SYNTHETIC_砚溪县中医医院2024年第三季度逐月业务统计.xlsx"),
             (f_yxt_12_csv, "SYNTHETIC_砚溪县中医医院2024年12月及全年业务量.csv"),
             (f_qt_year_xls, "SYNTHETIC_青苔县人民医院2024年度业务量统计.xls"),
             (f_qt_h1_ods, "SYNTHETIC_青苔县人民医院2024年上半年业务量.ods"),
             (f_p2_roster, "SYNTHETIC_澜汀省第二人民医院派驻人员名册2024.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
