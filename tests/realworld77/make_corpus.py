"""realworld77 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜屿省) and two fictional counties
(柯溪县, 南垣县) in 2024, focused on recipient hospitals' monthly workload statistics (业务量月报) as county health
commissions, hospitals and a statistics platform send them in. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; the two ID numbers use region 99xxxx with a correct check
digit. Written without reading the tool's parser.
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


S1, SZ = "澜屿省第一人民医院", "澜屿省中医院"
KX, KXTCM, NY, NYTCM = "柯溪县人民医院", "柯溪县中医医院", "南垣县人民医院", "南垣县中医医院"
KX_CG, KX_SQ, KX_BS, KX_LT = "柯溪县城关镇卫生院", "柯溪县石桥镇卫生院", "柯溪县白沙乡卫生院", "柯溪县龙潭镇中心卫生院"
NY_CG, NY_SL = "南垣县城关镇卫生院", "南垣县石岭乡卫生院"
RECIP = {KX: ("二级甲等", "二级", "甲等", "综合医院", "柯溪县"), KXTCM: ("二级甲等", "二级", "甲等", "中医医院", "柯溪县"),
         NY: ("二级乙等", "二级", "乙等", "综合医院", "南垣县"), NYTCM: ("二级乙等", "二级", "乙等", "中医医院", "南垣县"),
         KX_CG: ("一级", "一级", None, "乡镇卫生院", "柯溪县"), KX_SQ: ("一级", "一级", None, "乡镇卫生院", "柯溪县"),
         KX_BS: ("一级", "一级", None, "乡镇卫生院", "柯溪县"), KX_LT: ("一级", "一级", None, "乡镇卫生院", "柯溪县"),
         NY_CG: ("一级", "一级", None, "乡镇卫生院", "南垣县"), NY_SL: ("一级", "一级", None, "乡镇卫生院", "南垣县")}
PAIRS = [(S1, KX), (SZ, KXTCM), (S1, NY), (SZ, NYTCM), (KX, KX_CG), (KX, KX_SQ), (KX, KX_BS), (KX, KX_LT),
         (NY, NY_CG), (NY, NY_SL)]
MEASURES = ("outpatient_visits", "discharges", "surgeries", "referrals_out")

ID = {"lin": idn("990301", "19810412", "035"), "qiao": idn("990302", "19890923", "026")}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "findings": [],
         "submission_files": [], "id_numbers": {}}


BASE = {KX: 11800, KXTCM: 7300, NY: 10400, NYTCM: 5900, KX_CG: 2100, KX_SQ: 1650, KX_BS: 1380, KX_LT: 2460,
        NY_CG: 1920, NY_SL: 1270}


def fig(hosp: str, year: int, month: int) -> dict:
    """The month's true figures of a hospital: deterministic from an invented base, the year and the month."""
    b, k = BASE[hosp], list(BASE).index(hosp)
    season = (0, 9, -6, 3, 5, -2, -8, 4, 7, 1, -3, 6, 11)[month]
    yr = 2024 - year
    ov = b + season * (b // 100) + k * 17 - yr * (b // 25)
    di = b // 11 + season * (b // 900 + 1) + k * 3 - yr * (b // 250 + 1)
    su = 0 if b < 2000 else b // 55 + season + k - yr * 4
    ro = b // 300 + (k + month) % 7 + yr * 2
    return dict(outpatient_visits=ov, discharges=di, surgeries=su, referrals_out=ro)


def row(file, sheet, r, hosp, year, month, fields):
    f = {"year": year, "month": month, **fields}
    truth["rows"].append({"table": "hospital_monthly_stats", "places": [[file, sheet, r]], "fields": f,
                          "hospitals": {"recipient_hospital_id": hosp}, "keys": ["year", "month"], "id_number": None})


def write_csv(path: Path, rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy; a (value, n) tuple spans n columns."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                span = 1
                if isinstance(v, tuple):
                    v, span = v
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                if span > 1:
                    c.setAttribute("numbercolumnsspanned", str(span))
                tr.addElement(c)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 written "二级甲等" / "一级" in one column, 协议签订日期 as dates, no 支援期限 (→ the
    title's 2023—2025年). The county hospitals are recipients of the province's hospitals and supporters of their
    township health centres."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  澜屿省城乡医院对口支援关系表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (s, r) in enumerate(PAIRS, 1):
        grade_text, _, _, cat, county = RECIP[r]
        ws.append([i, r, grade_text, cat, county, s, dt.date(2022, 12, 20)])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": "2023-01-01",
                                  "end_date": "2025-12-31", "agreement_date": "2022-12-20",
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (_, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, SZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- county summaries
KX_SHORT = [("城关", KX_CG), ("石桥镇", KX_SQ), ("白沙乡", KX_BS), ("龙潭镇", KX_LT)]


def f_kx_summary_march_xlsx(path: Path):
    """柯溪县卫健局, March: one row per 卫生院 under 乡镇 short names, a 合计 row; 城关 did no surgery that month (0), 白沙乡
    left 出院人数 blank (not reported → NULL), 龙潭镇 wrote 门急诊人次 "约2100" (→ NULL + finding)."""
    fn, sh = path.name, "3月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯溪县2024年3月乡镇卫生院业务量统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["填报单位：柯溪县卫生健康局", None, None, None, None, "单位：人次、人、台次"])
    ws.append(["序号", "乡镇", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    tot = [0, 0, 0, 0]
    for i, (short, h) in enumerate(KX_SHORT, 1):
        f = fig(h, 2024, 3)
        cells = [f[m] for m in MEASURES]
        if h == KX_CG:
            cells[2] = f["surgeries"] = 0
        if h == KX_BS:
            cells[1] = f["discharges"] = None
        if h == KX_LT:
            cells[0], f["outpatient_visits"] = "约2100", None
        ws.append([i, short, *cells])
        row(fn, sh, ws.max_row, h, 2024, 3, f)
        if h == KX_LT:
            truth["findings"].append({"file": fn, "row": ws.max_row, "code": "UNPARSEABLE_OPTIONAL"})
        tot = [t + (c if isinstance(c, int) else 0) for t, c in zip(tot, cells)]
    ws.append([None, "合计", *tot])
    ws.append(["填表人：周海岚（虚构）", None, None, "审核人：", None, "2024年4月8日"])
    wb.save(path)


def f_kx_summary_feb_ods(path: Path):
    """柯溪县卫健局, February (.ods): each measure over 本月 | 1-2月累计 (two-row header, merged); only 本月 is the
    month's figure."""
    fn, sh = path.name, "2024年2月"
    rows = [[f"柯溪县乡镇卫生院2024年2月业务量月报 {SYN}"],
            ["乡镇卫生院", ("门急诊人次", 2), ("出院人数", 2), ("手术台次", 2), ("外转人次", 2)],
            [None, "本月", "1-2月累计", "本月", "1-2月累计", "本月", "1-2月累计", "本月", "1-2月累计"]]
    for short, h in KX_SHORT:
        f2, f1 = fig(h, 2024, 2), fig(h, 2024, 1)
        cells = [short]
        for m in MEASURES:
            cells += [f2[m], f2[m] + f1[m]]
        rows.append(cells)
        row(fn, sh, len(rows), h, 2024, 2, f2)
    rows.append(["报送：柯溪县卫生健康局统计信息科"])
    ods_doc(path, {sh: rows})


def f_kx_summary_jan_csv(path: Path):
    """柯溪县卫健局, January as a GBK CSV: a title line, 乡镇 short names with 卫生院 ("石桥镇卫生院"), units in the
    header ("门急诊人次(人次)"), a 合计 line."""
    fn = path.name
    rows = [[f"柯溪县2024年1月各乡镇卫生院业务量（{SYN}）"],
            ["乡镇", "门急诊人次(人次)", "出院人数(人)", "手术台次(台)", "外转人次(人次)"]]
    tot = [0, 0, 0, 0]
    for short, h in KX_SHORT:
        f = fig(h, 2024, 1)
        name = short + "卫生院" if short != "龙潭镇" else "龙潭镇中心卫生院"
        rows.append([name, *[f[m] for m in MEASURES]])
        row(fn, None, len(rows), h, 2024, 1, f)
        tot = [t + f[m] for t, m in zip(tot, MEASURES)]
    rows.append(["合计", *tot])
    write_csv(path, rows, "gbk")


def f_kx_months_down_xls(path: Path):
    """柯溪县卫健局, April–June (.xls): months down, the centres across, each centre over 门急诊人次 | 出院人数
    (two-row header); 白沙乡 discharged nobody in May (0); 龙潭镇 left June's 出院人数 blank (NULL)."""
    fn, sh = path.name, "4-6月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 8, f"柯溪县乡镇卫生院2024年4—6月门急诊及出院情况（{SYN}）")
    ws.write_merge(1, 2, 0, 0, "月份")
    for j, (short, _) in enumerate(KX_SHORT):
        ws.write_merge(1, 1, 1 + 2 * j, 2 + 2 * j, short)
        ws.write(2, 1 + 2 * j, "门急诊人次")
        ws.write(2, 2 + 2 * j, "出院人数")
    for i, m in enumerate((4, 5, 6)):
        r = 3 + i
        ws.write(r, 0, f"{m}月")
        for j, (_, h) in enumerate(KX_SHORT):
            f = fig(h, 2024, m)
            if h == KX_BS and m == 5:
                f["discharges"] = 0
            if h == KX_LT and m == 6:
                f["discharges"] = None
            ws.write(r, 1 + 2 * j, f["outpatient_visits"])
            if f["discharges"] is not None:
                ws.write(r, 2 + 2 * j, f["discharges"])
            row(fn, sh, r + 1, h, 2024, m, {"outpatient_visits": f["outpatient_visits"],
                                           "discharges": f["discharges"], "surgeries": None, "referrals_out": None})
    ws.write(7, 0, "注：手术、外转情况另报。")
    wb.save(str(path))


def f_ny_summary_july_ods(path: Path):
    """南垣县卫健局, July (.ods): 城关 (the title's county: 南垣县城关镇卫生院, not 柯溪县's) and 石岭乡; neither
    centre operates (手术台次 0)."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"南垣县2024年7月乡镇卫生院业务量统计（{SYN}）"],
            ["乡镇", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for short, h in (("城关", NY_CG), ("石岭乡", NY_SL)):
        f = fig(h, 2024, 7)
        rows.append([short, *[f[m] for m in MEASURES]])
        row(fn, sh, len(rows), h, 2024, 7, f)
    rows.append(["南垣县卫生健康局  2024年8月5日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- platform exports
def f_platform_english_csv(path: Path):
    """A statistics platform's export (UTF-8 with BOM): English headers, an org code the registry does not know
    beside the Chinese name, the period as 202401."""
    fn = path.name
    rows = [["Org code", "Org name", "Period", "Outpatient and emergency visits", "Discharges", "Surgeries",
             "Referrals out", "Note"]]
    for h, code in ((NY, "99NY0001"), (NYTCM, "99NY0002")):
        for m in (1, 2, 3):
            f = fig(h, 2024, m)
            rows.append([code, h, f"2024{m:02d}", *[f[k] for k in MEASURES], SYN])
            row(fn, None, len(rows), h, 2024, m, f)
    write_csv(path, rows, "utf-8-sig")


def f_platform_pinyin_csv(path: Path):
    """The same platform's older export (GBK): full-pinyin headers, 统计年月 as "2024-04"."""
    fn = path.name
    rows = [["jigou_mingcheng", "tongji_nianyue", "menjizhen_renci", "chuyuan_renshu", "shoushu_taici",
             "waizhuan_renci", "beizhu"]]
    for h in (NY, NYTCM):
        for m in (4, 5, 6):
            f = fig(h, 2024, m)
            rows.append([h, f"2024-{m:02d}", *[f[k] for k in MEASURES], SYN])
            row(fn, None, len(rows), h, 2024, m, f)
    write_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- hospitals' own reports
DEPTS = (("内科", 0.46, 0.52, 0.10, 0.40), ("外科", 0.30, 0.33, 0.80, 0.35), ("儿科", 0.24, 0.15, 0.10, 0.25))


def dept_split(f):
    """The month's figures split over 内科 | 外科 | 儿科 so that they add up to the hospital's total."""
    out = []
    for i, (name, *shares) in enumerate(DEPTS):
        if i < len(DEPTS) - 1:
            out.append([name, *[int(f[m] * s) for m, s in zip(MEASURES, shares)]])
        else:
            out.append([name, *[f[m] - sum(r[1 + k] for r in out) for k, m in enumerate(MEASURES)]])
    return out


def f_kx_dept_march_xlsx(path: Path):
    """柯溪县人民医院, March, by department: 内科 | 外科 | 儿科 rows, then 全院合计 (the hospital-month row)."""
    fn, sh = path.name, "分科室"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯溪县人民医院2024年3月分科室业务量统计（{SYN}）"])
    ws.append(["科室", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    f = fig(KX, 2024, 3)
    for r in dept_split(f):
        ws.append(r)
    ws.append(["全院合计", *[f[m] for m in MEASURES]])
    row(fn, sh, None, KX, 2024, 3, f)
    ws.append(["统计：病案统计室"])
    wb.save(path)


def f_kxtcm_dept_april_xls(path: Path):
    """柯溪县中医医院, April, by department (.xls): 全院合计 first, then 其中：内科 | 外科 | 儿科."""
    fn, sh = path.name, "2024.4"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"柯溪县中医医院2024年4月业务量（按科室） {SYN}")
    for j, h in enumerate(("科室", "门急诊人次", "出院人数", "手术台次", "外转人次")):
        ws.write(1, j, h)
    f = fig(KXTCM, 2024, 4)
    ws.write(2, 0, "全院合计")
    for j, m in enumerate(MEASURES):
        ws.write(2, 1 + j, f[m])
    row(fn, sh, None, KXTCM, 2024, 4, f)
    for i, r in enumerate(dept_split(f)):
        ws.write(3 + i, 0, "其中：" + r[0] if i == 0 else r[0])
        for j, v in enumerate(r[1:]):
            ws.write(3 + i, 1 + j, v)
    wb.save(str(path))


def f_kxtcm_march_ods(path: Path):
    """柯溪县中医医院, March (.ods): indicators down the rows; 本月 and 1-3月累计 each over 本期 | 上年同期 | 同比(%).
    本月's 本期 is 2024-03; its 上年同期 is the hospital's figure for 2023-03 (under 本月, so of the month)."""
    fn, sh = path.name, "月报"
    f, p = fig(KXTCM, 2024, 3), fig(KXTCM, 2023, 3)
    cum = {m: sum(fig(KXTCM, 2024, k)[m] for k in (1, 2, 3)) for m in MEASURES}
    pcum = {m: sum(fig(KXTCM, 2023, k)[m] for k in (1, 2, 3)) for m in MEASURES}
    rows = [[f"柯溪县中医医院2024年3月业务量月报（{SYN}）"],
            ["指标", ("本月", 3), ("1-3月累计", 3)],
            [None, "本期", "上年同期", "同比(%)", "本期", "上年同期", "同比(%)"]]
    for m, label in zip(MEASURES, ("门急诊人次", "出院人数", "手术台次", "外转人次")):
        rows.append([label, f[m], p[m], round(100 * (f[m] - p[m]) / p[m], 1),
                     cum[m], pcum[m], round(100 * (cum[m] - pcum[m]) / pcum[m], 1)])
    rows.append(["填报人：院办（虚构）"])
    ods_doc(path, {sh: rows})
    row(fn, sh, None, KXTCM, 2024, 3, f)
    # lead's ruling after the first run: 上年同期 is a comparison printed beside this year's figure, not last year's
    # report — no row of 2023 (the corpus had p as 2023-03)


def f_kxtcm_split_referrals_xls(path: Path):
    """柯溪县中医医院, January–February (.xls): 外转人次 merged over 转省级 | 转市级 with no total. Whether their sum
    is the contract's referrals_out the docs do not say, so the truth leaves referrals_out open."""
    fn, sh = path.name, "1-2月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 5, f"柯溪县中医医院2024年1-2月业务量统计 {SYN}")
    for j, h in enumerate(("月份", "门急诊人次", "出院人数", "手术台次")):
        ws.write_merge(1, 2, j, j, h)
    ws.write_merge(1, 1, 4, 5, "外转人次")
    ws.write(2, 4, "转省级")
    ws.write(2, 5, "转市级")
    for i, m in enumerate((1, 2)):
        f = fig(KXTCM, 2024, m)
        prov = f["referrals_out"] // 3
        vals = [f"{m}月", f["outpatient_visits"], f["discharges"], f["surgeries"], prov, f["referrals_out"] - prov]
        for j, v in enumerate(vals):
            ws.write(3 + i, j, v)
        row(fn, sh, 4 + i, KXTCM, 2024, m, {k: f[k] for k in MEASURES[:3]})
    wb.save(str(path))


def f_kx_referral_total_xlsx(path: Path):
    """柯溪县人民医院, January–February: 外转人次 合计 | 其中：转省级 | 其中：转市级 — referrals_out is the 合计."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯溪县人民医院2024年1-2月业务量（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", None, None])
    ws.append([None, None, None, None, "合计", "其中：转省级", "其中：转市级"])
    ws.merge_cells("E2:G2")
    for c in "ABCD":
        ws.merge_cells(f"{c}2:{c}3")
    for m in (1, 2):
        f = fig(KX, 2024, m)
        prov = f["referrals_out"] // 4
        ws.append([f"2024年{m}月", f["outpatient_visits"], f["discharges"], f["surgeries"], f["referrals_out"],
                   prov, f["referrals_out"] - prov - 2])
        row(fn, sh, ws.max_row, KX, 2024, m, f)
    wb.save(path)


def f_kx_yoy_csv(path: Path):
    """柯溪县人民医院, April–June (GBK CSV): 门急诊人次 | 上年同期 | 同比 and 出院人数 | 上年同期 | 同比 side by side
    (not merged), then 手术台次 and 外转人次 alone. 上年同期 is the same month of 2023 (its own row, two measures)."""
    fn = path.name
    rows = [[f"柯溪县人民医院2024年4-6月业务量同比（{SYN}）"],
            ["月份", "门急诊人次", "上年同期", "同比", "出院人数", "上年同期", "同比", "手术台次", "外转人次"]]
    for m in (4, 5, 6):
        f, p = fig(KX, 2024, m), fig(KX, 2023, m)
        rows.append([f"{m}月", f["outpatient_visits"], p["outpatient_visits"],
                     f"{100 * (f['outpatient_visits'] - p['outpatient_visits']) / p['outpatient_visits']:.1f}%",
                     f["discharges"], p["discharges"],
                     f"{100 * (f['discharges'] - p['discharges']) / p['discharges']:.1f}%",
                     f["surgeries"], f["referrals_out"]])
        row(fn, None, len(rows), KX, 2024, m, f)  # (上年同期: no 2023 row, the lead's ruling as above)
    write_csv(path, rows, "gbk")


def f_nycg_own_csv(path: Path):
    """南垣县城关镇卫生院's own half-year (UTF-8 CSV, no BOM): 手术台次 0 every month (a centre that does not
    operate), 外转人次 "—" in March and blank in May (not reported → NULL), a 合计 line."""
    fn = path.name
    rows = [[f"南垣县城关镇卫生院2024年1-6月业务量报表（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for m in range(1, 7):
        f = fig(NY_CG, 2024, m)
        f["surgeries"] = 0
        ref = f["referrals_out"]
        if m == 3:
            ref, f["referrals_out"] = "—", None
        if m == 5:
            ref, f["referrals_out"] = "", None
        rows.append([f"{m}月", f["outpatient_visits"], f["discharges"], 0, ref])
        row(fn, None, len(rows), NY_CG, 2024, m, f)
    rows.append(["合计", sum(fig(NY_CG, 2024, m)["outpatient_visits"] for m in range(1, 7)),
                 sum(fig(NY_CG, 2024, m)["discharges"] for m in range(1, 7)), 0, ""])
    write_csv(path, rows, "utf-8")


def f_s1_roster_xlsx(path: Path):
    """澜屿省第一人民医院's two staff at 柯溪县人民医院 (a plain roster, valid ID numbers)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省第一人民医院派驻柯溪县人民医院人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始时间", "结束时间"])
    for i, (key, name, dept) in enumerate((("lin", "林叙白", "心血管内科"), ("qiao", "乔映雪", "儿科")), 1):
        ws.append([i, name, ID[key], dept, "主治医师", KX, "2024-03-01", "2024-08-31"])
        truth["rows"].append({"table": "deployments", "places": [[fn, sh, ws.max_row]],
                              "fields": dict(department=dept, title="主治医师", title_rank="中级",
                                             staff_category="医疗", start_date="2024-03-01",
                                             end_date="2024-08-31"),
                              "hospitals": {"support_hospital_id": S1, "recipient_hospital_id": KX},
                              "keys": ["start_date", "department"], "id_number": ID[key]})
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pf = "SYNTHETIC_附件1_澜屿省城乡医院对口支援关系表（2023—2025年）.xlsx"
    pairing_list(raw / "reference" / pf)
    truth["pairing_file"] = pf
    files = [(f_kx_summary_march_xlsx, "SYNTHETIC_柯溪县乡镇卫生院业务量统计表2024年3月.xlsx"),
             (f_kx_summary_feb_ods, "SYNTHETIC_柯溪县乡镇卫生院业务量月报2024年2月(含累计).ods"),
             (f_kx_summary_jan_csv, "SYNTHETIC_柯溪县乡镇卫生院业务量2024年1月.csv"),
             (f_kx_months_down_xls, "SYNTHETIC_柯溪县乡镇卫生院门急诊出院2024年4-6月.xls"),
             (f_ny_summary_july_ods, "SYNTHETIC_南垣县乡镇卫生院业务量2024年7月.ods"),
             (f_platform_english_csv, "SYNTHETIC_stat_platform_export_NY_2024Q1.csv"),
             (f_platform_pinyin_csv, "SYNTHETIC_统计平台导出_南垣县_2024Q2.csv"),
             (f_kx_dept_march_xlsx, "SYNTHETIC_柯溪县人民医院分科室业务量2024年3月.xlsx"),
             (f_kxtcm_dept_april_xls, "SYNTHETIC_柯溪县中医医院分科室业务量2024年4月.xls"),
             (f_kxtcm_march_ods, "SYNTHETIC_柯溪县中医医院业务量月报2024年3月.ods"),
             (f_kxtcm_split_referrals_xls, "SYNTHETIC_柯溪县中医医院业务量2024年1-2月.xls"),
             (f_kx_referral_total_xlsx, "SYNTHETIC_柯溪县人民医院业务量2024年1-2月.xlsx"),
             (f_kx_yoy_csv, "SYNTHETIC_柯溪县人民医院业务量同比2024年4-6月.csv"),
             (f_nycg_own_csv, "SYNTHETIC_南垣县城关镇卫生院业务量2024年1-6月.csv"),
             (f_s1_roster_xlsx, "SYNTHETIC_澜屿省第一人民医院派驻人员2024.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
