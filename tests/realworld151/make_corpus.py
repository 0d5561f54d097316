"""realworld151 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅屿省) for 2024, centred on monthly
statistics as recipients really send them over a year: a workbook per quarter with a sheet per month, a month's sheet
copied and not updated, a 1—6月累计 sheet beside the months, a month sent again as a 更正, a sheet named 10月 whose
title still says 9月, rates beside counts, 数据未审核 / 预估 remarks, blank months, a month written 二〇二四年三月, figures
in 万人次 — beside an ordinary pairing list and a few ordinary forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省市直,青梣县,澹溪县,苕岭县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, C1 = "琅屿省人民医院", "琅屿省中医院", "岫澜市第一人民医院"
QC, QCTCM, DX, DXMCH = "青梣县人民医院", "青梣县中医医院", "澹溪县人民医院", "澹溪县妇幼保健院"
TL, BM = "苕岭县人民医院", "苕岭县白杪镇中心卫生院"
QCMCH = "青梣县妇幼保健院"          # sends a report but is in no pairing list
# recipient: (等级 as written, level, grade, category as written, category, county)
RECIP = {QC: ("二级甲等", "二级", "甲等", "综合", "综合医院", "青梣县"),
         QCTCM: ("二级乙等", "二级", "乙等", "中医", "中医医院", "青梣县"),
         DX: ("二级甲等", "二级", "甲等", "综合", "综合医院", "澹溪县"),
         DXMCH: ("二级", "二级", None, "妇幼保健院", "妇幼保健院", "澹溪县"),
         TL: ("二级乙等", "二级", "乙等", "综合", "综合医院", "苕岭县"),
         BM: ("一级甲等", "一级", "甲等", "乡镇卫生院", "乡镇卫生院", "苕岭县")}

ID = {k: idn(*v) for k, v in {
    "zhou": ("991101", "19710304", "013"), "wen": ("991101", "19860922", "026"),
    "song": ("991102", "19790611", "031"), "lin": ("991201", "19900117", "044"),
    "su": ("991201", "19920808", "052"), "gu": ("991202", "19881230", "067"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int) or places is None:
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def monthly(m, opv, dis, surg, ref, down=None, with_down=False):
    f = dict(year=2024, month=m, outpatient_visits=opv, discharges=dis, surgeries=surg, referrals_out=ref)
    if with_down:
        f["referrals_down_received"] = down
    return f


def fix_zip(path: Path):
    """Deterministic bytes: every zip entry dated 2025-01-06 and the document's own dates (docProps/core.xml,
    meta.xml) set to that day, so that two runs of the generator write identical files."""
    stamp = "2025-01-06T09:00:00"
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", stamp.encode(), data)
            new = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            new.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            z.writestr(new, data)


def save_xlsx(wb, path: Path):
    wb.save(path)
    fix_zip(path)


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
    fix_zip(path)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限 | 备注; the period in the title
    (2024—2026年); one pairing with its own 支援期限."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对口支援关系"
    ws.append(["附件1"])
    ws.append([f"琅屿省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A2:I2")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限", "备注"])
    pairs = [(QC, P1, dt.date(2023, 12, 12), None),
             (QCTCM, PTCM, dt.date(2023, 12, 12), None),
             (DX, P1, dt.date(2024, 1, 8), "2024年3月1日至2027年2月28日"),
             (DXMCH, C1, dt.date(2023, 12, 20), None),
             (TL, C1, dt.date(2023, 12, 20), None),
             (BM, TL, dt.date(2024, 2, 1), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        grade_w, _lv, _gr, cat_w, _cat, county = RECIP[r]
        ws.append([i, r, grade_w, cat_w, county, s, ag, per, "县乡一体化" if r == BM else None])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    save_xlsx(wb, path)
    for r, (_gw, level, grade, _cw, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 青梣县人民医院
def qc(m):
    """青梣县人民医院's real figures for month m (May's real figures never reached the province)."""
    return 18000 + 350 * m + (m % 3) * 120, 1450 + 21 * m, 310 + 7 * m, 52 - m


def month_sheet(ws, title, sent, figs, remark=None, note=None):
    """The hospital's one-row monthly template: title, 填报单位 line, header, the hospital's row, 填表人 line."""
    opv, dis, surg, ref = figs
    ws.append([f"{title}（{SYN}）"])
    ws.append([f"填报单位：{QC}", None, None, None, f"报送日期：{sent}"])
    ws.append(["单位名称", "门急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)", "床位使用率(%)", "备注"])
    ws.append([QC, opv, dis, surg, ref, round(ref / dis * 100, 2), 86.0 + (opv % 7), remark])
    if note:
        ws.append([note])
    ws.append(["填表人：统计室", None, None, "审核人：", None, "负责人："])


def f_qc_q1(path: Path):
    """Q1: a sheet per month; its 3月 is corrected later by a file of its own (更正), so this 3月 is not stored."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m, sent in ((1, "2024年2月5日"), (2, "2024年3月5日"), (3, "2024年4月5日")):
        ws = wb.create_sheet(f"{m}月")
        month_sheet(ws, f"青梣县人民医院2024年{m}月份业务统计月报", sent, qc(m))
        if m != 3:
            row("hospital_monthly_stats", fn, f"{m}月", 4, monthly(m, *qc(m)), {"recipient_hospital_id": QC},
                ["month"])
    save_xlsx(wb, path)


def f_qc_q2(path: Path):
    """Q2: 4月; 5月 a copy of 4月 with the title updated and every figure left as April's (held); 6月; and a
    1—6月累计 sheet of running totals (never a month)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = ((4, "2024年5月6日", qc(4)), (5, "2024年6月4日", qc(4)), (6, "2024年7月4日", qc(6)))
    for m, sent, figs in sheets:
        ws = wb.create_sheet(f"{m}月")
        month_sheet(ws, f"青梣县人民医院2024年{m}月份业务统计月报", sent, figs)
        if m == 5:
            hold(fn, "5月", 4, "copied_month",
                 "5月 sheet is a copy of 4月: every figure (and both rates) identical to April's; May's real "
                 "figures are unknown")
        else:
            row("hospital_monthly_stats", fn, f"{m}月", 4, monthly(m, *figs), {"recipient_hospital_id": QC},
                ["month"])
    # the running totals as the clerk's workbook sums them (its own sheets, the original March)
    cum = [sum(x) for x in zip(qc(1), qc(2), qc(3), qc(4), qc(4), qc(6))]
    ws = wb.create_sheet("1—6月累计")
    ws.append([f"青梣县人民医院2024年1—6月累计业务统计（{SYN}）"])
    ws.append([f"填报单位：{QC}", None, None, None, "报送日期：2024年7月4日"])
    ws.append(["单位名称", "门急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)", "床位使用率(%)", "备注"])
    ws.append([QC, *cum, round(cum[3] / cum[1] * 100, 2), 88.3, "1—6月累计"])
    ws.append(["填表人：统计室", None, None, "审核人：", None, "负责人："])
    save_xlsx(wb, path)


def f_qc_q3(path: Path):
    """Q3: 7月, 8月 (a note under the row: 本月数据未经审核 — the figures are the report), 9月."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m, sent in ((7, "2024年8月5日"), (8, "2024年9月5日"), (9, "2024年10月8日")):
        ws = wb.create_sheet(f"{m}月")
        month_sheet(ws, f"青梣县人民医院2024年{m}月份业务统计月报", sent, qc(m),
                    note="注：本月数据未经审核，仅供参考。" if m == 8 else None)
        row("hospital_monthly_stats", fn, f"{m}月", 4, monthly(m, *qc(m)), {"recipient_hospital_id": QC}, ["month"])
    save_xlsx(wb, path)


def f_qc_q4_xls(path: Path):
    """Q4 saved as .xls: the sheet 10月 still has September's title (2024年9月份) with October's figures and a
    November 报送日期; 12月 with 备注 预估数 (the figures the hospital reports, round numbers)."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    dec = (22000, 1700, 390, 40)
    for m, title_m, sent, figs, remark in ((10, 9, "2024年11月5日", qc(10), None),
                                           (11, 11, "2024年12月5日", qc(11), None),
                                           (12, 12, "2025年1月3日", dec, "预估数，待年报核实")):
        ws = wb.add_sheet(f"{m}月")
        opv, dis, surg, ref = figs
        lines = [[f"青梣县人民医院2024年{title_m}月份业务统计月报（{SYN}）"],
                 [f"填报单位：{QC}", None, None, None, f"报送日期：{sent}"],
                 ["单位名称", "门急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)", "床位使用率(%)", "备注"],
                 [QC, opv, dis, surg, ref, round(ref / dis * 100, 2), 86.0 + (opv % 7), remark],
                 ["填表人：统计室", None, None, "审核人：", None, "负责人："]]
        for i, vals in enumerate(lines):
            for j, v in enumerate(vals):
                if v is not None:
                    ws.write(i, j, v)
        row("hospital_monthly_stats", fn, f"{m}月", 4, monthly(m, *figs), {"recipient_hospital_id": QC}, ["month"])
    wb.save(str(path))


def f_qc_march_correction(path: Path):
    """The March report again, marked 更正: 出院人数 and 外转人次 changed; this one is March."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3月"
    opv, _dis, surg, _ref = qc(3)
    figs = (opv, 1486, surg, 44)
    month_sheet(ws, "青梣县人民医院2024年3月份业务统计月报（更正）", "2024年4月22日", figs,
                remark="更正", note="说明：原报3月出院人数、外转人次统计有误，以本表为准。")
    row("hospital_monthly_stats", fn, "3月", 4, monthly(3, *figs), {"recipient_hospital_id": QC}, ["month"])
    save_xlsx(wb, path)


def f_qcmch_csv(path: Path):
    """青梣县妇幼保健院: in no pairing list — every month held for its hospital. UTF-8 without BOM."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"青梣县妇幼保健院2024年1-3月业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for i, m in enumerate((1, 2, 3)):
        w.writerow([f"2024年{m}月", 4100 + 90 * m, 260 + 5 * m, 70 + m, 9 - m])
        hold(fn, None, 3 + i, "unresolved_hospital", f"{QCMCH} is in no pairing list")
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_qc_trainees_csv(path: Path):
    """Ordinary: 青梣县人民医院's trainees, UTF-8 with BOM; one row without its start (held)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青梣县人民医院2024年外出进修人员名单（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("lin", "林栖梧", "心血管内科", "2024-03-01", "2024-08-31", "0", "是", True),
              ("su", "苏映雪", "重症医学科", "2024-09-02", "2025-02-28", "0", "否", False),
              ("gu", "顾临川", "麻醉科", "", "2024-12-31", "0", "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people):
        w.writerow([name, ID[key], dept, P1, s, e, fee, done])
        r = 3 + i
        if s:
            row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                               completed=donev),
                {"recipient_hospital_id": QC, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
        else:
            hold(fn, None, r, "missing_required", "开始日期 blank: a trainee's start is required")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 澹溪县
def f_dx_year_xls(path: Path):
    """澹溪县人民医院: months as rows for the year, 门急诊量 in 万人次, 外转率 as text "2.1%", 11月 and 12月 blank
    (not yet reported), a 合计 row."""
    fn, sh = path.name, "2024年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澹溪县人民医院2024年1—12月主要业务量统计表（{SYN}）")
    hdr = ["月份", "门急诊量（万人次）", "出院人数", "手术台次", "外转人次", "外转率", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    tot = [0.0, 0, 0, 0]
    for m in range(1, 13):
        r = m + 1
        ws.write(r, 0, f"{m}月")
        if m <= 10:
            wan = round(2.10 + 0.07 * m, 2)
            dis, surg, ref = 980 + 12 * m, 150 + 3 * m, 40 - m
            for j, v in enumerate([wan, dis, surg, ref, f"{ref / dis * 100:.1f}%"], 1):
                ws.write(r, j, v)
            tot = [tot[0] + wan, tot[1] + dis, tot[2] + surg, tot[3] + ref]
            row("hospital_monthly_stats", fn, sh, r + 1, monthly(m, round(wan * 10000), dis, surg, ref),
                {"recipient_hospital_id": DX}, ["month"])
    ws.write(14, 0, "合计")
    for j, v in enumerate([round(tot[0], 2), *tot[1:]], 1):
        ws.write(14, j, v)
    ws.write(15, 0, "制表人：病案统计科")
    ws.write(15, 4, "填报日期：2024年11月12日")
    wb.save(str(path))


def f_dxmch_csv(path: Path):
    """澹溪县妇幼保健院: Q3 in GBK, CRLF, 下转接收人次, 床位使用率 "78.5%", 9月 备注 预估, a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澹溪县妇幼保健院2024年第三季度业务量月报（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次", "床位使用率", "备注"])
    tot = [0] * 5
    for i, m in enumerate((7, 8, 9)):
        v = [5200 + 80 * m, 310 + 4 * m, 95 + m, 12 - m // 3, 2 + m % 3]
        w.writerow([f"{m}月", *v, f"{70 + m * 1.5:.1f}%", "预估" if m == 9 else ""])
        tot = [a + b for a, b in zip(tot, v)]
        row("hospital_monthly_stats", fn, None, 3 + i, monthly(m, *v[:4], down=v[4], with_down=True),
            {"recipient_hospital_id": DXMCH}, ["month"])
    w.writerow(["合计", *tot, "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_dx_techniques(path: Path):
    """Ordinary: 澹溪县人民医院's new techniques; 开展例数 "约15例" (→ empty, finding)."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澹溪县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2024, 4, 16), 23, "是", 23, True),
             ("无痛胃肠镜检查", "消化内科", dt.date(2024, 5, 8), "约15例", "否", None, False),
             ("腹腔镜疝修补术", "普外科", dt.date(2024, 7, 2), 9, "是", 9, True)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": DX, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.append(["填报人：医务科", None, None, "审核：", None, "2025年1月8日"])
    save_xlsx(wb, path)


# ------------------------------------------------------------------------------------------- 苕岭县
def f_tl_half_year_ods(path: Path):
    """苕岭县人民医院 (.ods): indicators down the rows, months as columns 1月 … 6月 and a 1—6月累计 column; 6月
    blank (not yet compiled); 3月 手术台次 "—"; rate rows 外转率(%) and 床位使用率(%)."""
    fn, sh = path.name, "上半年"

    def tl(m):
        return 12000 + 260 * m, 820 + 15 * m, (None if m == 3 else 180 + 4 * m), 35 - m

    figs = {m: tl(m) for m in range(1, 6)}
    names = ["门急诊人次", "出院人数", "手术台次", "外转人次"]
    rows = [[f"苕岭县人民医院2024年1—6月主要业务指标（{SYN}）"],
            ["指标", "1月", "2月", "3月", "4月", "5月", "6月", "1—6月累计"]]
    for k, name in enumerate(names):
        vals = [figs[m][k] for m in range(1, 6)]
        rows.append([name, *["—" if v is None else v for v in vals], None,
                     sum(v for v in vals if v is not None)])
    rows.append(["外转率(%)", *[round(figs[m][3] / figs[m][1] * 100, 2) for m in range(1, 6)], None, None])
    rows.append(["床位使用率(%)", *[80.5 + m for m in range(1, 6)], None, None])
    rows.append(["注：6月数据尚未统计完成。"])
    for m in range(1, 6):
        row("hospital_monthly_stats", fn, sh, None, monthly(m, *figs[m]), {"recipient_hospital_id": TL}, ["month"])
    ods_doc(path, {sh: rows})


def f_bm_march(path: Path):
    """白杪镇中心卫生院: one month, the period written 二〇二四年三月 in the title; 项目 | 本月 | 本年累计; 手术台次 0
    (a written zero is a report); 转出人次, 下转接收人次; a rate row."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苕岭县白杪镇中心卫生院二〇二四年三月业务工作统计表（{SYN}）"])
    ws.append(["填报单位：白杪镇中心卫生院", None, "填报日期：2024年4月5日"])
    ws.append(["项目", "本月", "本年累计", "备注"])
    for name, now, cum, remark in (("门急诊人次", 3120, 8870, None), ("出院人数", 86, 240, None),
                                   ("手术台次", 0, 0, None), ("转出人次", 24, 70, "转县级医院"),
                                   ("下转接收人次", 9, 22, "县医院下转"), ("外转率(%)", 27.91, 29.17, None)):
        ws.append([name, now, cum, remark])
    ws.append(["负责人：", None, "填表人："])
    row("hospital_monthly_stats", fn, sh, None, monthly(3, 3120, 86, 0, 24, down=9, with_down=True),
        {"recipient_hospital_id": BM}, ["month"])
    save_xlsx(wb, path)


# ------------------------------------------------------------------------------------------- 省市直
def f_p1_roster(path: Path):
    """Ordinary: 琅屿省人民医院's roster; one person without an ID number (NAME_ONLY)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅屿省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间",
               "在受援医院任职", "备注"])
    people = [("zhou", "周怀瑾", "男", "心血管内科", "主任医师", QC, (2024, 3, 1), (2024, 8, 31), "业务副院长",
               "正高级", "医疗", "副院长"),
              ("wen", "温言蹊", "女", "护理部", "主管护师", QC, (2024, 3, 1), (2024, 8, 31), None, "中级", "护理", None),
              ("song", "宋时安", "男", "普外科", "副主任医师", DX, (2024, 3, 4), (2024, 9, 3), "科主任", "副高级", "医疗",
               "科主任"),
              (None, "许听澜", "女", "医学影像科", "主治医师", DX, (2024, 9, 2), (2025, 3, 1), None, "中级", "医疗", None)]
    for i, (key, name, sex, dept, title, rec, s, e, post, rank, cat, postv) in enumerate(people, 1):
        ws.append([i, name, sex, ID[key] if key else None, dept, title, rec, dt.date(*s), dt.date(*e), post,
                   "身份证号待补" if key is None else None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                            position_at_recipient=postv, start_date=d(*s), end_date=d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["制表：医务部", None, None, None, None, "2024年9月10日"])
    save_xlsx(wb, path)


def f_c1_activities(path: Path):
    """Ordinary: 岫澜市第一人民医院's activities at its two recipients."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫澜市第一人民医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.append([f"填报单位：{C1}"])
    ws.append(["序号", "活动日期", "受援单位", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 15), DXMCH, "学术讲座", "妊娠期糖尿病规范化管理", 42),
            (dt.date(2024, 5, 22), DXMCH, "教学查房", "产科危重症查房", 18),
            (dt.date(2024, 4, 10), TL, "手术示教", "腹腔镜胆囊切除术", 12),
            (dt.date(2024, 6, 18), TL, "义诊", "慢性病义诊", 150)]
    for i, (day, rec, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, rec, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy年m月d日"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                    participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": C1}, ["activity_date"])
    save_xlsx(wb, path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省市直", "青梣县", "澹溪县", "苕岭县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅屿省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_qc_q1, "青梣县", "SYNTHETIC_青梣县人民医院2024年第一季度业务统计月报.xlsx"),
             (f_qc_q2, "青梣县", "SYNTHETIC_青梣县人民医院2024年第二季度业务统计月报.xlsx"),
             (f_qc_q3, "青梣县", "SYNTHETIC_青梣县人民医院2024年第三季度业务统计月报.xlsx"),
             (f_qc_q4_xls, "青梣县", "SYNTHETIC_青梣县人民医院2024年第四季度业务统计月报.xls"),
             (f_qc_march_correction, "青梣县", "SYNTHETIC_青梣县人民医院2024年3月业务统计月报（更正）.xlsx"),
             (f_qcmch_csv, "青梣县", "SYNTHETIC_青梣县妇幼保健院2024年1-3月业务量.csv"),
             (f_qc_trainees_csv, "青梣县", "SYNTHETIC_青梣县人民医院2024年外出进修人员.csv"),
             (f_dx_year_xls, "澹溪县", "SYNTHETIC_澹溪县人民医院2024年业务量统计.xls"),
             (f_dxmch_csv, "澹溪县", "SYNTHETIC_澹溪县妇幼保健院第三季度业务量.csv"),
             (f_dx_techniques, "澹溪县", "SYNTHETIC_澹溪县人民医院2024年新技术新项目.xlsx"),
             (f_tl_half_year_ods, "苕岭县", "SYNTHETIC_苕岭县人民医院2024年上半年业务指标.ods"),
             (f_bm_march, "苕岭县", "SYNTHETIC_白杪镇中心卫生院二〇二四年三月报表.xlsx"),
             (f_p1_roster, "省市直", "SYNTHETIC_琅屿省人民医院2024年派驻人员名册.xlsx"),
             (f_c1_activities, "省市直", "SYNTHETIC_岫澜市第一人民医院2024年帮扶活动登记表.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
