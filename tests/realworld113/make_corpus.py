"""realworld113 corpus generator — SYNTHETIC / 合成数据. A fictional province (琯澜省) for 2024, focused on the
recipients' monthly statistics as HIS systems and statistics offices export them: 门诊 and 急诊 in separate
columns, 出院人数 beside 出院人次, 手术 split by grade (三级手术 | 四级手术 | 合计), referral columns under their
variant names, a city summary with several hospitals' months as rows, a year with 本期 | 上年同期, a workbook with
one sheet per hospital, figures in 万人次, a month corrected in a later file and a month never reported. Around it:
the pairing list in reference/, a roster, an activity log and a technique list. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,蔺溪县,枫陂县,榆坪县,沅桥市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
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
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FIXED = dt.datetime(2025, 1, 10, 9, 0, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2 = "琯澜省人民医院", "沅桥市中心医院"
LX, LXTCM, FB, YP, YPMCH = "蔺溪县人民医院", "蔺溪县中医医院", "枫陂县人民医院", "榆坪县人民医院", "榆坪县妇幼保健院"
UNPAIRED = "枫陂县中医医院"
# name: (等级 as written, level, grade, category, county, support, agreement date, 支援期限)
RECIP = {LX: ("二级甲等", "二级", "甲等", "综合医院", "蔺溪县", S1, dt.date(2023, 12, 12), None),
         LXTCM: ("二级乙等", "二级", "乙等", "中医医院", "蔺溪县", S2, dt.date(2023, 12, 18), None),
         FB: ("二级甲等", "二级", "甲等", "综合医院", "枫陂县", S1, dt.date(2024, 2, 6), "2024年3月1日至2027年2月28日"),
         YP: ("二级乙等", "二级", "乙等", "综合医院", "榆坪县", S2, dt.date(2023, 12, 18), None),
         YPMCH: ("二级", "二级", None, "妇幼保健院", "榆坪县", S2, dt.date(2023, 12, 18), None)}

ID = {"lu": idn("990105", "19740612", "031"), "qiao": idn("990105", "19870305", "052"),
      "tang": idn("990106", "19900918", "024")}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if not isinstance(places, list):
        places = [places]
    places = [list(r) if isinstance(r, tuple) else [file, sheet, r] for r in places]
    truth["rows"].append({"table": table, "places": places, "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def fig(h: str, m: int) -> dict:
    """A hospital-month's figures as the HIS counts them (deterministic, no randomness)."""
    k = {LX: 1, LXTCM: 2, FB: 3, YP: 4, YPMCH: 5}[h]
    opd = 9000 + 731 * k + 113 * m + (m * k * 37) % 211
    er = 600 + 41 * k + 17 * m
    dis = 700 + 53 * k + 11 * m + (m * 7) % 13
    s3 = 80 + 9 * k + 3 * m
    s4 = 12 + k + m % 4
    stot = s3 + s4 + 150 + 5 * m          # 合计 includes 一级、二级手术
    out = 30 + 3 * k + m % 5
    up = 20 + 2 * k + m % 3
    down = 8 + k + m % 2
    return dict(opd=opd, er=er, dis=dis, dis_times=dis + 6 + m % 3, s3=s3, s4=s4, stot=stot, out=out, up=up,
                down=down)


def monthly(h, file, sheet, r, m, outpatient, discharges, surgeries, out, up, down, year=2024):
    fields = dict(year=year, month=m, outpatient_visits=outpatient, discharges=discharges, surgeries=surgeries,
                  referrals_out=out, referrals_up_received=up, referrals_down_received=down)
    row("hospital_monthly_stats", file, sheet, r, fields, {"recipient_hospital_id": h}, ["year", "month"])


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = new_wb()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琯澜省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    for i, (r, (lvl_txt, level, grade, cat, county, s, ag, period)) in enumerate(RECIP.items(), 1):
        ws.append([i, r, lvl_txt, cat, county, s, ag, period])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if period:
            start, end, src = "2024-03-01", "2027-02-28", "support_period"
        else:
            start, end, src = "2024-01-01", "2026-12-31", "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：{SYN}，省、县、医院名称均为虚构。"])
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})
    wb.save(path)


# ------------------------------------------------------------------------------------------- 蔺溪县人民医院
def f_lx_h1(path: Path):
    """HIS export, Jan–Jun: 门诊人次 | 急诊人次 separate (no total), 出院人数 beside 出院人次, 手术台次 merged over
    三级手术 | 四级手术 | 合计, 转诊 merged over 外转人次 | 接收上转 | 接收下转; 合计 row and 制表 line."""
    fn, sh = path.name, "2024年1-6月"
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    ws.append([f"蔺溪县人民医院2024年1—6月医疗业务统计表（HIS导出，{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["月份", "门诊人次", "急诊人次", "出院人数", "出院人次", "手术台次", None, None, "转诊人次", None, None])
    ws.append([None, None, None, None, None, "三级手术", "四级手术", "合计", "外转人次", "接收上转", "接收下转"])
    for c in "ABCDE":
        ws.merge_cells(f"{c}2:{c}3")
    ws.merge_cells("F2:H2")
    ws.merge_cells("I2:K2")
    tot = [0] * 10
    for m in range(1, 7):
        f = fig(LX, m)
        vals = [f["opd"], f["er"], f["dis"], f["dis_times"], f["s3"], f["s4"], f["stot"], f["out"], f["up"], f["down"]]
        ws.append([f"{m}月", *vals])
        tot = [a + b for a, b in zip(tot, vals)]
        places = [ws.max_row]
        if m <= 3:
            places = [(fn, sh, ws.max_row), (CITY_Q1, "一季度汇总", LX_Q1_ROWS[m])]
        monthly(LX, fn, sh, places, m, f["opd"] + f["er"], f["dis"], f["stot"], f["out"], f["up"], f["down"])
    ws.append(["合计", *tot])
    ws.append([])
    ws.append(["制表人：统计室", None, None, None, "审核：", None, None, "报送日期：2024年7月8日"])
    wb.save(path)


def f_lx_h2_xls(path: Path):
    """xls, Jul–Dec with one header row; September is missing (never reported); November's surgery cells "—";
    August is the first version (corrected later)."""
    fn, sh = path.name, "下半年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 9, f"蔺溪县人民医院2024年7—12月业务统计（{SYN}）")
    hdr = ["月份", "门诊人次", "急诊人次", "出院人数", "三级手术", "四级手术", "手术合计", "外转人次", "上转接收",
           "下转接收"]
    for c, v in enumerate(hdr):
        ws.write(1, c, v)
    r = 2
    for m in (7, 8, 10, 11, 12):
        f = fig(LX, m)
        surg = [f["s3"], f["s4"], f["stot"]] if m != 11 else ["—", "—", "—"]
        vals = [f"{m}月", f["opd"], f["er"], f["dis"], *surg, f["out"], f["up"], f["down"]]
        for c, v in enumerate(vals):
            ws.write(r, c, v)
        if m != 8:
            monthly(LX, fn, sh, r + 1, m, f["opd"] + f["er"], f["dis"], None if m == 11 else f["stot"], f["out"],
                    f["up"], f["down"])
        r += 1
    ws.write(r + 1, 0, "注：9月份数据因HIS系统升级未能导出，待补报。")
    wb.save(str(path))


def f_lx_aug_fix(path: Path):
    """A correction of August: indicators down the rows, 单位 | 本月 | 本年累计; 门诊 and 急诊 as two rows,
    手术台次 with its 其中 rows."""
    fn, sh = path.name, "8月"
    f = fig(LX, 8)
    fx = dict(opd=f["opd"] + 420, er=f["er"] + 15, dis=f["dis"] + 9, s3=f["s3"] + 2, s4=f["s4"], stot=f["stot"] + 6,
              out=f["out"] - 4, up=f["up"], down=f["down"] + 1)
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    ws.append([f"蔺溪县人民医院2024年8月业务统计（更正）  {SYN}"])
    ws.append(["填报单位：蔺溪县人民医院", None, "统计期：2024年8月"])
    ws.append(["指标", "单位", "本月", "本年累计"])
    cum = lambda k: sum(fig(LX, m)[k] for m in range(1, 8)) + fx[k]  # noqa: E731
    for label, unit, k in [("门诊人次", "人次", "opd"), ("急诊人次", "人次", "er"), ("出院人数", "人", "dis"),
                           ("手术台次", "台次", "stot"), ("其中：三级手术", "台次", "s3"), ("　　　四级手术", "台次", "s4"),
                           ("外转人次", "人次", "out"), ("接收上转人次", "人次", "up"), ("接收下转人次", "人次", "down")]:
        ws.append([label, unit, fx[k], cum(k)])
    ws.append(["说明：8月门诊数据原报漏计发热门诊，现更正。"])
    wb.save(path)
    monthly(LX, fn, sh, None, 8, fx["opd"] + fx["er"], fx["dis"], fx["stot"], fx["out"], fx["up"], fx["down"])


# ------------------------------------------------------------------------------------------- 枫陂县人民医院
def f_fb_year(path: Path):
    """A year with months as rows, each measure merged over 本期 | 上年同期; 外转 of May "约30"; 全年合计 row."""
    fn, sh = path.name, "月报"
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫陂县人民医院2024年度医疗业务月报表（{SYN}）"])
    ws.merge_cells("A1:K1")
    measures = ["门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]
    ws.append(["月份"] + [x for m in measures for x in (m, None)])
    ws.append([None] + ["本期", "上年同期"] * len(measures))
    ws.merge_cells("A2:A3")
    for i in range(len(measures)):
        ws.merge_cells(start_row=2, end_row=2, start_column=2 + 2 * i, end_column=3 + 2 * i)
    for m in range(1, 13):
        f = fig(FB, m)
        cur = [f["opd"] + f["er"], f["dis"], f["stot"], f["out"], f["down"]]
        prev = [int(v * 0.93) for v in cur]
        cells = [x for a, b in zip(cur, prev) for x in (a, b)]
        if m == 5:
            cells[6] = "约30"
        ws.append([f"{m}月", *cells])
        monthly(FB, fn, sh, ws.max_row, m, cur[0], cur[1], cur[2], None if m == 5 else cur[3], None, cur[4])
        if m == 5:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.append(["全年合计"] + [sum(fig(FB, m)["opd"] + fig(FB, m)["er"] for m in range(1, 13))] + [None] * 9)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 榆坪县人民医院
def ods_cell(v):
    if v is None:
        return TableCell()
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v)
        c.addElement(P(text=str(v)))
        return c
    c = TableCell(valuetype="string")
    c.addElement(P(text=str(v)))
    return c


def f_yp_h1_ods(path: Path):
    """Jan–Jun in 万人次 (门急诊人次（万人次） 1.0652 = 10652), the other counts in their own units."""
    fn, sh = path.name, "上半年"
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sh)
    lines = [[f"榆坪县人民医院2024年上半年业务量（{SYN}）"],
             ["月份", "门急诊人次（万人次）", "出院人数（人）", "手术台次（台）", "外转人次", "接收上转人次"]]
    for m in range(1, 7):
        f = fig(YP, m)
        visits = f["opd"] + f["er"]
        lines.append([f"2024年{m}月", round(visits / 10000, 4), f["dis"], f["stot"], f["out"], f["up"]])
        monthly(YP, fn, sh, len(lines), m, visits, f["dis"], f["stot"], f["out"], f["up"], None)
    lines.append(["填报人：病案统计科"])
    for ln in lines:
        tr = TableRow()
        for v in ln:
            tr.addElement(ods_cell(v))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


def f_yp_h2_csv(path: Path):
    """GBK CSV from the HIS: a title line, 统计月份 2024-07, 门诊 | 急诊, 出院人次 only, 三级 | 四级 | 手术合计."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"榆坪县人民医院HIS统计导出 2024年7-12月（{SYN}）"])
    w.writerow(["统计月份", "门诊人次", "急诊人次", "出院人次", "三级手术", "四级手术", "手术合计", "外转人次",
                "上转接收人次", "下转接收人次"])
    n = 2
    for m in range(7, 13):
        f = fig(YP, m)
        w.writerow([f"2024-{m:02d}", f["opd"], f["er"], f["dis"], f["s3"], f["s4"], f["stot"], f["out"], f["up"],
                    f["down"]])
        n += 1
        monthly(YP, fn, None, n, m, f["opd"] + f["er"], f["dis"], f["stot"], f["out"], f["up"], f["down"])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 沅桥市卫健委
CITY_Q1 = "SYNTHETIC_沅桥市受援医院2024年第一季度业务统计汇总.xlsx"
LX_Q1_ROWS = {1: 4, 2: 5, 3: 6}


def f_city_q1(path: Path):
    """Several hospitals' months as rows; 县 merged down; a 小计 per county, 合计; one hospital in no pairing."""
    fn, sh = path.name, "一季度汇总"
    assert fn == CITY_Q1
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    ws.append([f"沅桥市受援医院2024年第一季度业务统计汇总（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["单位：人次、台次", None, None, None, None, None, None, None, "沅桥市卫生健康委员会"])
    ws.append(["县（市、区）", "医院名称", "月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "接收上转人次",
               "接收下转人次"])
    groups = [("蔺溪县", [LX, LXTCM]), ("枫陂县", [UNPAIRED]), ("榆坪县", [YPMCH])]
    for county, hs in groups:
        first = ws.max_row + 1
        sub = [0] * 6
        for h in hs:
            for m in (1, 2, 3):
                if h == UNPAIRED:
                    f = dict(opd=4100 + 90 * m, er=300, dis=310 + m, stot=120 + m, out=25, up=11, down=4)
                else:
                    f = fig(h, m)
                vals = [f["opd"] + f["er"], f["dis"], f["stot"], f["out"], f["up"], f["down"]]
                ws.append([county if ws.max_row + 1 == first else None, h, f"{m}月", *vals])
                sub = [a + b for a, b in zip(sub, vals)]
                r = ws.max_row
                if h == LX:
                    assert LX_Q1_ROWS[m] == r
                elif h == UNPAIRED:
                    quarantine(fn, sh, r, "unresolved_hospital",
                               "枫陂县中医医院 is in no pairing list: not a recipient of the programme")
                else:
                    monthly(h, fn, sh, r, m, *vals)
        ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
        ws.append([f"{county}小计", None, None, *sub])
    ws.append(["合计"])
    ws.append(["注：各县数据由县卫健局汇总报送。"])
    wb.save(path)


def f_city_q2_sheets(path: Path):
    """One sheet per hospital (the hospital only in the sheet name and its title), a 说明 sheet first;
    门诊 | 急诊 | 门急诊合计; a row with no month (待核) in the 妇幼 sheet."""
    fn = path.name
    wb = new_wb()
    ws = wb.active
    ws.title = "说明"
    ws.append([f"沅桥市受援医院2024年第二季度月报（分医院）{SYN}"])
    ws.append(["每家受援医院一个工作表；人次、台次均为当月数。"])
    for h in (LXTCM, YPMCH):
        sh = h
        ws = wb.create_sheet(sh)
        ws.append([f"{h}  2024年4—6月业务统计  {SYN}"])
        ws.append(["月份", "门诊人次", "急诊人次", "门急诊合计", "出院人数", "手术台次", "外转人次", "接收下转人次",
                   "备注"])
        for m in (4, 5, 6):
            f = fig(h, m)
            if h == YPMCH and m == 6:
                ws.append([None, f["opd"], f["er"], f["opd"] + f["er"], f["dis"], f["stot"], f["out"], f["down"],
                           "月份待核"])
                quarantine(fn, sh, ws.max_row, "missing_required",
                           "月份 blank (备注 月份待核): the month is a required key and the clerk says it is unchecked")
                continue
            ws.append([f"{m}月", f["opd"], f["er"], f["opd"] + f["er"], f["dis"], f["stot"], f["out"], f["down"]])
            monthly(h, fn, sh, ws.max_row, m, f["opd"] + f["er"], f["dis"], f["stot"], f["out"], None, f["down"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- ordinary files
def f_s1_roster(path: Path):
    fn, sh = path.name, "派驻人员"
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    ws.append([f"琯澜省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期"])
    people = [("lu", "陆清和", "心血管内科", "主任医师", "正高级", "医疗", LX, dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
              ("qiao", "乔映雪", "普外科", "主治医师", "中级", "医疗", FB, dt.date(2024, 3, 11), dt.date(2024, 9, 10)),
              ("tang", "唐以宁", "护理部", "主管护师", "中级", "护理", FB, dt.date(2024, 3, 11), dt.date(2024, 9, 10))]
    for i, (k, name, dept, title, rank, cat, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, ID[k], dept, title, rec, s, e])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row,
            dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=s.isoformat(),
                 end_date=e.isoformat()), {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[k])
    wb.save(path)


def f_lx_activities_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["日期", "活动类型", "主题", "支援医院", "参加人数"])
    acts = [(dt.date(2024, 4, 10), "教学查房", "急性心梗的早期识别", 18),
            (dt.date(2024, 5, 15), "学术讲座", "高血压规范化管理", 42),
            (dt.date(2024, 6, 19), "疑难病例讨论", "难治性心衰一例", 15)]
    n = 1
    for d, kind, topic, p in acts:
        w.writerow([d.isoformat(), kind, topic, S1, p])
        n += 1
        row("activities", fn, None, n, dict(activity_date=d.isoformat(), activity_type=kind, participants=p),
            {"recipient_hospital_id": LX, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    w.writerow([f"注：{SYN}，蔺溪县人民医院医务科登记"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def f_fb_techniques_xls(path: Path):
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 6, f"枫陂县人民医院2024年新技术新业务开展情况（{SYN}）")
    for c, v in enumerate(["序号", "技术名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]):
        ws.write(1, c, v)
    techs = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 4, 17), 23, "是"),
             ("PICC置管术", "护理部", dt.date(2024, 5, 8), 31, "否")]
    datefmt = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for i, (name, dept, d, cases, gap) in enumerate(techs, 1):
        r = i + 1
        for c, v in enumerate([i, name, dept, d, cases, gap, S1]):
            ws.write(r, c, v, datefmt) if c == 3 else ws.write(r, c, v)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=d.isoformat(),
                                               cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": FB, "support_hospital_id": S1}, ["name"])
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "蔺溪县", "枫陂县", "榆坪县", "沅桥市")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琯澜省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_lx_h1, "蔺溪县", "SYNTHETIC_蔺溪县人民医院2024年1-6月业务统计.xlsx"),
             (f_lx_h2_xls, "蔺溪县", "SYNTHETIC_蔺溪县人民医院2024年7-12月业务统计.xls"),
             (f_lx_aug_fix, "蔺溪县", "SYNTHETIC_蔺溪县人民医院2024年8月业务统计（更正）.xlsx"),
             (f_lx_activities_csv, "蔺溪县", "SYNTHETIC_蔺溪县人民医院帮扶活动登记2024.csv"),
             (f_fb_year, "枫陂县", "SYNTHETIC_枫陂县人民医院2024年度月报.xlsx"),
             (f_fb_techniques_xls, "枫陂县", "SYNTHETIC_枫陂县人民医院新技术2024.xls"),
             (f_yp_h1_ods, "榆坪县", "SYNTHETIC_榆坪县人民医院2024上半年业务量（万人次）.ods"),
             (f_yp_h2_csv, "榆坪县", "SYNTHETIC_榆坪县人民医院HIS导出2024年7-12月.csv"),
             (f_city_q1, "沅桥市", CITY_Q1),
             (f_city_q2_sheets, "沅桥市", "SYNTHETIC_沅桥市受援医院2024年第二季度月报（分医院）.xlsx"),
             (f_s1_roster, "省直", "SYNTHETIC_琯澜省人民医院派驻人员名册2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
