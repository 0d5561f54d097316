"""realworld140 corpus generator — SYNTHETIC / 合成数据. A fictional province (琨澜省) for 2024: the pairing list in
data/raw/reference/, the national templates of the 三级医院对口帮扶 programme as the province re-issues them in
data/raw/附表报表/ (附表1 派驻人员情况表, 附表2 受援医院服务能力情况表, 附表3 新技术新项目, 附表4 带教培训: the 附表 number in the
title line, 帮扶前 / 帮扶后, 2024年 / 2023年 and 基期 / 报告期 column pairs, 派驻时长（月） with the start only, a 统计代码 row
under the header, 填报说明 notes under the tables) and ordinary provincial forms in data/raw/日常报送/. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,附表报表,日常报送}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import calendar
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


P1, PTCM, CY1 = "琨澜省人民医院", "琨澜省中医院", "澄阳市第一人民医院"
QY, QYTCM, QW, YC = "青漪县人民医院", "青漪县中医医院", "栖梧县人民医院", "潆川县人民医院"
QYMCH = "青漪县妇幼保健院"   # in no pairing list
RECIP = {QY: ("二级", "甲等", "综合医院", "青漪县"), QYTCM: ("二级", "乙等", "中医医院", "青漪县"),
         QW: ("二级", "甲等", "综合医院", "栖梧县"), YC: ("二级", "乙等", "综合医院", "潆川县")}

ID = {k: idn(*v) for k, v in {
    "lan": ("990101", "19750312", "031"), "su": ("990101", "19840722", "042"), "gu": ("990102", "19790105", "016"),
    "meng": ("990101", "19810919", "057"), "tang": ("990103", "19860430", "024"),
    "xia": ("990301", "19800611", "038"), "qu": ("990301", "19870203", "045"), "lu": ("990302", "19830827", "019"),
    "ye": ("990104", "19770414", "062"), "fang": ("990104", "19890108", "073"), "mo": ("990105", "19850316", "081"),
    "han": ("990211", "19920524", "015"), "lin": ("990211", "19900910", "026"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def held(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def end_after_months(start: dt.date, months: int) -> str:
    """派驻时长（月）: the stay ends the day before the same day N months later."""
    y, m = divmod(start.month - 1 + months, 12)
    y, m = start.year + y, m + 1
    day = min(start.day, calendar.monthrange(y, m)[1])
    return (dt.date(y, m, day) - dt.timedelta(days=1)).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


def ods_doc(path, sheets):
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


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琨澜省三级医院对口帮扶县级医院关系表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QY, P1, dt.date(2021, 3, 10), None), (QW, P1, dt.date(2021, 3, 10), None),
             (QYTCM, PTCM, dt.date(2021, 4, 2), None), (YC, CY1, dt.date(2021, 12, 20), "2022年1月—2025年12月")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2022, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, CY1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 附表报表
def f_qy_fubiao_1to4(path: Path):
    """青漪县人民医院's workbook of the four 附表 (xlsx): a sheet each, the 附表 number in the title line, a
    填报单位 line, the national template's 统计代码 row under the header, 填报说明 notes under every table."""
    fn = path.name
    wb = openpyxl.Workbook()
    # 附表1 派驻人员情况表: 派驻时长（月） with the start only
    ws = wb.active
    sh = ws.title = "附表1"
    ws.append([f"附表1：三级医院对口帮扶派驻人员情况表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["填报单位（受援医院）：青漪县人民医院", None, None, None, None, "支援医院：琨澜省人民医院", None, "报告年度：2024年"])
    ws.append(["序号", "姓名", "身份证号", "所在科室", "专业技术职称", "派出医院", "派驻开始时间", "派驻时长（月）",
               "在受援医院担任职务"])
    ws.append(["甲", "A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08"])
    people = [("lan", "蓝既明", "普外科", "主任医师", dt.date(2024, 3, 1), 12, "副院长",
               dep("普外科", "主任医师", "正高级", "医疗", d(2024, 3, 1), end_after_months(dt.date(2024, 3, 1), 12), "副院长")),
              ("su", "苏晚晴", "重症医学科", "主治医师", dt.date(2024, 3, 1), 6, "科主任",
               dep("重症医学科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "科主任")),
              ("gu", "顾南枝", "护理部", "主管护师", dt.date(2024, 9, 15), 6, None,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 15), d(2025, 3, 14)))]
    for i, (key, name, dept, title, start, months, post, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, P1, start, months, post])
        ws.cell(ws.max_row, 3).number_format = "@"
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": P1, "recipient_hospital_id": QY},
            ["start_date", "department"], id_number=ID[key])
    ws.append(["填报说明：1. 本表由受援医院填报，统计报告年度内在岗的派驻人员；2. 派驻时长按月填写，自派驻开始时间起算；"
               "3. 在受援医院担任职务指挂职院长、副院长、科主任等。"])
    ws.append(["4. 统计代码为国家模板代码，请勿修改。"])
    # 附表2 受援医院服务能力情况表: 帮扶前 | 帮扶后 pairs, months 1—12
    ws = wb.create_sheet("附表2")
    sh = "附表2"
    ws.append([f"附表2：受援医院服务能力情况表（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["填报单位：青漪县人民医院", None, None, None, None, None, None, None, "报告年度：2024年"])
    ws.append(["月份", "门急诊人次", None, "出院人数", None, "手术台次", None, "外转人次", None, "外转率（%）", None])
    ws.append([None, "帮扶前", "帮扶后", "帮扶前", "帮扶后", "帮扶前", "帮扶后", "帮扶前", "帮扶后", "帮扶前", "帮扶后"])
    for a, b in (("B3", "C3"), ("D3", "E3"), ("F3", "G3"), ("H3", "I3"), ("J3", "K3")):
        ws.merge_cells(f"{a}:{b}")
    ws.merge_cells("A3:A4")
    ws.append(["统计代码", "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10"])
    for m in range(1, 13):
        before = [9800 + 90 * m, 610 + 7 * m, 120 + 2 * m, 95 - m]
        after = [14200 + 130 * m, 905 + 11 * m, 236 + 4 * m, 52 - m]
        ws.append([f"{m}月", before[0], after[0], before[1], after[1], before[2], after[2], before[3], after[3],
                   round(100 * before[3] / before[1], 2), round(100 * after[3] / after[1], 2)])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=after[0], discharges=after[1], surgeries=after[2],
                 referrals_out=after[3]), {"recipient_hospital_id": QY}, ["month"])
    ws.append(["合计", "=SUM(B6:B17)", "=SUM(C6:C17)", "=SUM(D6:D17)", "=SUM(E6:E17)", "=SUM(F6:F17)",
               "=SUM(G6:G17)", "=SUM(H6:H17)", "=SUM(I6:I17)", None, None])
    ws.append(["填报说明：1. 帮扶前指签订对口帮扶协议前一年（2020年）同月数据，帮扶后指报告年度（2024年）数据；"
               "2. 外转率=外转人次/出院人数×100%。"])
    # 附表3 新技术新项目
    ws = wb.create_sheet("附表3")
    sh = "附表3"
    ws.append([f"附表3：受援医院开展新技术新项目情况表（{SYN}）"])
    ws.append(["填报单位：青漪县人民医院", None, None, None, "报告年度：2024年"])
    ws.append(["序号", "新技术新项目名称", "开展科室", "首次开展时间", "报告期内开展例数", "是否填补县域空白", "帮扶医院"])
    ws.append(["甲", "C01", "C02", "C03", "C04", "C05", "C06"])
    techs = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 4, 18), 23, "是", True),
             ("床旁连续性肾脏替代治疗", "重症医学科", dt.date(2024, 5, 9), 11, "是", True),
             ("PICC置管", "护理部", dt.date(2024, 10, 22), 17, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(techs, 1):
        ws.append([i, name, dept, day, cases, gap, P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": QY, "support_hospital_id": P1}, ["name"])
    ws.append(["填报说明：新技术新项目指在帮扶医院指导下首次在本院开展的技术项目，开展例数填报告年度内例数。"])
    # 附表4 带教培训
    ws = wb.create_sheet("附表4")
    sh = "附表4"
    ws.append([f"附表4：派驻人员带教培训情况表（{SYN}）"])
    ws.append(["填报单位：青漪县人民医院", None, None, "报告年度：2024年"])
    ws.append(["序号", "日期", "带教培训形式", "内容", "参加人数", "帮扶医院"])
    ws.append(["甲", "D01", "D02", "D03", "D04", "D05"])
    acts = [(dt.date(2024, 3, 20), "教学查房", "急性胆囊炎围手术期管理", 18, 18),
            (dt.date(2024, 4, 11), "手术示教", "腹腔镜胆囊切除术", 9, 9),
            (dt.date(2024, 6, 5), "学术讲座", "脓毒症集束化治疗", "约30人", None),
            (dt.date(2024, 11, 14), "疑难病例讨论", "重症胰腺炎一例", 22, 22)]
    for i, (day, typ, topic, n, nv) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, n, P1])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QY, "support_hospital_id": P1}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.append(["填报说明：带教培训形式填教学查房、手术示教、学术讲座、疑难病例讨论等。"])
    wb.save(path)


def f_qw_fubiao_xls(path: Path):
    """栖梧县人民医院 (xls, xlwt): 附表1 (派驻时长（月） 12) and 附表2 with 2024年 | 2023年 | 同比增减（%） under each
    indicator, months 1—6, a 统计代码 row, 填报说明."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    ds = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws = wb.add_sheet("附表1")
    sh = "附表1"
    lines = [[f"附表1：派驻人员情况表（{SYN}）"], ["填报单位：栖梧县人民医院"],
             ["序号", "姓名", "身份证号码", "科室", "职称", "派出单位", "派驻开始时间", "派驻时长（月）", "挂职职务"],
             ["—", "A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08"]]
    for r, vals in enumerate(lines):
        for c, v in enumerate(vals):
            ws.write(r, c, v)
    people = [("xia", "夏知秋", "心血管内科", "副主任医师", dt.date(2024, 1, 8), 12, "副院长",
               dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 1, 8), d(2025, 1, 7), "副院长")),
              ("qu", "瞿明澈", "医学影像科", "主治医师", dt.date(2024, 7, 1), 6, None,
               # 主治医师 is a title of the physician series: 医疗 (corrected after the first run, README)
               dep("医学影像科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)))]
    r = 4
    for i, (key, name, dept, title, start, months, post, f) in enumerate(people, 1):
        for c, v in enumerate([i, name, use_id(key), dept, title, P1, None, months, post]):
            if c != 6 and v is not None:
                ws.write(r, c, v)
        ws.write(r, 6, start, ds)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": P1, "recipient_hospital_id": QW},
            ["start_date"], id_number=ID[key])
        r += 1
    ws.write(r, 0, "填报说明：派驻时长按月填写；挂职职务无则不填。")
    ws = wb.add_sheet("附表2")
    sh = "附表2"
    ws.write(0, 0, f"附表2：受援医院服务能力情况表（2024年1—6月）（{SYN}）")
    ws.write(1, 0, "填报单位：栖梧县人民医院")
    ws.write_merge(2, 3, 0, 0, "月份")
    for j, ind in enumerate(["门急诊人次", "出院人数", "手术台次", "外转人次"]):
        ws.write_merge(2, 2, 1 + 3 * j, 3 + 3 * j, ind)
        for k, lab in enumerate(["2024年", "2023年", "同比增减（%）"]):
            ws.write(3, 1 + 3 * j + k, lab)
    codes = ["统计代码"] + [f"B{n:02d}" for n in range(1, 13)]
    for c, v in enumerate(codes):
        ws.write(4, c, v)
    r = 5
    for m in range(1, 7):
        y24 = [11800 + 150 * m, 780 + 9 * m, 190 + 3 * m, 41 - m]
        y23 = [10900 + 120 * m, 730 + 8 * m, 170 + 3 * m, 48 - m]
        vals = [f"{m}月"]
        for a, b in zip(y24, y23):
            vals += [a, b, round(100 * (a - b) / b, 1)]
        for c, v in enumerate(vals):
            ws.write(r, c, v)
        row("hospital_monthly_stats", fn, sh, r + 1,
            dict(year=2024, month=m, outpatient_visits=y24[0], discharges=y24[1], surgeries=y24[2],
                 referrals_out=y24[3]), {"recipient_hospital_id": QW}, ["month"])
        r += 1
    ws.write(r, 0, "填报说明：2023年为上年同期数；同比增减=（2024年-2023年）/2023年×100%。")
    wb.save(str(path))


def f_yc_fubiao2_ods(path: Path):
    """潆川县人民医院 (ods): 附表2 alone with 基期（2022年） | 报告期（2024年） pairs, months 1—6, a 统计代码 row."""
    fn, sh = path.name, "附表2"
    rows = [[f"附表2：受援医院服务能力情况表（{SYN}）"], ["填报单位：潆川县人民医院　　　填报时间：2024年7月10日"],
            ["月份", "门急诊人次", None, "出院人数", None, "手术台次", None, "外转人次", None],
            [None, "基期（2022年）", "报告期（2024年）", "基期（2022年）", "报告期（2024年）", "基期（2022年）",
             "报告期（2024年）", "基期（2022年）", "报告期（2024年）"],
            ["统计代码", "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08"]]
    for m in range(1, 7):
        base = [7300 + 60 * m, 455 + 5 * m, 82 + m, 63 - m]
        rep = [9650 + 85 * m, 598 + 6 * m, 131 + 2 * m, 37 - m]
        rows.append([f"{m}月", base[0], rep[0], base[1], rep[1], base[2], rep[2], base[3], rep[3]])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=rep[0], discharges=rep[1], surgeries=rep[2],
                 referrals_out=rep[3]), {"recipient_hospital_id": YC}, ["month"])
    rows.append(["填报说明：基期为对口帮扶关系建立前一年（2022年）同月数据，报告期为本年度数据。"])
    ods_doc(path, {sh: rows})


def f_cy1_fubiao1_csv(path: Path):
    """澄阳市第一人民医院 (CSV, GBK): 附表1 派驻人员情况表 sent by the support hospital; 统计代码 row; 派驻开始时间 as
    "2024-03-04" and "2024年9月2日"; 派驻时长（月） "6" and "6个月"; one row without a start (held); 填报说明."""
    fn = path.name
    rows = [[f"附表1：派驻人员情况表（{SYN}）", "", "", "", "", "", "", ""],
            ["填报单位：澄阳市第一人民医院", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻时长（月）"],
            ["—", "A01", "A02", "A03", "A04", "A05", "A06", "A07"]]
    people = [("ye", "叶清和", "儿科", "副主任医师", "2024-03-04", "6",
               dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("fang", "方砚舟", "骨科", "主治医师", "2024年9月2日", "6个月",
               dep("骨科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1))),
              ("mo", "莫听澜", "麻醉科", "主治医师", "", "6", None)]
    for i, (key, name, dept, title, start, months, f) in enumerate(people, 1):
        rows.append([str(i), name, use_id(key), dept, title, YC, start, months])
        if f is None:
            held(fn, None, len(rows), "missing_value", "派驻开始时间 blank: a stay with no start cannot be placed")
        else:
            row("deployments", fn, None, len(rows), f, {"support_hospital_id": CY1, "recipient_hospital_id": YC},
                ["start_date"], id_number=ID[key])
    rows.append(["填报说明：派驻时长按月填写，自派驻开始时间起算。", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_yc_fubiao3_xlsx(path: Path):
    """潆川县人民医院 附表3 (xlsx): 统计代码 row, one technique without 首次开展时间 (held), 填报说明."""
    fn, sh = path.name, "附表3"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"附表3：新技术新项目开展情况表（{SYN}）"])
    ws.append(["填报单位：潆川县人民医院", None, None, "报告年度：2024年"])
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白"])
    ws.append(["甲", "C01", "C02", "C03", "C04", "C05"])
    techs = [("小儿雾化吸入规范化治疗", "儿科", dt.date(2024, 4, 2), 140, "否", False),
             ("股骨近端防旋髓内钉内固定术", "骨科", dt.date(2024, 10, 16), 6, "是", True),
             ("超声引导下神经阻滞麻醉", "麻醉科", None, 12, "是", True)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(techs, 1):
        ws.append([i, name, dept, day, cases, gap])
        if day:
            ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
            row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept,
                                                       first_performed_date=day.isoformat(), cases=cases,
                                                       fills_county_gap=gapv),
                {"recipient_hospital_id": YC}, ["name"])
        else:
            held(fn, sh, ws.max_row, "missing_value", "首次开展时间 blank: the technique's date is required")
    ws.append(["填报说明：首次开展时间填写本院首例开展日期。"])
    wb.save(path)


def f_qw_fubiao4_csv(path: Path):
    """栖梧县人民医院 附表4 (CSV, UTF-8 without BOM): title, 填报单位, header, 统计代码 row, 3 rows, 填报说明."""
    fn = path.name
    rows = [[f"附表4：带教培训情况表（{SYN}）", "", "", "", ""], ["填报单位：栖梧县人民医院", "", "", "", ""],
            ["日期", "带教培训形式", "内容", "参加人数", "帮扶医院"], ["D01", "D02", "D03", "D04", "D05"]]
    for day, typ, topic, n in ((dt.date(2024, 2, 27), "学术讲座", "高血压分级诊疗", 41),
                               (dt.date(2024, 5, 16), "教学查房", "急性心梗溶栓后管理", 15),
                               (dt.date(2024, 9, 10), "技术培训", "床旁超声基础", 26)):
        rows.append([day.isoformat(), typ, topic, str(n), P1])
        row("activities", fn, None, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QW, "support_hospital_id": P1}, ["activity_date"])
    rows.append(["填报说明：参加人数填实际到场人数。", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8"))


# ------------------------------------------------------------------------------------------- 日常报送
def f_ptcm_roster(path: Path):
    """琨澜省中医院 ordinary roster (xlsx): start and end columns; one row to a hospital in no pairing list (held)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琨澜省中医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期"])
    people = [("lu", "陆照野", "针灸科", "主治中医师", QYTCM, dt.date(2024, 3, 11), dt.date(2024, 9, 10),
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 11), d(2024, 9, 10))),
              ("tang", "唐疏影", "治未病科", "副主任中医师", QYTCM, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("治未病科", "副主任中医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("meng", "孟惊鸿", "妇科", "主治中医师", QYMCH, dt.date(2024, 5, 6), dt.date(2024, 11, 5), None)]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        if f is None:
            held(fn, sh, ws.max_row, "unresolved_hospital", f"{QYMCH} is in no pairing list")
        else:
            row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": PTCM, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    ws.append(["制表：医务处", None, None, None, None, "2025年1月8日"])
    wb.save(path)


def f_qy_trainees_csv(path: Path):
    """青漪县人民医院 trainees (CSV, UTF-8 with BOM); one trainee without an ID number."""
    fn = path.name
    rows = [[f"青漪县人民医院2024年赴琨澜省人民医院进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "进修开始日期", "进修结束日期", "进修费用（元）", "是否结业"]]
    for key, name, dept, s, e, fee, done in (("han", "韩青禾", "麻醉科", d(2024, 3, 1), d(2024, 8, 31), "0", "是"),
                                               ("lin", "林栖迟", "检验科", d(2024, 9, 1), d(2025, 2, 28), "0", "否"),
                                               (None, "邱若水", "护理部", d(2024, 4, 1), d(2024, 9, 30), "0", "是")):
        rows.append([name, use_id(key) if key else "", dept, P1, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                                  completed=done == "是"),
            {"recipient_hospital_id": QY, "host_hospital_id": P1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_qw_assessments(path: Path):
    """栖梧县人民医院 monthly assessment of the dispatched staff, June 2024 (xlsx)."""
    fn, sh = path.name, "2024年6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖梧县人民医院派驻人员月度考核表（2024年6月）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    for i, (key, name, sc, chk, pres) in enumerate((("xia", "夏知秋", 95.5, 3, 3), ("qu", "瞿明澈", 88, 3, 2)), 1):
        ws.append([i, name, use_id(key), P1, sc, chk, pres])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=6, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": QW}, ["month"], id_number=ID[key])
    ws.append(["考核人：医务科", None, None, "2024年7月3日"])
    wb.save(path)


def f_county_flow(path: Path):
    """The province clerk's county inpatient flow for 2024 (xlsx)."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("青漪县", "999101", 35210, 5630), ("栖梧县", "999102", 28440, 4988),
                                   ("潆川县", "999201", 21075, 4217)):
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


def f_qytcm_activities_ods(path: Path):
    """青漪县中医医院 activity log (ods)."""
    fn, sh = path.name, "活动登记"
    rows = [[f"青漪县中医医院2024年对口帮扶活动登记表（{SYN}）"],
            ["序号", "活动日期", "活动类型", "内容", "参加人数", "支援单位"]]
    for i, (day, typ, topic, n) in enumerate(((d(2024, 3, 26), "学术讲座", "针刺治疗面瘫", 24),
                                              (d(2024, 6, 13), "义诊", "三伏贴义诊", 60),
                                              (d(2024, 10, 9), "教学查房", "中风后遗症查房", 14)), 1):
        rows.append([i, day, typ, topic, n, PTCM])
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": QYTCM, "support_hospital_id": PTCM}, ["activity_date"])
    rows.append(["填表人：办公室"])
    ods_doc(path, {sh: rows})


def f_yc_monthly(path: Path):
    """潆川县人民医院 ordinary monthly figures, July—December (xlsx)."""
    fn, sh = path.name, "7-12月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"潆川县人民医院2024年7—12月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(7, 13):
        v = [9650 + 85 * m, 598 + 6 * m, 131 + 2 * m, max(37 - m, 20)]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": YC}, ["month"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "附表报表", "日常报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琨澜省对口帮扶关系表（2021—2025年）.xlsx")
    files = [(f_qy_fubiao_1to4, "附表报表", "SYNTHETIC_青漪县人民医院2024年对口帮扶报表（附表1-4）.xlsx"),
             (f_qw_fubiao_xls, "附表报表", "SYNTHETIC_栖梧县人民医院附表1-2（2024年上半年）.xls"),
             (f_yc_fubiao2_ods, "附表报表", "SYNTHETIC_潆川县人民医院附表2服务能力.ods"),
             (f_cy1_fubiao1_csv, "附表报表", "SYNTHETIC_澄阳市一院附表1派驻人员.csv"),
             (f_yc_fubiao3_xlsx, "附表报表", "SYNTHETIC_潆川县人民医院附表3新技术新项目.xlsx"),
             (f_qw_fubiao4_csv, "附表报表", "SYNTHETIC_栖梧县人民医院附表4带教培训.csv"),
             (f_ptcm_roster, "日常报送", "SYNTHETIC_琨澜省中医院派驻人员名册2024.xlsx"),
             (f_qy_trainees_csv, "日常报送", "SYNTHETIC_青漪县人民医院进修人员2024.csv"),
             (f_qw_assessments, "日常报送", "SYNTHETIC_栖梧县人民医院派驻人员考核2024年6月.xlsx"),
             (f_county_flow, "日常报送", "SYNTHETIC_县域住院流向2024.xlsx"),
             (f_qytcm_activities_ods, "日常报送", "SYNTHETIC_青漪县中医医院帮扶活动登记2024.ods"),
             (f_yc_monthly, "日常报送", "SYNTHETIC_潆川县人民医院业务量7-12月.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
