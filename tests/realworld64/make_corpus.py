"""realworld64 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁州省) for 2024 seen through its
statistics and finance offices: the pairing list (附件1) in data/raw/reference/ and thirteen submissions, most of
them statistics tables (hospital_monthly_stats, county_inpatient_stats) with the rows an office adds — per-county
小计 rows between hospitals, 合计 / 总计 rows, 其中 rows (sub-items of the row above), percentage rows
(外转率(%)), 'XX县合计' rows, blank separator rows, 填报说明 and 填报人/审核人 footers — and numbers written with
thousands separators or as text ("1,234", "1 234"). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省卫健委,栖梧市,沅汀市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
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
YEAR = 2024


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the province
P1, PTCM, QW, YT = "霁州省人民医院", "霁州省中医院", "栖梧市中心医院", "沅汀市人民医院"
HC, HCT, HCM = "槐川县人民医院", "槐川县中医医院", "槐川县妇幼保健院"
WT, WTT, WT2 = "苇塘县人民医院", "苇塘县中医医院", "苇塘县第二人民医院"
HY, HYT = "鹤屿县人民医院", "鹤屿县中医医院"
SA, SAM = "松岙县人民医院", "松岙县妇幼保健院"
COUNTY = {"槐川县": ("999101", "栖梧市"), "苇塘县": ("999102", "栖梧市"),
          "鹤屿县": ("999201", "沅汀市"), "松岙县": ("999202", "沅汀市")}
RECIP = {  # name: (level, grade, category, county, support)
    HC: ("二级", "甲等", "综合医院", "槐川县", P1), HCT: ("二级", "甲等", "中医医院", "槐川县", PTCM),
    HCM: ("二级", None, "妇幼保健院", "槐川县", QW),
    WT: ("二级", "甲等", "综合医院", "苇塘县", P1), WTT: ("二级", "乙等", "中医医院", "苇塘县", PTCM),
    WT2: ("二级", "乙等", "综合医院", "苇塘县", QW),
    HY: ("二级", "甲等", "综合医院", "鹤屿县", P1), HYT: ("二级", "乙等", "中医医院", "鹤屿县", PTCM),
    SA: ("二级", "甲等", "综合医院", "松岙县", YT), SAM: ("二级", None, "妇幼保健院", "松岙县", YT),
}
BY_COUNTY = {c: [h for h, v in RECIP.items() if v[3] == c] for c in COUNTY}

ID = {k: idn(*v) for k, v in {
    "lin": ("999101", "19790512", "031"), "zhang": ("999102", "19860218", "046"), "yu": ("999201", "19830927", "018"),
    "bu": ("999102", "19920304", "052"), "guan": ("999102", "19900716", "067"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


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


def fmt(n: int, style: str):
    """A count as an office writes it: a number, "1,234" (thousands separator) or "1 234" (space)."""
    if style == "comma":
        return f"{n:,}"
    if style == "space":
        return f"{n:,}".replace(",", " ")
    return n


# ------------------------------------------------------------------------------------------- the statistics truth
HIDX = {h: i for i, h in enumerate(RECIP)}


def stats(h: str, m: int) -> dict:
    """The month's true counts of a recipient (the generator's own truth, written into every layout)."""
    i = HIDX[h]
    op = 4200 + 1310 * i + 173 * m + (i * m) % 37
    return dict(outpatient_visits=op, emergency=op // 9 + i, discharges=310 + 97 * i + 13 * m,
                surgeries=55 + 21 * i + 3 * m, referrals_out=9 + (3 * i + m) % 11)


def rate(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}"


def hms_truth(fn, sh, r, h, m, keep=("outpatient_visits", "discharges", "surgeries", "referrals_out")):
    s = stats(h, m)
    row("hospital_monthly_stats", fn, sh, r, dict(year=YEAR, month=m, **{k: s[k] for k in keep}),
        {"recipient_hospital_id": h}, ["month"])


CIS = {  # county: {year: (resident_admissions, of which outside the county)}
    "槐川县": {2020: (35210, 7102), 2021: (36044, 6890), 2022: (36981, 6655), 2023: (38120, 6317), 2024: (39455, 6002)},
    "苇塘县": {2020: (28330, 5611), 2021: (28907, 5530), 2022: (29415, 5302), 2023: (30122, 5088), 2024: (31006, 4791)},
    "鹤屿县": {2020: (19844, 4410), 2021: (20317, 4306), 2022: (20963, 4102), 2023: (21470, 3985), 2024: (22088, 3730)},
    "松岙县": {2020: (15402, 3902), 2021: (15877, 3761), 2022: (16230, 3598), 2023: (16795, 3402), 2024: (17321, 3188)},
}


def cis_truth(fn, sh, r, county, year):
    tot, out = CIS[county][year]
    row("county_inpatient_stats", fn, sh, r, dict(county_code=COUNTY[county][0], year=year, resident_admissions=tot,
                                                  resident_admissions_outside_county=out), {}, ["county_code", "year"])


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 支援医院 first, 级别 and 等次 in two columns, 区划代码 of the recipient's county, 支援期限 blank (→ the
    title's 2024—2026年), a 注 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁州省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "区划代码", "协议签订日期",
               "支援期限"])
    for i, (r, (level, grade, cat, county, s)) in enumerate(RECIP.items(), 1):
        ws.append([i, s, r, level, grade, cat, county, COUNTY[county][0], dt.date(2023, 12, 15), None])
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": d(2023, 12, 15), "start_date_source": "title_period"})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "county_code": COUNTY[county][0]})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for s in (P1, PTCM, QW, YT):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- hospital_monthly_stats
def f_qw_monthly_sheets_xlsx(path: Path):
    """栖梧市卫健委 统计科: one sheet per month (1月, 2月, 3月), hospitals as rows grouped by county with the county
    written once (merged down its group); a county subtotal after each group, spelled "槐川县小计" / "槐川县合计" /
    county cell + "小计"; a blank separator row; 合计 / 总计 rows; on 3月 a "其中：中医医院" row under the 总计 (a
    subset total, not a hospital); 外转率(%) column; counts as numbers, "1,234" and "1 234" text; 填报说明 lines and a
    填报人/审核人 footer."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    keys = ("outpatient_visits", "discharges", "surgeries", "referrals_out")
    for m, sub_style, tot_label, num_style in ((1, "{c}小计", "合计", "int"), (2, "{c}合计", "总计", "comma"),
                                               (3, "小计", "总计", "space")):
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"栖梧市受援医院{YEAR}年{m}月业务量统计表（{SYN}）"])
        ws.merge_cells("A1:H1")
        ws.append(["填报单位：栖梧市卫生健康委员会统计科", None, None, None, None, None, "单位：人次、台次"])
        ws.append(["县（市、区）", "受援医院", "门急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)", "备注"])
        grand = dict.fromkeys(keys, 0)
        tcm = dict.fromkeys(keys, 0)
        for ci, county in enumerate(("槐川县", "苇塘县")):
            first = ws.max_row + 1
            sub = dict.fromkeys(keys, 0)
            for j, h in enumerate(BY_COUNTY[county]):
                s = stats(h, m)
                style = num_style if (j + m) % 2 == 0 else "int"
                ws.append([county if j == 0 else None, h, *(fmt(s[k], style) for k in keys),
                           rate(s["referrals_out"], s["discharges"]), None])
                hms_truth(fn, sh, ws.max_row, h, m)
                for k in keys:
                    sub[k] += s[k]
                    grand[k] += s[k]
                    if RECIP[h][2] == "中医医院":
                        tcm[k] += s[k]
            if sub_style == "小计":     # county cell merged over the group and its 小计 row
                ws.append([None, "小计", *(fmt(sub[k], num_style) for k in keys),
                           rate(sub["referrals_out"], sub["discharges"]), None])
                ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
            else:
                ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
                ws.append([sub_style.format(c=county), None, *(fmt(sub[k], num_style) for k in keys),
                           rate(sub["referrals_out"], sub["discharges"]), None])
            if ci == 0:
                ws.append([None])            # blank separator row between the counties
        ws.append([tot_label, None, *(fmt(grand[k], num_style) for k in keys),
                   rate(grand["referrals_out"], grand["discharges"]), None])
        if m == 3:
            ws.append(["其中：中医医院", None, *(tcm[k] for k in keys), rate(tcm["referrals_out"], tcm["discharges"]),
                       None])
        ws.append([None])
        ws.append(["填报说明：1. 外转率(%)＝外转人次÷出院人数×100；2. 小计、合计行为各县及全市汇总，请勿重复统计。"])
        ws.append(["填报人：范小禾", None, None, "审核人：郁青崖", None, None, f"填报日期：{YEAR}年{m + 1}月8日"])
    wb.save(path)


def f_yt_hospital_sheets_xls(path: Path):
    """沅汀市卫健局 (.xls, xlwt): one sheet per hospital (sheet named by the hospital), months as rows; a
    "其中：急诊人次" column right of 门急诊人次 (a sub-item: not the outpatient count, no field of its own); counts
    as numbers and as "1 234" text; an 一季度合计 row; 外转率(%); 审核人 footer; a last sheet 汇总 with the
    quarter per hospital (no month: not a monthly row) and county subtotals."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    keys = ("outpatient_visits", "emergency", "discharges", "surgeries", "referrals_out")
    hs = BY_COUNTY["鹤屿县"] + BY_COUNTY["松岙县"]
    for hi, h in enumerate(hs):
        ws = wb.add_sheet(h)
        ws.write(0, 0, f"{h}{YEAR}年1-3月业务量统计（{SYN}）")
        hdr = ["月份", "门急诊人次", "其中：急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)"]
        for j, x in enumerate(hdr):
            ws.write(1, j, x)
        tot = dict.fromkeys(keys, 0)
        for i, m in enumerate((1, 2, 3)):
            s = stats(h, m)
            style = "space" if (hi + i) % 2 == 0 else "int"
            vals = [f"{m}月", *(fmt(s[k], style) for k in keys), rate(s["referrals_out"], s["discharges"])]
            for j, v in enumerate(vals):
                ws.write(2 + i, j, v)
            hms_truth(fn, h, 3 + i, h, m)
            for k in keys:
                tot[k] += s[k]
        for j, v in enumerate(["一季度合计", *(tot[k] for k in keys), rate(tot["referrals_out"], tot["discharges"])]):
            ws.write(5, j, v)
        ws.write(7, 0, "审核人：邝知秋")
        ws.write(7, 3, "填报人：统计室")
    ws = wb.add_sheet("汇总")
    ws.write(0, 0, f"沅汀市受援医院{YEAR}年一季度业务量汇总（{SYN}）")
    for j, x in enumerate(["县（市、区）", "受援医院", "门急诊人次", "出院人数", "手术台次", "外转人次"]):
        ws.write(1, j, x)
    r = 2
    for county in ("鹤屿县", "松岙县"):
        sub = [0, 0, 0, 0]
        for h in BY_COUNTY[county]:
            q = [sum(stats(h, m)[k] for m in (1, 2, 3))
                 for k in ("outpatient_visits", "discharges", "surgeries", "referrals_out")]
            for j, v in enumerate([county, h, *q]):
                ws.write(r, j, v)
            sub = [a + b for a, b in zip(sub, q)]
            r += 1
        for j, v in enumerate([f"{county}小计", None, *sub]):
            if v is not None:
                ws.write(r, j, v)
        r += 1
    wb.save(str(path))


def f_wt_indicator_rows_xlsx(path: Path):
    """苇塘县卫健局: indicators down the rows, months as columns (受援单位 | 指标 | 4月 | 5月 | 6月 | 二季度合计), a block
    per hospital (name merged down the block) with "其中：急诊人次" under 门急诊人次 (no field), "其中：县域外转诊"
    under 出院人数 (the hospital's outward referrals → referrals_out) and a 外转率(%) row (worked out, not stored);
    blank separator rows; a "苇塘县合计" block; 填报说明; 审核人 footer; "1,234" text in some cells."""
    fn, sh = path.name, "二季度"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇塘县受援医院{YEAR}年第二季度主要业务指标（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["受援单位", "指标", "4月", "5月", "6月", "二季度合计"])
    months = (4, 5, 6)
    lines = [("门急诊人次", "outpatient_visits"), ("其中：急诊人次", "emergency"), ("出院人数", "discharges"),
             ("其中：县域外转诊", "referrals_out"), ("手术台次", "surgeries")]
    county_tot = {k: dict.fromkeys(months, 0) for _, k in lines}
    for bi, h in enumerate(BY_COUNTY["苇塘县"]):
        first = ws.max_row + 1
        for li, (label, k) in enumerate(lines):
            vals = [stats(h, m)[k] for m in months]
            for m, v in zip(months, vals):
                county_tot[k][m] += v
            shown = [fmt(v, "comma") if (bi + li) % 3 == 0 else v for v in vals]
            ws.append([h if li == 0 else None, label, *shown, fmt(sum(vals), "comma")])
        ws.append([None, "外转率(%)", *(rate(stats(h, m)["referrals_out"], stats(h, m)["discharges"]) for m in months),
                   None])
        ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
        for m in months:
            hms_truth(fn, sh, list(range(first, ws.max_row + 1)), h, m)
        ws.append([None])
    first = ws.max_row + 1
    for li, (label, k) in enumerate(lines):
        ws.append(["苇塘县合计" if li == 0 else None, label, *(county_tot[k][m] for m in months),
                   sum(county_tot[k].values())])
    ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
    ws.append([None])
    ws.append(["填报说明：县域外转诊指转往本县以外医疗机构的病人数；外转率(%)＝县域外转诊÷出院人数×100。"])
    ws.append(["填报人：姚一帆", None, "审核人：戚南星", None, f"{YEAR}年7月10日"])
    wb.save(path)


def gbk_csv(path: Path, rows, width: int):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow([("" if v is None else v) for v in r] + [""] * (width - len(r)))
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_hc_months_csv(path: Path):
    """槐川县人民医院 (CSV, GBK, CRLF): one hospital, months as rows; a "其中：急诊人次" column; counts quoted as
    "1,234"; a 二季度合计 row; 填报说明 and 填报人/审核人 lines."""
    fn = path.name
    rows = [[f"{HC}{YEAR}年4-6月业务量统计表（{SYN}）"],
            ["填报单位：槐川县人民医院统计室"],
            ["月份", "门急诊人次", "其中：急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)"]]
    keys = ("outpatient_visits", "emergency", "discharges", "surgeries", "referrals_out")
    tot = dict.fromkeys(keys, 0)
    for m in (4, 5, 6):
        s = stats(HC, m)
        rows.append([f"{YEAR}年{m}月", *(fmt(s[k], "comma") for k in keys), rate(s["referrals_out"], s["discharges"])])
        hms_truth(fn, None, len(rows), HC, m)
        for k in keys:
            tot[k] += s[k]
    rows.append(["二季度合计", *(fmt(tot[k], "comma") for k in keys), rate(tot["referrals_out"], tot["discharges"])])
    rows.append([None])
    rows.append(["填报说明：外转人次含转往上级医院及县域外医疗机构的全部病人。"])
    rows.append(["填报人：韩小满", "", "审核人：池映雪"])
    gbk_csv(path, rows, 7)


def f_yt_april_hospitals_csv(path: Path):
    """沅汀市卫健局 2024年4月 (CSV, GBK): hospitals as rows, the county in its own column on every row, "鹤屿县小计" /
    "松岙县小计" rows with the county column blank, a blank line, "合计", a "其中：县域外转诊" column (sub-item of
    出院人数 → referrals_out), "外转率(%)"; counts as "1 234" text; 审核人 footer."""
    fn = path.name
    m = 4
    rows = [[f"沅汀市受援医院{YEAR}年4月业务量统计（{SYN}）"],
            ["县（市、区）", "受援医院", "门急诊人次", "出院人数", "其中：县域外转诊", "手术台次", "外转率(%)"]]
    keys = ("outpatient_visits", "discharges", "referrals_out", "surgeries")
    grand = dict.fromkeys(keys, 0)
    for county in ("鹤屿县", "松岙县"):
        sub = dict.fromkeys(keys, 0)
        for j, h in enumerate(BY_COUNTY[county]):
            s = stats(h, m)
            rows.append([county, h, *(fmt(s[k], "space" if j == 0 else "int") for k in keys),
                         rate(s["referrals_out"], s["discharges"])])
            hms_truth(fn, None, len(rows), h, m)
            for k in keys:
                sub[k] += s[k]
                grand[k] += s[k]
        rows.append(["", f"{county}小计", *(sub[k] for k in keys), rate(sub["referrals_out"], sub["discharges"])])
    rows.append([None])
    rows.append(["合计", "", *(fmt(grand[k], "space") for k in keys), rate(grand["referrals_out"], grand["discharges"])])
    rows.append(["审核人：邝知秋", "", "", "填报日期：2024年5月9日"])
    gbk_csv(path, rows, 7)


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


def f_hct_months_ods(path: Path):
    """槐川县中医医院 (.ods): months as rows "4月" … "6月" under a title with the year; counts as "1 234" text
    strings and numbers; a 上转接收人次 column absent, 下转接收人次 present; a 季度小计 row and a 外转率(%) row at the
    bottom (a percentage per month, not a month); 审核人 footer."""
    fn, sh = path.name, "4-6月"
    rows = [[f"{HCT}{YEAR}年第二季度业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    tot = [0] * 5
    for m in (4, 5, 6):
        s = stats(HCT, m)
        down = 4 + m
        vals = [s["outpatient_visits"], s["discharges"], s["surgeries"], s["referrals_out"], down]
        rows.append([f"{m}月", fmt(vals[0], "space"), vals[1], vals[2], vals[3], vals[4]])
        s = stats(HCT, m)
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=YEAR, month=m, outpatient_visits=s["outpatient_visits"], discharges=s["discharges"],
                 surgeries=s["surgeries"], referrals_out=s["referrals_out"], referrals_down_received=down),
            {"recipient_hospital_id": HCT}, ["month"])
        tot = [a + b for a, b in zip(tot, vals)]
    rows.append(["季度小计", fmt(tot[0], "space"), *tot[1:]])
    rows.append(["外转率(%)", None, None, None, rate(tot[3], tot[1]), None])
    rows.append([None])
    rows.append(["填报人：医务科", None, "审核人：卓清和"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- county_inpatient_stats
def f_cis_2024_xlsx(path: Path):
    """省卫健委: counties as rows, 市 merged down its counties, "栖梧市小计" / "沅汀市小计" rows, "全省合计", a
    "其中：县域外住院人次" column (→ resident_admissions_outside_county), "外转率(%)" column; counts "39,455" as text
    in one city; 填报说明; 审核人 footer."""
    fn, sh = path.name, f"{YEAR}年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁州省各县县域住院流向统计表（{YEAR}年）{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["市", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次", "外转率(%)"])
    g_tot = g_out = 0
    for city, counties, style in (("栖梧市", ("槐川县", "苇塘县"), "comma"), ("沅汀市", ("鹤屿县", "松岙县"), "int")):
        first = ws.max_row + 1
        s_tot = s_out = 0
        for c in counties:
            tot, out = CIS[c][YEAR]
            ws.append([city, c, COUNTY[c][0], fmt(tot, style), fmt(out, style), rate(out, tot)])
            ws.cell(ws.max_row, 3).number_format = "@"
            cis_truth(fn, sh, ws.max_row, c, YEAR)
            s_tot += tot
            s_out += out
        ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
        ws.append([None, f"{city}小计", None, fmt(s_tot, style), fmt(s_out, style), rate(s_out, s_tot)])
        g_tot += s_tot
        g_out += s_out
    ws.append(["全省合计", None, None, g_tot, g_out, rate(g_out, g_tot)])
    ws.append([None])
    ws.append(["填报说明：县域外住院人次为县域内常住居民在本县以外医疗机构的住院人次，是住院总人次的其中项。"])
    ws.append(["审核人：闻道远", None, None, "填报人：霍青禾", None, f"{YEAR + 1}年2月20日"])
    wb.save(path)


def f_cis_2023_xls(path: Path):
    """省卫健委 2023 (.xls): 序号 | 县区 | 区划代码 | 住院总人次 | 县域外住院人次 | 外转率(%); blank separator rows
    between the cities, 小计 rows with 序号 blank, an 总计 row, counts as "38 120" text; 制表/审核 footer."""
    fn, sh, y = path.name, "Sheet1", 2023
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{y}年县域住院流向（{SYN}）")
    for j, x in enumerate(["序号", "县区", "区划代码", "住院总人次", "县域外住院人次", "外转率(%)"]):
        ws.write(1, j, x)
    r, n = 2, 0
    g = [0, 0]
    for city, counties in (("栖梧市", ("槐川县", "苇塘县")), ("沅汀市", ("鹤屿县", "松岙县"))):
        sub = [0, 0]
        for c in counties:
            n += 1
            tot, out = CIS[c][y]
            for j, v in enumerate([n, c, COUNTY[c][0], fmt(tot, "space"), fmt(out, "space"), rate(out, tot)]):
                ws.write(r, j, v)
            cis_truth(fn, sh, r + 1, c, y)
            sub = [sub[0] + tot, sub[1] + out]
            r += 1
        for j, v in enumerate(["", f"{city}小计", "", fmt(sub[0], "space"), fmt(sub[1], "space"),
                               rate(sub[1], sub[0])]):
            ws.write(r, j, v)
        g = [g[0] + sub[0], g[1] + sub[1]]
        r += 2                   # a blank separator row
    for j, v in enumerate(["", "总计", "", g[0], g[1], rate(g[1], g[0])]):
        ws.write(r, j, v)
    ws.write(r + 2, 0, "制表：统计信息中心")
    ws.write(r + 2, 3, "审核：闻道远")
    wb.save(str(path))


def f_cis_2022_csv(path: Path):
    """栖梧市 2022 (CSV, GBK): counties as rows, "合计" then "其中：栖梧市" and "其中：沅汀市" (parts of the total, not
    counties), counts quoted "36,981"; a 填报说明 line; 审核人 footer."""
    fn, y = path.name, 2022
    rows = [[f"{y}年各县县域内住院情况（{SYN}）"],
            ["县（市、区）", "区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次", "外转率(%)"]]
    tot = {"栖梧市": [0, 0], "沅汀市": [0, 0]}
    for c in COUNTY:
        a, b = CIS[c][y]
        rows.append([c, COUNTY[c][0], fmt(a, "comma"), fmt(b, "comma"), rate(b, a)])
        cis_truth(fn, None, len(rows), c, y)
        tot[COUNTY[c][1]][0] += a
        tot[COUNTY[c][1]][1] += b
    ga, gb = tot["栖梧市"][0] + tot["沅汀市"][0], tot["栖梧市"][1] + tot["沅汀市"][1]
    rows.append(["合计", "", fmt(ga, "comma"), fmt(gb, "comma"), rate(gb, ga)])
    for city in ("栖梧市", "沅汀市"):
        a, b = tot[city]
        rows.append([f"其中：{city}", "", fmt(a, "comma"), fmt(b, "comma"), rate(b, a)])
    rows.append(["填报说明：住院总人次含县域外住院人次。"])
    rows.append(["审核人：闻道远", "", "填报人：霍青禾"])
    gbk_csv(path, rows, 5)


def f_cis_blocks_ods(path: Path):
    """沅汀市 (.ods): years as columns (2020年 | 2021年), the measures down the rows, a block per county (county and
    code on the block's first line), a "外转率(%)" row in each block, a blank line between the blocks, a
    "沅汀市合计" block at the end; 审核人 footer."""
    fn, sh = path.name, "县域住院"
    rows = [[f"沅汀市各县住院流向（2020—2021年）{SYN}"],
            ["县（市、区）", "区划代码", "指标", "2020年", "2021年"]]
    years = (2020, 2021)
    g = {y: [0, 0] for y in years}
    for c in ("鹤屿县", "松岙县"):
        first = len(rows) + 1
        rows.append([c, COUNTY[c][0], "县域内常住居民住院总人次", *(CIS[c][y][0] for y in years)])
        rows.append([None, None, "其中：县域外住院人次", *(CIS[c][y][1] for y in years)])
        rows.append([None, None, "外转率(%)", *(rate(CIS[c][y][1], CIS[c][y][0]) for y in years)])
        for y in years:
            cis_truth(fn, sh, [first, first + 1, first + 2], c, y)
            g[y] = [g[y][0] + CIS[c][y][0], g[y][1] + CIS[c][y][1]]
        rows.append([None])
    rows.append(["沅汀市合计", None, "县域内常住居民住院总人次", *(g[y][0] for y in years)])
    rows.append([None, None, "其中：县域外住院人次", *(g[y][1] for y in years)])
    rows.append([None])
    rows.append(["审核人：邝知秋", None, "填报日期：2022年3月1日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- other forms
def f_p1_roster_xlsx(path: Path):
    """霁州省人民医院 派驻人员: 科室 per row, one ID number with a wrong check digit, 小计 row per recipient, 合计 row,
    填表人/审核人 footer."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁州省人民医院{YEAR}年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间"])
    wrong = ID["zhang"][:17] + ("0" if ID["zhang"][17] != "0" else "1")
    people = [(HC, [("lin", "林溪客", None, "心血管内科", "主任医师", "正高级", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
                    ("zhang", "章若谷", wrong, "骨科", "主治医师", "中级", dt.date(2024, 3, 1), dt.date(2024, 8, 31))]),
              (HY, [("yu", "俞晚晴", None, "重症医学科", "副主任医师", "副高级", dt.date(2024, 4, 1), dt.date(2024, 9, 30))])]
    n = 0
    for rec, ppl in people:
        for key, name, sp, dept, title, rank, s, e in ppl:
            n += 1
            ws.append([n, name, use_id(key, sp), dept, title, rec, s, e])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            for c in (7, 8):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
            row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category="医疗",
                                                start_date=s.isoformat(), end_date=e.isoformat()),
                {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"],
                id_number=sp or ID[key])
            if sp:
                finding(fn, r, "ID_CHECK_DIGIT")
        ws.append([None, "小计", None, None, None, rec, f"{len(ppl)}人"])
    ws.append(["合计", None, None, None, None, None, f"{n}人"])
    ws.append([None])
    ws.append(["填表人：医务部 蒲晓岚", None, None, "审核人：戈远志"])
    wb.save(path)


def f_wt_trainees_csv(path: Path):
    """苇塘县人民医院 进修人员 (CSV, GBK): a 15-digit ID number, fees "3,000" (thousands separator), 合计 row,
    审核人 footer."""
    fn = path.name
    j = ID["guan"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    rows = [[f"{WT}{YEAR}年赴霁州省人民医院进修人员登记（{SYN}）"],
            ["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"]]
    for key, name, sp, dept, s, e, fee, done, feev, donev in (
            ("bu", "卜青禾", None, "消化内科", "2024-03-04", "2024-08-30", "3,000", "是", 3000.0, True),
            ("guan", "管一苇", fifteen, "麻醉科", "2024-09-02", "2025-02-28", "4,500", "否", 4500.0, False)):
        rows.append([name, use_id(key, sp), dept, P1, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": WT, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
        if sp:
            finding(fn, len(rows), "ID_15_DIGIT")
    rows.append(["合计", "", "", "", "", "", "7,500", ""])
    rows.append(["审核人：戚南星", "", "", "填报日期：2025年1月5日"])
    gbk_csv(path, rows, 8)


def f_hy_techniques_ods(path: Path):
    """鹤屿县人民医院 新技术 (.ods): 例数 "1,206" (thousands separator) and "约20例" (→ empty + finding); a
    "合计：2项" row; 审核人 footer."""
    fn, sh = path.name, "新技术"
    rows = [[f"{HY}{YEAR}年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate((
            ("床旁连续性肾脏替代治疗", "重症医学科", "2024-05-06", "约20例", "是", d(2024, 5, 6), None, True),
            ("动态血压远程监测", "心血管内科", "2024-06-18", "1,206", "否", d(2024, 6, 18), 1206, False)), 1):
        rows.append([i, name, dept, when, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": HY, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["合计：2项"])
    rows.append(["填报人：医务科", None, None, "审核人：邝知秋"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省卫健委", "栖梧市", "沅汀市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁州省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_qw_monthly_sheets_xlsx, "栖梧市", "SYNTHETIC_栖梧市受援医院月度业务量统计（2024年1-3月）.xlsx"),
             (f_wt_indicator_rows_xlsx, "栖梧市", "SYNTHETIC_苇塘县受援医院业务指标2024年第二季度.xlsx"),
             (f_hc_months_csv, "栖梧市", "SYNTHETIC_槐川县人民医院业务量2024年4-6月.csv"),
             (f_hct_months_ods, "栖梧市", "SYNTHETIC_槐川县中医医院业务量2024年二季度.ods"),
             (f_yt_hospital_sheets_xls, "沅汀市", "SYNTHETIC_沅汀市受援医院业务量2024年1-3月.xls"),
             (f_yt_april_hospitals_csv, "沅汀市", "SYNTHETIC_沅汀市受援医院业务量2024年4月.csv"),
             (f_cis_blocks_ods, "沅汀市", "SYNTHETIC_沅汀市县域住院流向2020-2021.ods"),
             (f_cis_2024_xlsx, "省卫健委", "SYNTHETIC_霁州省县域住院流向统计2024年.xlsx"),
             (f_cis_2023_xls, "省卫健委", "SYNTHETIC_县域住院流向2023年.xls"),
             (f_cis_2022_csv, "省卫健委", "SYNTHETIC_各县县域内住院情况2022年.csv"),
             (f_p1_roster_xlsx, "省卫健委", "SYNTHETIC_霁州省人民医院派驻人员名册2024.xlsx"),
             (f_wt_trainees_csv, "栖梧市", "SYNTHETIC_苇塘县人民医院进修人员2024.csv"),
             (f_hy_techniques_ods, "沅汀市", "SYNTHETIC_鹤屿县人民医院新技术2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
