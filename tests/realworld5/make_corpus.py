#!/usr/bin/env python
"""Write the realworld5 test corpus (SYNTHETIC, 合成数据) and its truth (OUTDIR/truth.json).

    python make_corpus.py OUTDIR

Scenario: the folder a municipal health commission (fictional 岷川省枫渡市) keeps for the
2023 counterpart-support year.  OUTDIR/data/raw/reference/ gets the city's pairing list (附件2, .xls) and
OUTDIR/data/raw/submissions/ the hospitals' 2023 submissions in their own layouts (until 2026-12-06: OUTDIR/
and OUTDIR/submissions/, the truth in expected.json).  There is no
hospital code list.  Every province, city, county, hospital, person and ID-card number in
here is invented; ID numbers use region prefixes starting with 99 (no such region exists)
and carry a correct GB 11643-1999 check digit unless a row is meant to be doubtful.

The output is byte-identical on re-run (fixed document properties and zip timestamps).
"""
from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.styles import Alignment, Font

FIXED_DT = dt.datetime(2024, 1, 15, 9, 0, 0)
ZIP_DT = (2024, 1, 15, 9, 0, 0)
AUTHOR = "合成数据生成器 (SYNTHETIC)"

# --------------------------------------------------------------------------- hospitals
H = {
    "S1": "岷川省枫渡市人民医院",
    "S2": "岷川省枫渡市第二人民医院",
    "S3": "岷川省枫渡市中医医院",
    "QZ": "青柘县人民医院",
    "TX": "桐溪县人民医院",
    "YAFY": "云岙县妇幼保健院",
    "QZZY": "青柘县中医医院",
    "YA": "云岙县人民医院",
    "BS": "青柘县白沙镇中心卫生院",
    "LY": "桐溪县柳营乡卫生院",
    "SM": "云岙县石门镇卫生院",
}
OTHER_PROVINCE_HOSPITAL = "潞西省瓦窑县人民医院"  # fictional, not in the pairing list

# --------------------------------------------------------------------------- ID numbers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W)) % 11]


REGIONS = ["990102", "990103", "990211", "990221", "990302", "990323", "990401", "990425", "990512"]
_COUNTER = [0]


def new_id(sex: str, birth: str, want_x: bool = False) -> str:
    """18-digit synthetic ID; 17th digit odd for 男, even for 女."""
    i = _COUNTER[0]
    _COUNTER[0] += 1
    region = REGIONS[i % len(REGIONS)]
    seq = 101 + (i * 37) % 700
    if (seq % 2 == 1) != (sex == "男"):
        seq += 1
    while True:
        s17 = f"{region}{birth}{seq:03d}"
        c = check_char(s17)
        if not want_x or c == "X":
            return s17 + c
        seq += 2


def wrong_check(id18: str) -> str:
    good = id18[-1]
    bad = "5" if good != "5" else "6"
    return id18[:17] + bad


def id15(sex: str, birth6: str) -> tuple[str, str]:
    """(15-digit old-style number, its 18-digit upgrade)."""
    i = _COUNTER[0]
    _COUNTER[0] += 1
    region = REGIONS[i % len(REGIONS)]
    seq = 201 + (i * 37) % 600
    if (seq % 2 == 1) != (sex == "男"):
        seq += 1
    old = f"{region}{birth6}{seq:03d}"
    s17 = f"{region}19{birth6}{seq:03d}"
    return old, s17 + check_char(s17)


# --------------------------------------------------------------------------- dates / titles
def d(y, m, dd):
    return dt.date(y, m, dd)


def iso(x):
    return None if x is None else x.isoformat()


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


RANK = {
    "主任医师": "正高级", "副主任医师": "副高级", "主治医师": "中级", "住院医师": "初级",
    "主任护师": "正高级", "副主任护师": "副高级", "主管护师": "中级", "护师": "初级",
    "副主任技师": "副高级", "主管技师": "中级", "主管药师": "中级",
}


def title_fields(title, rank=None):
    return {"title": title, "title_rank": rank or RANK[title]}


def any_of(*vals):
    return {"any_of": list(vals)}


# --------------------------------------------------------------------------- expectations
class Expect:
    def __init__(self):
        self.rows = []
        self.absent = []
        self.ids = []

    def note_id(self, *ids):
        for i in ids:
            if i and i not in self.ids:
                self.ids.append(i)

    def row(self, table, file, sheet, row, fields, hospitals, *, id_number=None, name_only=False,
            findings=None, note=None):
        r = {"table": table, "file": file, "sheet": sheet, "row": row}
        if id_number:
            r["id_number"] = id_number
            self.note_id(id_number)
        if name_only:
            r["name_only"] = True
        r["hospitals"] = hospitals
        r["fields"] = fields
        if findings:
            r["findings"] = findings
        if note:
            r["note"] = note
        self.rows.append(r)

    def quarantine(self, table, file, sheet, row, why, reason_code=None):
        r = {"quarantine": True, "table": table, "file": file, "sheet": sheet, "row": row, "why": why}
        if reason_code:
            r["reason_code"] = reason_code
        self.rows.append(r)

    def not_curated(self, file, sheet, row, why):
        self.absent.append({"file": file, "sheet": sheet, "row": row, "why": why})


EXP = Expect()

# --------------------------------------------------------------------------- writers


def normalize_zip(path: Path):
    """Rewrite a zip-based document with fixed timestamps (and fixed core.xml dates)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w") as out:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", txt)
                data = txt.encode("utf-8")
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            ni.create_system = 3
            out.writestr(ni, data)


def new_wb():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def save_wb(wb, path: Path):
    wb.save(path)
    normalize_zip(path)


def put(ws, r, values, c0=1, date_fmt="yyyy-mm-dd"):
    for j, v in enumerate(values):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c0 + j, value=v)
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = date_fmt


def new_xlsxwriter(path: Path, title: str):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    wb.set_properties({"title": title, "author": AUTHOR, "created": FIXED_DT,
                       "comments": "SYNTHETIC 合成数据"})
    return wb


def xw_put(ws, r0, values, fmt_date=None, c0=0):
    """r0 is 0-based (Excel row r0+1)."""
    for j, v in enumerate(values):
        if v is None:
            continue
        if isinstance(v, dt.date):
            ws.write_datetime(r0, c0 + j, dt.datetime(v.year, v.month, v.day), fmt_date)
        elif isinstance(v, (int, float)):
            ws.write_number(r0, c0 + j, v)
        else:
            ws.write_string(r0, c0 + j, str(v))


XLWT_DATE = xlwt.easyxf(num_format_str="yyyy-mm-dd")
XLWT_DATE_CN = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')
XLWT_TITLE = xlwt.easyxf("font: bold on, height 320; align: horiz center")
XLWT_HEAD = xlwt.easyxf("font: bold on; align: horiz center, vert center; borders: left thin, right thin, top thin, bottom thin")


def xlwt_put(ws, r0, values, c0=0, date_style=XLWT_DATE):
    for j, v in enumerate(values):
        if v is None:
            continue
        if isinstance(v, dt.date):
            ws.write(r0, c0 + j, v, date_style)
        else:
            ws.write(r0, c0 + j, v)


def write_csv(path: Path, rows, encoding: str):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    path.write_bytes(buf.getvalue().encode(encoding))


def thousands(n: int) -> str:
    return f"{n:,}"


# =========================================================================== pairing list
PAIRING_FILE = "SYNTHETIC_附件2_枫渡市城乡医院对口支援结对安排表_合成数据.xls"


def pairing_list(out: Path):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("结对安排表")
    widths = [6, 26, 26, 14, 14, 14, 24, 18, 22]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    ws.write(0, 0, "附件2")
    ws.write_merge(1, 1, 0, 8, "枫渡市城乡医院对口支援结对安排表（2022—2024年）（合成数据）", XLWT_TITLE)
    head = ["序号", "支援医院", "受援医院", "医院等级", "医院类别", "所属县（市、区）", "支援期限", "协议签订时间", "备注"]
    for j, h in enumerate(head):
        ws.write(2, j, h, XLWT_HEAD)
    ws.write_merge(3, 3, 0, 8, "一、城市三级医院对口支援县级医院")
    # (support, recipient, 等级, 类别, 县, 期限 text, start, end, agreement value, agreement date, 备注)
    rows = [
        ("S1", "QZ", "二级甲等", "综合医院", "青柘县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), d(2021, 12, 20), d(2021, 12, 20), ""),
        ("S1", "TX", "二级甲等", "综合医院", "桐溪县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), d(2021, 12, 20), d(2021, 12, 20), ""),
        ("S1", "YAFY", "二级乙等", "妇幼保健院", "云岙县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), d(2021, 12, 20), d(2021, 12, 20), "专科帮扶"),
        ("S3", "QZZY", "二级甲等", "中医医院", "青柘县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), "2022年1月5日", d(2022, 1, 5), ""),
        ("S2", "TX", "二级甲等", "综合医院", "桐溪县", "2023年7月—2025年6月", d(2023, 7, 1), d(2025, 6, 30), "2023.6.28", d(2023, 6, 28), "2023年新增结对"),
        ("S2", "YA", "二级乙等", "综合医院", "云岙县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), d(2022, 1, 10), d(2022, 1, 10), ""),
        None,
        ("QZ", "BS", "一级甲等", "乡镇卫生院", "青柘县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), "2022年2月15日", d(2022, 2, 15), "县乡一体化"),
        ("TX", "LY", "未定级", "乡镇卫生院", "桐溪县", "2022年1月—2024年12月", d(2022, 1, 1), d(2024, 12, 31), "2022-02-18", d(2022, 2, 18), ""),
        ("YA", "SM", "一级乙等", "乡镇卫生院", "云岙县", "2022.1—2024.12", d(2022, 1, 1), d(2024, 12, 31), "", None, "协议待补签"),
    ]
    r0 = 4
    n = 0
    pairings = []
    recipients = {}
    for row in rows:
        if row is None:
            ws.write_merge(r0, r0, 0, 8, "二、县级医院对口支援乡镇卫生院")
            r0 += 1
            continue
        n += 1
        s, rcp, grade_txt, cat, county, period, start, end, agr_v, agr, note = row
        ws.write(r0, 0, n)
        ws.write(r0, 2, H[rcp])
        ws.write(r0, 3, grade_txt)
        ws.write(r0, 4, cat)
        ws.write(r0, 5, county)
        ws.write(r0, 6, period)
        if isinstance(agr_v, dt.date):
            ws.write(r0, 7, agr_v, XLWT_DATE_CN)
        elif agr_v:
            ws.write(r0, 7, agr_v)
        if note:
            ws.write(r0, 8, note)
        pairings.append({"support": H[s], "recipient": H[rcp], "start_date": iso(start), "end_date": iso(end),
                         "agreement_date": iso(agr)})
        level = grade_txt[:2] if grade_txt != "未定级" else "未定级"
        grade = grade_txt[2:] if grade_txt != "未定级" else None
        recipients[rcp] = {"name": H[rcp], "level": level, "grade": grade, "category": cat, "county": county}
        r0 += 1
    # support-hospital column, one support hospital over several rows via merged cells
    # Excel rows: 5-7 S1, 8 S3, 9-10 S2, (11 section), 12 QZ, 13 TX, 14 YA  (0-based 4.. )
    ws.write_merge(4, 6, 1, 1, H["S1"], xlwt.easyxf("align: vert center"))
    ws.write(7, 1, H["S3"])
    ws.write_merge(8, 9, 1, 1, H["S2"], xlwt.easyxf("align: vert center"))
    ws.write(11, 1, H["QZ"])
    ws.write(12, 1, H["TX"])
    ws.write(13, 1, H["YA"])
    ws.write_merge(r0, r0, 0, 8, "注：1．支援期限内对口支援关系原则上保持不变；2．本表为合成数据（SYNTHETIC），仅供软件测试。")
    ws.write(r0 + 2, 6, "枫渡市卫生健康委员会（合成数据）")
    wb.save(str(out / PAIRING_FILE))

    hospitals = [{"name": H[k]} for k in ("S1", "S2", "S3")]
    for k in ("QZ", "TX", "YAFY", "QZZY", "YA", "BS", "LY", "SM"):
        hospitals.append(recipients[k])
    return hospitals, pairings


# =========================================================================== deployments
def f01_label_value_sheets(sub: Path):
    """One dispatched person per sheet, label|value form (support hospital's own registration form)."""
    fn = "SYNTHETIC_枫渡市人民医院_派驻人员登记表_合成数据.xlsx"
    people = [
        dict(name="林晓峰", sex="男", birth="19780412", rec="QZ", dept="普外科", title_w="副主任医师",
             title=title_fields("副主任医师"), start=d(2023, 3, 1), end=d(2023, 8, 31),
             period_w="2023年3月1日至2023年8月31日", pos_w="副院长", pos="副院长", years_w="18年", years=18,
             paid_w="无", style="A"),
        dict(name="周雅琴", sex="女", birth="19720908", rec="TX", dept="妇产科", title_w="主任医师（正高）",
             title=title_fields("主任医师"), start=d(2023, 1, 5), end=d(2023, 6, 30),
             period_w="2023年1月5日至2023年6月30日", pos_w="科主任", pos="科主任", years_w="26年", years=26,
             paid_w="0", style="B"),
        dict(name="郑国栋", sex="男", birth="19860117", rec="YAFY", dept="儿科", title_w="主治医师",
             title=title_fields("主治医师"), start=d(2023, 7, 1), end=d(2023, 12, 31),
             period_w="2023年7月1日至2023年12月31日", pos_w="无", pos=None, years_w="9", years=9,
             paid_w="无", style="A"),
        dict(name="何丽君", sex="女", birth="19830525", rec="TX", dept="护理部", title_w="主管护师",
             title=title_fields("主管护师"), start=d(2023, 9, 1), end=d(2024, 2, 29),
             period_w="2023年9月1日至2024年2月29日", pos_w="护士长", pos="护士长", years_w="15年", years=15,
             paid_w="无", style="B"),
    ]
    wb = new_wb()
    for p in people:
        ws = wb.create_sheet(p["name"])
        for col, w in zip("ABCD", (18, 28, 16, 24)):
            ws.column_dimensions[col].width = w
        pid = new_id(p["sex"], p["birth"])
        ws.merge_cells("A1:D1")
        ws["A1"] = "岷川省枫渡市人民医院对口支援派驻人员登记表（合成数据）"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        put(ws, 2, ["姓  名：", p["name"], "性别：", p["sex"]])
        put(ws, 3, ["身份证号码：", pid, "出生年月：", f"{p['birth'][:4]}年{int(p['birth'][4:6])}月"])
        put(ws, 4, ["派出单位：", H["S1"], "受援单位：", H[p["rec"]]])
        put(ws, 5, ["派驻科室：", p["dept"], "职称：", p["title_w"]])
        if p["style"] == "A":
            put(ws, 6, ["派驻时间：", p["period_w"]])
            ws.merge_cells("B6:D6")
        else:
            ws.merge_cells("A6:D6")
            ws["A6"] = "派驻时间：" + p["period_w"]
        put(ws, 7, ["在受援医院任职：", p["pos_w"], "工作年限：", p["years_w"]])
        put(ws, 8, ["受援医院发放补贴：", p["paid_w"], "联系电话：", "13900000000"])
        put(ws, 9, ["派出单位意见：", "同意派驻。（盖章）"])
        ws.merge_cells("B9:D9")
        put(ws, 10, ["填表日期：2023年9月5日"])
        fields = {"department": p["dept"], **p["title"], "start_date": iso(p["start"]), "end_date": iso(p["end"]),
                  "position_at_recipient": p["pos"], "years_of_service": p["years"],
                  "paid_by_recipient": any_of(0, None)}
        EXP.row("deployments", fn, p["name"], None, fields,
                {"support_hospital_id": H["S1"], "recipient_hospital_id": H[p["rec"]]}, id_number=pid,
                note="label|value form, one person per sheet; 派驻时间 style " + p["style"])
    save_wb(wb, sub / fn)


def f02_stacked_forms(sub: Path):
    """Several person-forms stacked in one sheet; the support hospital only in the title."""
    fn = "SYNTHETIC_枫渡市第二人民医院_派驻人员信息表_合成数据.xlsx"
    sheet = "派驻人员"
    people = [
        dict(name="唐建明", sex="男", birth="19790302", rec="YA", dept="心血管内科", title_w="副主任医师",
             start=d(2023, 3, 1), end=d(2023, 8, 31), period_w="2023年3月1日至2023年8月31日", pos_w="科主任", pos="科主任"),
        dict(name="许文静", sex="女", birth="19880716", rec="YA", dept="麻醉科", title_w="主治医师",
             start=d(2023, 3, 1), end=d(2023, 8, 31), period_w="2023.3.1-2023.8.31", pos_w="无", pos=None),
        dict(name="邓志远", sex="男", birth="19701123", rec="TX", dept="骨科", title_w="主任医师",
             start=d(2023, 7, 15), end=d(2024, 1, 14), period_w="2023年7月15日—2024年1月14日", pos_w="副院长", pos="副院长"),
        dict(name="罗敏", sex="女", birth="19810204", rec="TX", dept="检验科", title_w="副主任技师",
             start=d(2023, 7, 15), end=d(2024, 1, 14), period_w="2023年7月15日—2024年1月14日", pos_w="无", pos=None),
        dict(name="冯海涛", sex="男", birth="19930811", rec="YA", dept="急诊科", title_w="住院医师",
             start=d(2023, 9, 1), end=d(2024, 2, 29), period_w="2023.9.1-2024.2.29", pos_w="无", pos=None),
    ]
    wb = new_xlsxwriter(sub / fn, "派驻人员信息表（合成数据）")
    ws = wb.add_worksheet(sheet)
    ws.set_column(0, 5, 16)
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    ws.merge_range(0, 0, 0, 5, "岷川省枫渡市第二人民医院2023年对口支援派驻人员信息表（合成数据）", title)
    ws.write_string(1, 0, "填报日期：2023年10月8日")
    r = 3  # 0-based; first form starts on Excel row 4
    for p in people:
        pid = new_id(p["sex"], p["birth"])
        xw_put(ws, r, ["姓  名：", p["name"], "性  别：", p["sex"], "民  族：", "汉族"])
        xw_put(ws, r + 1, ["身份证号码：", pid, "出生年月：", f"{p['birth'][:4]}.{p['birth'][4:6]}", "政治面貌：", "群众"])
        xw_put(ws, r + 2, ["派驻单位：", H[p["rec"]], None, "派驻科室：", p["dept"]])
        ws.merge_range(r + 2, 1, r + 2, 2, H[p["rec"]])
        xw_put(ws, r + 3, ["职  称：", p["title_w"], None, "在受援医院任职：", p["pos_w"]])
        ws.write_string(r + 4, 0, "派驻时间：")
        ws.merge_range(r + 4, 1, r + 4, 5, p["period_w"])
        xw_put(ws, r + 5, ["联系电话：", "13900000000"])
        fields = {"department": p["dept"], **title_fields(p["title_w"]), "start_date": iso(p["start"]),
                  "end_date": iso(p["end"]), "position_at_recipient": p["pos"]}
        EXP.row("deployments", fn, sheet, None, fields,
                {"support_hospital_id": H["S2"], "recipient_hospital_id": H[p["rec"]]}, id_number=pid,
                note=f"stacked label|value form starting Excel row {r + 1}; support hospital only in the title")
        r += 8  # 6 form rows + 2 blank rows
    xw_put(ws, r, ["派出单位（盖章）：", None, None, "填表人：（合成数据）"])
    wb.close()
    normalize_zip(sub / fn)


def f03_reporter_line(sub: Path):
    """Recipient only on the 填报单位 line; support hospital name without the province;
    a lowercase x ID, a wrong check digit, a 15-digit ID, an open end (至今), a row without dates."""
    fn = "SYNTHETIC_青柘县人民医院_2023年派驻人员花名册_合成数据.xlsx"
    sheet = "花名册"
    wb = new_wb()
    ws = wb.create_sheet(sheet)
    ws.merge_cells("A1:J1")
    ws["A1"] = "2023年度城市医院对口支援派驻人员花名册（合成数据）"
    ws["A1"].font = Font(bold=True, size=14)
    put(ws, 2, ["填报单位：青柘县人民医院（盖章）", None, None, None, None, None, None, "填报日期：2023年12月20日"])
    put(ws, 3, ["序号", "姓名", "性别", "身份证号", "派出单位", "派驻科室", "职称", "派驻起止时间", "在我院任职", "备注"])
    rows = [
        ("谢婷婷", "女", "19870312", "normal", "枫渡市人民医院", "呼吸内科", "主治医师", "2023.01.01-2023.06.30", d(2023, 1, 1), d(2023, 6, 30), "", None),
        ("潘宏伟", "男", "19750627", "lower_x", "岷川省枫渡市人民医院", "神经外科", "副主任医师", "2023.01.01-2023.06.30", d(2023, 1, 1), d(2023, 6, 30), "科主任", None),
        ("田甜", "女", "19900218", "normal", "枫渡市人民医院", "超声科", "主管技师", "2023.03.01-2023.08.31", d(2023, 3, 1), d(2023, 8, 31), "", None),
        ("董晓明", "男", "19690930", "bad_check", "枫渡市人民医院", "消化内科", "主任医师", "2023.04.01-2023.09.30", d(2023, 4, 1), d(2023, 9, 30), "", "身份证号待核"),
        ("汪琳", "女", "19800101", "normal", "枫渡市人民医院", "护理部", "副主任护师", "2023.07.01-2023.12.31", d(2023, 7, 1), d(2023, 12, 31), "护理部副主任", None),
        ("范俊杰", "男", "820714", "id15", "枫渡市人民医院", "骨科", "主治医师", "2023.07.01-2023.12.31", d(2023, 7, 1), d(2023, 12, 31), "", None),
        ("石磊", "男", "19770505", "normal", "枫渡市人民医院", "泌尿外科", "副主任医师", "2023.07.01-至今", d(2023, 7, 1), None, "", None),
        ("廖芳", "女", "19890420", "normal", "枫渡市人民医院", "药剂科", "主管药师", "2023.09.01-2024.02.29", d(2023, 9, 1), d(2024, 2, 29), "", None),
        ("江涛", "男", "19850808", "normal", "枫渡市人民医院", "麻醉科", "主治医师", "", None, None, "", "待定"),
    ]
    r = 4
    for i, (name, sex, birth, kind, sup, dept, title_w, period, start, end, pos_w, note) in enumerate(rows, 1):
        finds = None
        id_for_person = None
        if kind == "normal":
            idw = new_id(sex, birth)
            id_for_person = idw
        elif kind == "lower_x":
            idu = new_id(sex, birth, want_x=True)
            idw = idu[:17] + "x"
            id_for_person = idu
            EXP.note_id(idw)
        elif kind == "bad_check":
            good = new_id(sex, birth)
            idw = wrong_check(good)
            EXP.note_id(idw, good)
            finds = ["id_number"]
        else:
            idw, up = id15(sex, birth)
            EXP.note_id(idw, up)
            finds = ["id_number"]
        put(ws, r, [i, name, sex, idw, sup, dept, title_w, period, pos_w or None, note])
        if start is None:
            EXP.note_id(idw)
            EXP.quarantine("deployments", fn, sheet, r, "派驻起止时间 blank: no start date at all", None)
        else:
            fields = {"department": dept, **title_fields(title_w), "start_date": iso(start), "end_date": iso(end)}
            if pos_w:
                fields["position_at_recipient"] = pos_w
            EXP.row("deployments", fn, sheet, r, fields,
                    {"support_hospital_id": H["S1"], "recipient_hospital_id": H["QZ"]},
                    id_number=id_for_person, findings=finds,
                    note={"normal": None, "lower_x": "ID written with a lowercase x check character",
                          "bad_check": "ID with a wrong check digit: curated with an id_number finding (person_id not checked)",
                          "id15": "15-digit ID: curated with an id_number finding (person_id not checked)"}[kind]
                    or ("end 至今 -> NULL" if end is None else None))
        r += 1
    put(ws, r, ["合计", "9人"])
    put(ws, r + 1, ["填表人：（合成数据）", None, None, "联系电话：0000-0000000", None, None, "审核人：（合成数据）"])
    save_wb(wb, sub / fn)


def f04_two_level_header_xls(sub: Path):
    """受援单位 line above the table, two-level header 派驻时间 over 开始|结束, support as '市人医' in some rows."""
    fn = "SYNTHETIC_桐溪县人民医院_派驻医师名单_合成数据.xls"
    sheet = "派驻医师"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    for i, w in enumerate([6, 10, 22, 26, 12, 14, 16, 16, 16]):
        ws.col(i).width = 256 * w
    ws.write_merge(0, 0, 0, 8, "对口支援派驻医师名单（合成数据）", XLWT_TITLE)
    ws.write(1, 0, "受援单位：桐溪县人民医院")
    ws.write(1, 6, "统计时间：2023年")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派出医院", "科室", "职称"]):
        ws.write_merge(2, 3, j, j, h, XLWT_HEAD)
    ws.write_merge(2, 2, 6, 7, "派驻时间", XLWT_HEAD)
    ws.write(3, 6, "开始", XLWT_HEAD)
    ws.write(3, 7, "结束", XLWT_HEAD)
    ws.write_merge(2, 3, 8, 8, "备注", XLWT_HEAD)
    rows = [
        ("魏少华", "男", "19760219", "枫渡市第二人民医院", "肾内科", "副主任医师", d(2023, 7, 20), d(2024, 1, 19), XLWT_DATE),
        ("程燕", "女", "19850611", "市人医", "内分泌科", "主治医师", d(2023, 3, 1), d(2023, 8, 31), XLWT_DATE),
        ("袁峰", "男", "19840930", "岷川省枫渡市第二人民医院", "普外科", "主治医师", d(2023, 7, 20), d(2024, 1, 19), XLWT_DATE_CN),
        ("侯雪梅", "女", "19780115", "市人医", "儿科", "副主任医师", d(2023, 3, 1), d(2023, 8, 31), XLWT_DATE_CN),
        ("邹凯", "男", "19890303", "枫渡市第二人民医院", "影像科", "主治医师", d(2023, 8, 1), d(2024, 1, 31), XLWT_DATE),
        ("熊丽", "女", "19870727", "市人医", "眼科", "主治医师", d(2023, 9, 1), d(2024, 2, 29), XLWT_DATE),
        ("金鑫", "男", "19940512", "枫渡市第二人民医院", "心内科", "住院医师", "2023.10.8", "2024.4.7", None),
    ]
    r0 = 4
    for i, (name, sex, birth, sup, dept, title_w, start, end, style) in enumerate(rows, 1):
        pid = new_id(sex, birth)
        xlwt_put(ws, r0, [i, name, pid, sup, dept, title_w, start, end], date_style=style or XLWT_DATE)
        excel_row = r0 + 1
        if sup == "市人医":
            EXP.note_id(pid)
            EXP.quarantine("deployments", fn, sheet, excel_row,
                           "派出医院 written as the abbreviation '市人医': 桐溪县人民医院 has two support hospitals "
                           "(市人民医院 and 市第二人民医院); not resolvable without a confirmed alias",
                           "UNRESOLVED_HOSPITAL")
        else:
            if isinstance(start, str):
                s_iso, e_iso = "2023-10-08", "2024-04-07"
            else:
                s_iso, e_iso = iso(start), iso(end)
            EXP.row("deployments", fn, sheet, excel_row,
                    {"department": dept, **title_fields(title_w), "start_date": s_iso, "end_date": e_iso},
                    {"support_hospital_id": H["S2"], "recipient_hospital_id": H["TX"]}, id_number=pid,
                    note="recipient from the 受援单位 line; dates under a merged two-level header")
        r0 += 1
    ws.write(r0, 0, "备注：派驻时间以实际到岗时间为准。")
    wb.save(str(sub / fn))


def f05_sections_instructions_hidden(sub: Path):
    """填表说明 block on top, section rows give the department, a hidden old row, a hidden draft sheet."""
    fn = "SYNTHETIC_枫渡市中医医院_派驻人员名单_分组_合成数据.xlsx"
    sheet = "派驻名单"
    wb = new_wb()
    ws = wb.create_sheet(sheet)
    put(ws, 1, ["填表说明："])
    put(ws, 2, ["1．本表由派出单位填写，每半年报送一次，报送时请勿修改表头；"])
    put(ws, 3, ["2．身份证号码请填写18位，末位为X的请大写；"])
    put(ws, 4, ["3．职称按卫生专业技术资格填写（如主治医师、副主任医师）；"])
    put(ws, 5, ["4．派驻时间请填写到日，格式如2023-01-01。"])
    ws.merge_cells("A7:H7")
    ws["A7"] = "岷川省枫渡市中医医院对口支援派驻人员名单（合成数据）"
    ws["A7"].font = Font(bold=True, size=14)
    put(ws, 8, ["派出单位：枫渡市中医院", None, None, None, "受援单位：青柘县中医医院"])
    put(ws, 9, ["序号", "姓名", "身份证号码", "职称", "派驻开始日期", "派驻结束日期", "在受援医院任职", "备注"])
    dept_any = {"外科组": any_of("外科组", "外科"), "内科组": any_of("内科组", "内科"),
                "针灸推拿科": "针灸推拿科"}
    layout = [
        ("section", "一、外科组", "外科组"),
        ("p", "陆遥", "男", "19860909", "主治医师", title_fields("主治医师"), d(2023, 3, 1), d(2023, 8, 31), "", None),
        ("hidden", "郝建国", "男", "19740301", "副主任医师", None, d(2023, 1, 1), d(2023, 6, 30), "副院长", "原计划（已调整）"),
        ("p", "郝建国", "男", "19740301", "副主任医师", title_fields("副主任医师"), d(2023, 3, 1), d(2023, 8, 31), "副院长", "调整后"),
        ("p", "孔令辉", "男", "19690622", "主任中医师", {"title": any_of("主任中医师", "主任医师"), "title_rank": "正高级"},
         d(2023, 7, 1), d(2023, 12, 31), "", None),
        ("section", "二、内科组", "内科组"),
        ("p", "邱红", "女", "19770417", "副主任中医师", {"title": any_of("副主任中医师", "副主任医师"), "title_rank": "副高级"},
         d(2023, 3, 1), d(2023, 8, 31), "科主任", None),
        ("p", "贺文斌", "男", "19880128", "主治医师", title_fields("主治医师"), d(2023, 7, 1), d(2023, 12, 31), "", None),
        ("section", "三、针灸推拿科", "针灸推拿科"),
        ("p", "龚丽娜", "女", "19900606", "主治中医师", {"title": any_of("主治中医师", "主治医师"), "title_rank": "中级"},
         d(2023, 3, 1), d(2023, 8, 31), "", None),
        ("p", "赖明", "男", "19950403", "住院医师", title_fields("住院医师"), d(2023, 7, 1), d(2023, 12, 31), "", None),
    ]
    r = 10
    n = 0
    dept = None
    ids = {}
    for item in layout:
        if item[0] == "section":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1, value=item[1])
            dept = item[2]
            r += 1
            continue
        kind, name, sex, birth, title_w, tf, start, end, pos_w, note = item
        if name not in ids:
            ids[name] = new_id(sex, birth)
        pid = ids[name]
        if kind == "p":
            n += 1
            seq = n
        else:
            seq = n + 1
        put(ws, r, [seq, name, pid, title_w, start, end, pos_w or None, note])
        if kind == "hidden":
            ws.row_dimensions[r].hidden = True
            EXP.not_curated(fn, sheet, r, "hidden row: the old plan for 郝建国 kept hidden above the corrected row")
        else:
            fields = {"department": dept_any[dept], **tf, "start_date": iso(start), "end_date": iso(end)}
            if pos_w:
                fields["position_at_recipient"] = pos_w
            EXP.row("deployments", fn, sheet, r, fields,
                    {"support_hospital_id": H["S3"], "recipient_hospital_id": H["QZZY"]}, id_number=pid,
                    note="department from the section row above; support written 枫渡市中医院 on the 派出单位 line")
        r += 1
    put(ws, r, ["合计：7人"])
    put(ws, r + 1, ["填表人：（合成数据）", None, None, "审核人：", None, "填报日期：2023年7月10日"])
    # hidden draft sheet
    ds = wb.create_sheet("草稿")
    ds.sheet_state = "hidden"
    put(ds, 1, ["序号", "姓名", "身份证号码", "职称", "派驻开始日期", "派驻结束日期", "科室"])
    put(ds, 2, [1, "陆遥", ids["陆遥"], "主治医师", d(2023, 2, 1), d(2023, 7, 31), "外科"])
    put(ds, 3, [2, "孔令辉", ids["孔令辉"], "主任中医师", d(2023, 6, 1), d(2023, 11, 30), "外科"])
    EXP.not_curated(fn, "草稿", None, "hidden sheet with a draft")
    save_wb(wb, sub / fn)


def f06_two_stacked_tables(sub: Path):
    """上半年 / 下半年 tables in one sheet; the second header uses other wording and order."""
    fn = "SYNTHETIC_云岙县人民医院_2023年派驻人员统计_合成数据.xlsx"
    sheet = "2023年"
    wb = new_xlsxwriter(sub / fn, "派驻人员统计（合成数据）")
    ws = wb.add_worksheet(sheet)
    ws.set_column(0, 7, 15)
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.merge_range(0, 0, 0, 7, "云岙县人民医院2023年对口支援派驻人员统计表（合成数据）",
                   wb.add_format({"bold": True, "font_size": 14, "align": "center"}))
    ws.write_string(1, 0, "一、上半年派驻人员")
    xw_put(ws, 2, ["序号", "姓名", "身份证号码", "科室", "职称", "派驻开始时间", "派驻结束时间", "派出单位"])
    first = [
        ("蒋春燕", "女", "19790808", "妇产科", "副主任医师", d(2023, 1, 1), d(2023, 6, 30)),
        ("韩立新", "男", "19850314", "呼吸内科", "主治医师", d(2023, 1, 1), d(2023, 6, 30)),
        ("杜娟", "女", "19860521", "护理部", "主管护师", "2023-02-15", "2023-08-14"),
        ("苏卫东", "男", "19710719", "普外科", "主任医师", d(2023, 1, 1), d(2023, 6, 30)),
    ]
    r = 3
    for i, (name, sex, birth, dept, title_w, s, e) in enumerate(first, 1):
        pid = new_id(sex, birth)
        xw_put(ws, r, [i, name, pid, dept, title_w, s, e, "枫渡市第二人民医院"], fmt_date=datef)
        s_iso = s if isinstance(s, str) else iso(s)
        e_iso = e if isinstance(e, str) else iso(e)
        EXP.row("deployments", fn, sheet, r + 1,
                {"department": dept, **title_fields(title_w), "start_date": s_iso, "end_date": e_iso},
                {"support_hospital_id": H["S2"], "recipient_hospital_id": H["YA"]}, id_number=pid,
                note="first of two stacked tables")
        r += 1
    r += 1  # blank row
    ws.write_string(r, 0, "二、下半年派驻人员")
    r += 1
    xw_put(ws, r, ["序号", "派出医院", "姓名", "职务/职称", "所在科室", "公民身份号码", "起止日期"])
    r += 1
    second = [
        ("吕静怡", "女", "19910205", "主治医师", title_fields("主治医师"), "麻醉科", "2023.07.01-2023.12.31", d(2023, 7, 1), d(2023, 12, 31)),
        ("彭永刚", "男", "19730918", "副院长/主任医师", title_fields("主任医师"), "普外科", "2023.07.01-2023.12.31", d(2023, 7, 1), d(2023, 12, 31)),
        ("曾慧", "女", "19870830", "主管护师", title_fields("主管护师"), "急诊科", "2023.07.01-2023.12.31", d(2023, 7, 1), d(2023, 12, 31)),
        ("郭振华", "男", "19800411", "副主任医师", title_fields("副主任医师"), "神经内科", "2023.08.01-2024.01.31", d(2023, 8, 1), d(2024, 1, 31)),
    ]
    for i, (name, sex, birth, tw, tf, dept, period, s, e) in enumerate(second, 1):
        pid = new_id(sex, birth)
        xw_put(ws, r, [i, "岷川省枫渡市第二人民医院", name, tw, dept, pid, period])
        EXP.row("deployments", fn, sheet, r + 1,
                {"department": dept, **tf, "start_date": iso(s), "end_date": iso(e)},
                {"support_hospital_id": H["S2"], "recipient_hospital_id": H["YA"]}, id_number=pid,
                note="second stacked table, different header wording and order" +
                     ("; title taken from 副院长/主任医师" if "/" in tw else ""))
        r += 1
    r += 1
    ws.write_string(r, 0, "填报人：（合成数据）")
    ws.write_string(r, 4, "审核：（合成数据）")
    wb.close()
    normalize_zip(sub / fn)


def f18_county_to_township(sub: Path):
    """County hospital → township centre; 派驻时间 as a month range in one cell, one 至今."""
    fn = "SYNTHETIC_桐溪县人民医院_下沉柳营乡卫生院人员名单_合成数据.xlsx"
    sheet = "Sheet1"
    wb = new_xlsxwriter(sub / fn, "下沉人员（合成数据）")
    ws = wb.add_worksheet(sheet)
    ws.set_column(0, 6, 16)
    ws.merge_range(0, 0, 0, 6, "桐溪县人民医院下沉柳营乡卫生院人员名单（合成数据）")
    xw_put(ws, 1, ["序号", "姓名", "身份证号", "科室", "职称", "派驻时间", "派驻单位"])
    rows = [
        ("黎志强", "男", "19860102", "内科", "主治医师", "2023年3月—2023年8月", d(2023, 3, 1), d(2023, 8, 31)),
        ("方芳", "女", "19920616", "护理", "护师", "2023年3月—2023年8月", d(2023, 3, 1), d(2023, 8, 31)),
        ("蔡勇", "男", "19830824", "外科", "主治医师", "2023年9月—至今", d(2023, 9, 1), None),
        ("薛梅", "女", "19940220", "公共卫生科", "住院医师", "2023年9月—2024年2月", d(2023, 9, 1), d(2024, 2, 29)),
        ("易斌", "男", "19880917", "中医科", "主治医师", "2023年9月—2024年2月", d(2023, 9, 1), d(2024, 2, 29)),
    ]
    for i, (name, sex, birth, dept, tw, period, s, e) in enumerate(rows, 1):
        pid = new_id(sex, birth)
        xw_put(ws, 1 + i, [i, name, pid, dept, tw, period, "柳营乡卫生院"])
        EXP.row("deployments", fn, sheet, 2 + i,
                {"department": dept, **title_fields(tw), "start_date": iso(s), "end_date": iso(e)},
                {"support_hospital_id": H["TX"], "recipient_hospital_id": H["LY"]}, id_number=pid,
                note="support hospital only in the title; month-only range" + ("; 至今 -> end NULL" if e is None else ""))
    wb.close()
    normalize_zip(sub / fn)


# =========================================================================== trainees
def f08_trainees_name_only(sub: Path):
    fn = "SYNTHETIC_枫渡市人民医院_2023年接收进修人员登记表_合成数据.xlsx"
    sheet = "进修人员"
    wb = new_wb()
    ws = wb.create_sheet(sheet)
    ws.merge_cells("A1:I1")
    ws["A1"] = "岷川省枫渡市人民医院2023年接收对口支援医院进修人员登记表（合成数据）"
    ws["A1"].font = Font(bold=True, size=14)
    put(ws, 2, ["填报单位（盖章）：岷川省枫渡市人民医院", None, None, None, None, None, "填报日期：2024年1月10日"])
    put(ws, 3, ["序号", "姓名", "性别", "选送单位", "进修科室", "进修时间", "进修费（元）", "是否结业", "备注"])
    rows = [
        ("王海燕", "女", "QZ", "心内科", "2023.03-2023.08", "0", "已结业", (3, 8), 0, True),
        ("李春生", "男", "QZ", "普外科", "2023.03-2023.08", "免收", "已结业", (3, 8), 0, True),
        ("张丽", "女", "TX", "重症医学科", "2023.03-2023.08", "无", "是", (3, 8), 0, True),
        ("刘洋", "男", "TX", "麻醉科", "2023.04-2023.09", "¥2,000", "已结业", (4, 9), 2000, True),
        ("陈静", "女", "YAFY", "产科", "2023.04-2023.09", "0", "已结业", (4, 9), 0, True),
        ("杨帆", "男", "QZ", "骨科", "2023.05-2023.10", "免收", "是", (5, 10), 0, True),
        ("赵敏", "女", "TX", "护理部", "2023.05-2023.10", 0, "已结业", (5, 10), 0, True),
        ("孙浩", "男", "OTHER", "神经内科", "2023.06-2023.11", "3000", "已结业", None, None, None),
        ("黄磊", "男", "YAFY", "新生儿科", "2023.07-2023.12", "免收", "已结业", (7, 12), 0, True),
        ("周婷", "女", "QZ", "检验科", "2023.09-2024.02", "无", "在修", (9, 2), 0, False),
        ("吴刚", "男", "TX", "消化内科", "2023.09-2024.02", "免收", "在修", (9, 2), 0, False),
        ("徐丽萍", "女", "YAFY", "儿科", "2023.10-2024.03", "0", "在修", (10, 3), 0, False),
        ("马骏", "男", "QZ", "急诊科", "2023.11-至今", "免收", "在修", (11, None), 0, False),
    ]
    r = 4
    for i, (name, sex, rec, dept, period, fee_w, done_w, months, fee, done) in enumerate(rows, 1):
        unit = OTHER_PROVINCE_HOSPITAL if rec == "OTHER" else H[rec]
        put(ws, r, [i, name, sex, unit, dept, period, fee_w, done_w,
                    "外省医院自行联系" if rec == "OTHER" else None])
        if rec == "OTHER":
            EXP.quarantine("trainees", fn, sheet, r,
                           f"sending hospital {OTHER_PROVINCE_HOSPITAL} is in another province and not in the pairing list")
        else:
            m1, m2 = months
            start = d(2023, m1, 1)
            end = None if m2 is None else month_end(2023 if m2 >= m1 else 2024, m2)
            EXP.row("trainees", fn, sheet, r,
                    {"department": dept, "start_date": iso(start), "end_date": iso(end), "fee_charged": fee,
                     "completed": done},
                    {"recipient_hospital_id": H[rec], "host_hospital_id": H["S1"]}, name_only=True,
                    findings=["NAME_ONLY"],
                    note=f"name only; 进修时间 {period}; 进修费 {fee_w!r}; 是否结业 {done_w}")
        r += 1
    put(ws, r + 1, ["注：对口支援受援医院人员进修一律免收进修费。"])
    save_wb(wb, sub / fn)


def f09_trainees_ods(sub: Path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    fn = "SYNTHETIC_枫渡市第二人民医院_进修人员名单_合成数据.ods"
    sheet = "进修人员"
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)

    def row(values):
        tr = TableRow()
        for v in values:
            if v is None:
                tc = TableCell()
            elif isinstance(v, dt.date):
                tc = TableCell(valuetype="date", datevalue=v.isoformat())
                tc.addElement(P(text=v.isoformat()))
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=str(v))
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)

    row(["岷川省枫渡市第二人民医院2023年进修人员名单（合成数据）"])
    row(["姓名", "身份证号", "工作单位", "进修专业", "开始日期", "结束日期", "进修费用（元）", "结业情况"])
    rows = [
        ("曹雨", "女", "19900315", "YA", "心血管内科", d(2023, 2, 1), d(2023, 7, 31), "已结业", True),
        ("严俊", "男", "19880722", "YA", "普外科", d(2023, 3, 1), d(2023, 8, 31), "已结业", True),
        ("秦露", "女", "19920109", "YA", "影像科", d(2023, 4, 1), d(2023, 9, 30), "已结业", True),
        ("尹振", "男", "19870426", "YA", "护理", d(2023, 9, 1), d(2024, 2, 29), "未结业", False),
        ("顾晨", "男", "19910813", "TX", "骨科", d(2023, 8, 1), d(2024, 1, 31), "未结业", False),
        ("钟秀英", "女", "19850305", "TX", "肾内科", d(2023, 9, 1), d(2024, 2, 29), "未结业", False),
    ]
    for i, (name, sex, birth, rec, dept, s, e, done_w, done) in enumerate(rows):
        pid = new_id(sex, birth)
        row([name, pid, H[rec], dept, s, e, 0, done_w])
        EXP.row("trainees", fn, sheet, 3 + i,
                {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": 0, "completed": done},
                {"recipient_hospital_id": H[rec], "host_hospital_id": H["S2"]}, id_number=pid,
                note="ODS; host hospital only in the title")
    doc.spreadsheet.addElement(t)
    doc.save(str(sub / fn))
    normalize_zip(sub / fn)


def f20_township_trainees_xls(sub: Path):
    fn = "SYNTHETIC_青柘县人民医院_乡镇卫生院进修人员_合成数据.xls"
    sheet = "进修"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    ws.write_merge(0, 0, 0, 7, "青柘县人民医院接收乡镇卫生院进修人员名单（合成数据）", XLWT_TITLE)
    for j, h in enumerate(["序号", "姓名", "身份证号码", "选派单位", "进修科室", "进修起止时间", "进修费", "结业"]):
        ws.write(1, j, h, XLWT_HEAD)
    rows = [
        ("邵明", "男", "19890118", "全科", "2023年4月1日-2023年9月30日", d(2023, 4, 1), d(2023, 9, 30), "是", True),
        ("倪红", "女", "19910927", "内科", "2023年4月1日-2023年9月30日", d(2023, 4, 1), d(2023, 9, 30), "是", True),
        ("毛文", "男", "19860604", "妇产科", "2023年5月1日-2023年10月31日", d(2023, 5, 1), d(2023, 10, 31), "是", True),
        ("史佳", "女", "19930312", "检验科", "2023年9月1日-2024年2月29日", d(2023, 9, 1), d(2024, 2, 29), "否", False),
        ("向东", "男", "19900730", "护理部", "2023年10月1日-2024年3月31日", d(2023, 10, 1), d(2024, 3, 31), "否", False),
    ]
    for i, (name, sex, birth, dept, period, s, e, done_w, done) in enumerate(rows, 1):
        pid = new_id(sex, birth)
        xlwt_put(ws, 1 + i, [i, name, pid, "白沙镇中心卫生院", dept, period, "免费", done_w])
        EXP.row("trainees", fn, sheet, 2 + i,
                {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": 0, "completed": done},
                {"recipient_hospital_id": H["BS"], "host_hospital_id": H["QZ"]}, id_number=pid,
                note="township centre written without the county (白沙镇中心卫生院); 进修费 免费; host only in the title")
    wb.save(str(sub / fn))


# =========================================================================== techniques
def f10_techniques_month_sheets(sub: Path):
    fn = "SYNTHETIC_青柘县人民医院_新技术新项目_合成数据.xlsx"
    wb = new_wb()
    data = {
        3: [("腹腔镜胆囊切除术", "普外科", "15例", 15, "否", False, None),
            ("经皮冠状动脉造影术", "心内科", "二十例", 20, "是（县域首例）", True, None),
            ("无痛胃肠镜检查", "消化内科", "约10例", None, "否", False, ["cases"]),
            ("床旁连续性血液净化", "重症医学科", "8例", 8, "是", True, None)],
        5: [("关节镜下半月板修复术", "骨科", "6", 6, "是", True, None),
            ("超声引导下神经阻滞", "麻醉科", "三十例", 30, "否", False, None),
            ("电子支气管镜检查", "呼吸内科", "12例", 12, "是（县域首例）", True, None),
            ("产后盆底康复治疗", "妇产科", 40, 40, "否", False, None)],
        9: [("经尿道前列腺电切术", "泌尿外科", "9例", 9, "否", False, None),
            ("颅内血肿微创清除术", "神经外科", "5例", 5, "是", True, None),
            ("动态心电图远程判读", "心内科", "25例", 25, "否", False, None),
            ("PICC置管术", "护理部", "18例", 18, "否", False, None)],
    }
    for m, items in data.items():
        sheet = f"{m}月新开展项目"
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1")
        ws["A1"] = "青柘县人民医院2023年新技术新项目开展情况（合成数据）"
        put(ws, 2, ["序号", "项目名称", "开展科室", "帮扶单位", "开展例数", "是否县内首创", "备注"])
        for i, (name, dept, cases_w, cases, gap_w, gap, finds) in enumerate(items, 1):
            put(ws, 2 + i, [i, name, dept, "枫渡市人民医院", cases_w, gap_w, None])
            EXP.row("techniques", fn, sheet, 2 + i,
                    {"name": name, "department": dept, "first_performed_date": iso(d(2023, m, 1)), "cases": cases,
                     "fills_county_gap": gap},
                    {"recipient_hospital_id": H["QZ"], "support_hospital_id": H["S1"]}, findings=finds,
                    note=f"month only in the sheet name; cases {cases_w!r}; gap {gap_w}")
        put(ws, 3 + len(items), ["填报人：（合成数据）"])
    save_wb(wb, sub / fn)


def f11_techniques_xls(sub: Path):
    fn = "SYNTHETIC_云岙县妇幼保健院_新技术新业务开展情况_合成数据.xls"
    sheet = "新技术新业务"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    ws.write_merge(0, 0, 0, 6, "云岙县妇幼保健院2023年新技术、新业务开展情况表（合成数据）", XLWT_TITLE)
    for j, h in enumerate(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "指导专家"]):
        ws.write(1, j, h, XLWT_HEAD)
    rows = [
        ("新生儿经皮胆红素监测", "新生儿科", "2023年4月", d(2023, 4, 1), 120, 120, "是", True, "郑国栋"),
        ("宫腔镜检查术", "妇科", "2023.6", d(2023, 6, 1), 15, 15, "否", False, "周雅琴"),
        ("无创产前DNA检测采样", "产科", d(2023, 8, 15), d(2023, 8, 15), 60, 60, "是", True, "周雅琴"),
        ("儿童哮喘规范化管理门诊", "儿科", "2023年9月20日", d(2023, 9, 20), "30例", 30, "否", False, "郑国栋"),
        ("盆底肌电生物反馈治疗", None, None, None, None, None, None, None, None),
        ("母乳喂养咨询门诊", "保健科", "2023年10月", d(2023, 10, 1), "45例", 45, "否", False, ""),
        ("新生儿听力筛查复筛", "新生儿科", "2023年11月", d(2023, 11, 1), 200, 200, "是", True, "郑国栋"),
    ]
    r0 = 2
    for i, (name, dept, date_w, date, cases_w, cases, gap_w, gap, expert) in enumerate(rows, 1):
        vals = [i, name, dept, date_w, cases_w, gap_w, expert or None]
        xlwt_put(ws, r0, vals)
        if date is None:
            EXP.quarantine("techniques", fn, sheet, r0 + 1, "technique row with only a name: no date, department or cases")
        else:
            EXP.row("techniques", fn, sheet, r0 + 1,
                    {"name": name, "department": dept, "first_performed_date": iso(date), "cases": cases,
                     "fills_county_gap": gap},
                    {"recipient_hospital_id": H["YAFY"]},
                    note=f"recipient only in the title; first date written {date_w!s}")
        r0 += 1
    ws.write(r0, 0, "合计")
    ws.write(r0, 4, 470)
    wb.save(str(sub / fn))


def f21_techniques_csv(sub: Path):
    fn = "SYNTHETIC_白沙镇中心卫生院_新技术开展登记_合成数据.csv"
    lines = [["青柘县白沙镇中心卫生院2023年新技术开展登记（合成数据）", "", "", "", "", ""],
             ["项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "指导单位"]]
    rows = [
        ("清创缝合术规范化", "外科", "2023-03-10", d(2023, 3, 10), "26例", 26, "否", False),
        ("心电图远程诊断", "内科", "2023-04-18", d(2023, 4, 18), "40例", 40, "否", False),
        ("中医针灸理疗", "中医科", "2023-06-05", d(2023, 6, 5), "35例", 35, "否", False),
        ("慢阻肺肺功能筛查", "公共卫生科", "2023/8/22", d(2023, 8, 22), "五十例", 50, "否", False),
    ]
    for i, (name, dept, dw, date, cw, cases, gw, gap) in enumerate(rows):
        lines.append([name, dept, dw, cw, gw, "青柘县人民医院"])
        EXP.row("techniques", fn, None, 3 + i,
                {"name": name, "department": dept, "first_performed_date": iso(date), "cases": cases,
                 "fills_county_gap": gap},
                {"recipient_hospital_id": H["BS"], "support_hospital_id": H["QZ"]},
                note="UTF-8 CSV without BOM; recipient only in the title line")
    write_csv(sub / fn, lines, "utf-8")


# =========================================================================== activities
TYPES = [("教学查房", "教学查房"), ("专题讲座", "学术讲座"), ("手术带教", "手术示教"), ("义诊活动", "义诊"),
         ("远程会诊", "远程会诊"), ("疑难病例讨论", "疑难病例讨论")]
TOPICS = {
    "教学查房": ["急性心肌梗死患者教学查房", "术后切口感染病例查房", "慢阻肺急性加重查房", "糖尿病足病例查房",
              "重症肺炎查房", "脑梗死溶栓后查房", "妊娠期高血压查房"],
    "专题讲座": ["胸痛中心建设与规范化管理", "抗菌药物合理使用", "院感防控要点", "心肺复苏新指南解读",
              "高血压分级诊疗", "医疗纠纷防范", "护理质量管理"],
    "手术带教": ["腹腔镜阑尾切除术", "经皮肾镜取石术", "全髋关节置换术", "甲状腺腺叶切除术", "剖宫产术",
              "腰椎间盘摘除术"],
    "义诊活动": ["县城广场义诊", "柳营乡集镇义诊", "敬老院健康义诊", "社区慢病义诊", "学校视力筛查义诊"],
    "远程会诊": ["肺部结节远程会诊", "复杂先心病远程会诊", "重症胰腺炎远程会诊", "疑难皮肤病远程会诊"],
    "疑难病例讨论": ["不明原因发热病例讨论", "反复晕厥病例讨论", "多发伤病例讨论", "肝功能异常病例讨论"],
}


def f12_activities_dates(sub: Path):
    fn = "SYNTHETIC_桐溪县人民医院_对口帮扶活动记录_合成数据.xlsx"
    sheet = "活动记录"
    rng = random.Random(12)
    wb = new_wb()
    ws = wb.create_sheet(sheet)
    ws.merge_cells("A1:H1")
    ws["A1"] = "桐溪县人民医院2023年对口支援带教、查房、讲座、义诊活动记录表（合成数据）"
    ws["A1"].font = Font(bold=True, size=14)
    put(ws, 2, ["序号", "日期", "活动形式", "主题", "主讲/带教专家", "支援单位", "参加人数", "备注"])
    dates = [d(2023, 1, 10), d(2023, 1, 18), d(2023, 2, 7), d(2023, 2, 21), d(2023, 3, 3), d(2023, 3, 15),
             d(2023, 3, 28), d(2023, 4, 5), d(2023, 4, 12), d(2023, 4, 26), d(2023, 5, 9), d(2023, 5, 12),
             d(2023, 5, 24), d(2023, 6, 6), d(2023, 6, 16), d(2023, 6, 30), d(2023, 7, 11), d(2023, 7, 20),
             d(2023, 7, 27), d(2023, 8, 3), d(2023, 8, 15), d(2023, 8, 29), d(2023, 9, 7), d(2023, 9, 19),
             d(2023, 10, 10), d(2023, 10, 24), d(2023, 11, 2), d(2023, 11, 14), d(2023, 11, 28), d(2023, 12, 5),
             d(2023, 12, 12), d(2023, 12, 19), d(2023, 12, 27)]
    s1_experts = ["周雅琴", "何丽君", "周雅琴"]
    s2_experts = ["邓志远", "罗敏", "魏少华", "袁峰"]
    r = 3
    seq = 0
    topic_i = {k: 0 for k in TOPICS}
    for i, day in enumerate(dates):
        tw, tn = TYPES[i % len(TYPES)]
        topic = TOPICS[tw][topic_i[tw] % len(TOPICS[tw])]
        topic_i[tw] += 1
        if day >= d(2023, 7, 1) and i % 2 == 0:
            sup_w, sup = ("岷川省枫渡市第二人民医院" if i % 4 == 0 else "枫渡市第二人民医院"), H["S2"]
            expert = s2_experts[i % len(s2_experts)]
        else:
            sup_w, sup = ("枫渡市人民医院" if i % 3 else "岷川省枫渡市人民医院"), H["S1"]
            expert = s1_experts[i % len(s1_experts)]
        style = i % 4
        if style == 0:
            date_v, date_fmt = f"{day.year}/{day.month}/{day.day}", None
        elif style == 1:
            date_v, date_fmt = f"{day.year}年{day.month}月{day.day}日", None
        elif style == 2:
            date_v, date_fmt = day, "yyyy-mm-dd"
        else:
            date_v, date_fmt = f"{day.year}.{day.month}.{day.day}", None
        n = rng.randint(12, 60)
        part_w, part, finds = n, n, None
        if i % 7 == 3:
            part_w = f"{n}人"
        if i == 15:
            part_w, part, finds = "约40人", None, ["participants"]
        if i == 15:
            # an earlier mistyped row kept hidden just above the corrected one
            seq_hidden = seq + 1
            put(ws, r, [seq_hidden, "2023/6/31", tw, topic, expert, sup_w, n, "日期有误"])
            ws.row_dimensions[r].hidden = True
            EXP.not_curated(fn, sheet, r, "hidden row with an impossible date (2023/6/31) kept above the correction")
            r += 1
        if i == 20:
            seq += 1
            put(ws, r, [seq, None, "专题讲座", "护理质量管理（时间待定）", "何丽君", "枫渡市人民医院", None, "待补充"])
            EXP.quarantine("activities", fn, sheet, r, "activity row with no date at all")
            r += 1
        seq += 1
        put(ws, r, [seq, date_v, tw, topic, expert, sup_w, part_w, None], date_fmt=date_fmt or "yyyy-mm-dd")
        EXP.row("activities", fn, sheet, r,
                {"activity_date": iso(day), "activity_type": tn, "topic": topic, "participants": part},
                {"recipient_hospital_id": H["TX"], "support_hospital_id": sup}, findings=finds,
                note=f"date written {date_v!s}; type {tw}; participants {part_w!r}")
        r += 1
    put(ws, r, ["合计", f"{len(dates)}次"])
    save_wb(wb, sub / fn)


def f13_activities_no_year(sub: Path):
    fn = "SYNTHETIC_青柘县中医医院_帮扶活动登记_合成数据.xlsx"
    rng = random.Random(13)
    wb = new_xlsxwriter(sub / fn, "帮扶活动登记（合成数据）")
    quarters = {"二季度": [(4, 5), (4, 12), (4, 20), (5, 6), (5, 11), (5, 25), (6, 1), (6, 15), (6, 28)],
                "三季度": [(7, 6), (7, 13), (7, 27), (8, 3), (8, 17), (8, 24), (9, 7), (9, 14), (9, 26)]}
    types = [("教学查房", "教学查房"), ("专题讲座", "学术讲座"), ("义诊活动", "义诊"), ("手术带教", "手术示教"),
             ("远程会诊", "远程会诊")]
    topics = {"教学查房": ["中风后遗症针灸查房", "腰椎间盘突出症查房", "慢性胃炎中医辨证查房", "失眠症查房"],
              "专题讲座": ["中医经典与临床", "中医护理技术规范", "膏方临床应用", "中药饮片合理使用"],
              "义诊活动": ["白沙镇中医义诊", "三伏贴义诊", "老年人中医体质辨识义诊"],
              "手术带教": ["混合痔切除术", "肛瘘挂线术", "小针刀松解术"],
              "远程会诊": ["疑难湿疹远程会诊", "肿瘤术后中医调理会诊"]}
    experts = ["陆遥", "郝建国", "孔令辉", "邱红", "贺文斌", "龚丽娜"]
    k = 0
    ti = {t: 0 for t, _ in types}
    for sheet, days in quarters.items():
        ws = wb.add_worksheet(sheet)
        ws.set_column(0, 5, 16)
        ws.merge_range(0, 0, 0, 5, "青柘县中医医院2023年对口帮扶活动登记表（合成数据）")
        ws.write_string(1, 0, f"季度：{sheet}")
        xw_put(ws, 2, ["时间", "类型", "内容", "带教专家", "参加人数", "备注"])
        for j, (m, dd) in enumerate(days):
            tw, tn = types[k % len(types)]
            topic = topics[tw][ti[tw] % len(topics[tw])]
            ti[tw] += 1
            n = rng.randint(10, 45)
            xw_put(ws, 3 + j, [f"{m}月{dd}日", tw, topic, experts[k % len(experts)], n])
            EXP.row("activities", fn, sheet, 4 + j,
                    {"activity_date": iso(d(2023, m, dd)), "activity_type": tn, "topic": topic, "participants": n},
                    {"recipient_hospital_id": H["QZZY"]},
                    note="date written without the year; 2023 only in the title; recipient only in the title")
            k += 1
    wb.close()
    normalize_zip(sub / fn)


def f14_activities_csv(sub: Path):
    fn = "SYNTHETIC_白沙镇中心卫生院_县医院帮扶活动_合成数据.csv"
    rng = random.Random(14)
    lines = [["填报单位：青柘县白沙镇中心卫生院", "", "", "", ""],
             ["2023年县医院下沉帮扶活动登记（合成数据）", "", "", "", ""],
             ["活动日期", "活动类别", "内容", "参加人数", "帮扶单位"]]
    items = [
        (d(2023, 3, 15), "义诊活动", "义诊", "白沙镇集市义诊"),
        (d(2023, 3, 29), "教学查房", "教学查房", "高血压病例查房"),
        (d(2023, 4, 12), "专题讲座", "学术讲座", "基本公共卫生服务规范"),
        (d(2023, 4, 26), "远程会诊", "远程会诊", "慢性心衰远程会诊"),
        (d(2023, 5, 10), "教学查房", "教学查房", "2型糖尿病查房"),
        (d(2023, 6, 1), "义诊活动", "义诊", "儿童节健康义诊"),
        (d(2023, 6, 21), "专题讲座", "学术讲座", "急救技能培训讲座"),
        (d(2023, 7, 5), "教学查房", "教学查房", "社区获得性肺炎查房"),
        (d(2023, 8, 9), "远程会诊", "远程会诊", "心电图远程会诊"),
        (d(2023, 9, 13), "义诊活动", "义诊", "重阳节老年人义诊"),
        (d(2023, 10, 18), "专题讲座", "学术讲座", "家庭医生签约服务"),
        (d(2023, 11, 22), "教学查房", "教学查房", "慢阻肺稳定期查房"),
    ]
    for i, (day, tw, tn, topic) in enumerate(items):
        dw = day.isoformat() if i % 2 == 0 else f"{day.year}/{day.month}/{day.day}"
        n = rng.randint(8, 40)
        lines.append([dw, tw, topic, str(n), "青柘县人民医院"])
        EXP.row("activities", fn, None, 4 + i,
                {"activity_date": iso(day), "activity_type": tn, "topic": topic, "participants": n},
                {"recipient_hospital_id": H["BS"], "support_hospital_id": H["QZ"]},
                note="UTF-8-BOM CSV; recipient on a 填报单位 line above a title line")
    write_csv(sub / fn, lines, "utf-8-sig")


# =========================================================================== monthly statistics
def f15_month_sheets(sub: Path):
    fn = "SYNTHETIC_桐溪县人民医院_2023年1-6月业务统计_合成数据.xlsx"
    rng = random.Random(15)
    wb = new_wb()
    for m in range(1, 7):
        sheet = f"{m}月"
        ws = wb.create_sheet(sheet)
        ws.column_dimensions["A"].width = 18
        ws.column_dimensions["C"].width = 18
        v = {"outpatient_visits": rng.randint(18000, 24000), "discharges": rng.randint(1100, 1500),
             "surgeries": rng.randint(300, 450), "referrals_out": rng.randint(40, 80),
             "referrals_up_received": rng.randint(20, 50), "referrals_down_received": rng.randint(5, 15)}
        ws.merge_cells("A1:D1")
        ws["A1"] = f"桐溪县人民医院2023年{m}月业务运行情况（合成数据）"
        put(ws, 2, ["填报单位：桐溪县人民医院", None, f"填报日期：2023年{m + 1}月6日"])
        if m <= 3:
            put(ws, 3, ["门急诊人次", v["outpatient_visits"], "人次"])
            put(ws, 4, ["出院人数", v["discharges"], "人"])
            put(ws, 5, ["手术台次", v["surgeries"], "台次"])
            put(ws, 6, ["外转人次", v["referrals_out"], "人次"])
            put(ws, 7, ["接收上转人次", v["referrals_up_received"], "人次"])
            put(ws, 8, ["下转接收人次", v["referrals_down_received"], "人次"])
            put(ws, 9, ["备注：", "无"])
        else:
            put(ws, 3, ["门急诊人次：", thousands(v["outpatient_visits"]), "出院人数：", thousands(v["discharges"])])
            put(ws, 4, ["手术台次：", v["surgeries"], "外转人次：", v["referrals_out"]])
            put(ws, 5, ["接收上转人次：", v["referrals_up_received"], "下转接收人次：", v["referrals_down_received"]])
            put(ws, 6, ["备注：", "无"])
        put(ws, 11, ["填报人：（合成数据）", None, "审核人：（合成数据）"])
        EXP.row("hospital_monthly_stats", fn, sheet, None, {"year": 2023, "month": m, **v},
                {"recipient_hospital_id": H["TX"]},
                note="label|value sheet per month; month from the sheet name" +
                     ("; two label|value pairs per row, numbers as text with thousands separators" if m > 3 else ""))
    save_wb(wb, sub / fn)


def f16_months_rows_gbk(sub: Path):
    fn = "SYNTHETIC_青柘县人民医院_2023年月度业务量_合成数据.csv"
    rng = random.Random(16)
    lines = [["青柘县人民医院2023年月度业务量统计（合成数据）", "", "", "", "", "", ""],
             ["月份", "门急诊人次", "出院人数", "手术台次", "上转人次", "下转接收人次", "备注"]]
    tot = [0] * 5
    for m in range(1, 13):
        v = [rng.randint(25000, 32000), rng.randint(1400, 1900), rng.randint(380, 520), rng.randint(50, 95),
             rng.randint(6, 20)]
        tot = [a + b for a, b in zip(tot, v)]
        lines.append([f"{m}月", thousands(v[0]), thousands(v[1]), str(v[2]), str(v[3]), str(v[4]), ""])
        EXP.row("hospital_monthly_stats", fn, None, 2 + m,
                {"year": 2023, "month": m, "outpatient_visits": v[0], "discharges": v[1], "surgeries": v[2],
                 "referrals_out": v[3], "referrals_down_received": v[4]},
                {"recipient_hospital_id": H["QZ"]},
                note="GBK CSV, months as rows; 上转人次 = patients this county hospital referred up (referrals_out)")
    lines.append(["合计"] + [thousands(x) for x in tot] + [""])
    lines.append(["填报人：（合成数据）", "", "", "", "", "", ""])
    write_csv(sub / fn, lines, "gbk")


def f17_months_columns(sub: Path):
    fn = "SYNTHETIC_柳营乡卫生院_2023年业务量月报_合成数据.xlsx"
    sheet = "月报"
    rng = random.Random(17)
    wb = new_xlsxwriter(sub / fn, "月报（合成数据）")
    ws = wb.add_worksheet(sheet)
    ws.merge_range(0, 0, 0, 13, "桐溪县柳营乡卫生院2023年1-12月业务量统计表（合成数据）")
    xw_put(ws, 1, ["指标"] + [f"{m}月" for m in range(1, 13)] + ["合计"])
    cols = [("门急诊人次", "outpatient_visits", 1500, 2600), ("出院人数", "discharges", 40, 90),
            ("外转人次", "referrals_out", 5, 20), ("下转接收人次", "referrals_down_received", 0, 6)]
    values = {m: {} for m in range(1, 13)}
    for j, (label, field, lo, hi) in enumerate(cols):
        vals = [rng.randint(lo, hi) for _ in range(12)]
        for m in range(1, 13):
            values[m][field] = vals[m - 1]
        xw_put(ws, 2 + j, [label] + vals + [sum(vals)])
    ws.write_string(7, 0, "注：本院无手术科室。")
    for m in range(1, 13):
        EXP.row("hospital_monthly_stats", fn, sheet, None, {"year": 2023, "month": m, **values[m]},
                {"recipient_hospital_id": H["LY"]},
                note="months as columns; recipient only in the title")
    wb.close()
    normalize_zip(sub / fn)


# =========================================================================== several forms in one workbook
def f22_ledger_workbook(sub: Path):
    """A county hospital's 帮扶工作台账: a cover sheet, a roster sheet and an activity sheet."""
    fn = "SYNTHETIC_云岙县人民医院_帮扶石门镇卫生院工作台账_合成数据.xlsx"
    wb = new_wb()
    cover = wb.create_sheet("封面")
    put(cover, 3, ["云岙县人民医院对口帮扶石门镇卫生院工作台账（2023年度）"])
    put(cover, 5, ["（合成数据）"])
    put(cover, 8, ["填报单位：云岙县人民医院"])
    put(cover, 9, ["报送日期：2024年1月8日"])
    EXP.not_curated(fn, "封面", None, "cover sheet: title, reporter and date only")

    ws = wb.create_sheet("派驻人员")
    put(ws, 1, ["受援单位：石门镇卫生院", None, None, "派出单位：云岙县人民医院"])
    put(ws, 2, ["姓名", "身份证号", "科室", "职称", "下沉时间", "备注"])
    rows = [
        ("桂平", "男", "19870203", "内科", "主治医师", "2023-01-01~2023-06-30", d(2023, 1, 1), d(2023, 6, 30)),
        ("芦洁", "女", "19920814", "妇产科", "住院医师", "2023-01-01~2023-06-30", d(2023, 1, 1), d(2023, 6, 30)),
        ("闵刚", "男", "19810527", "外科", "副主任医师", "2023-07-01~2023-12-31", d(2023, 7, 1), d(2023, 12, 31)),
        ("柏静", "女", "19900109", "护理部", "护师", "2023-07-01~2023-12-31", d(2023, 7, 1), d(2023, 12, 31)),
    ]
    for i, (name, sex, birth, dept, tw, period, s, e) in enumerate(rows):
        pid = new_id(sex, birth)
        put(ws, 3 + i, [name, pid, dept, tw, period])
        EXP.row("deployments", fn, "派驻人员", 3 + i,
                {"department": dept, **title_fields(tw), "start_date": iso(s), "end_date": iso(e)},
                {"support_hospital_id": H["YA"], "recipient_hospital_id": H["SM"]}, id_number=pid,
                note="roster sheet of a multi-form ledger; hospitals on a line above the header; range with ~")

    wa = wb.create_sheet("帮扶活动")
    put(wa, 1, ["受援单位：石门镇卫生院"])
    put(wa, 2, ["日期", "活动形式", "主题", "参加人数"])
    acts = [
        (d(2023, 2, 16), "专题讲座", "学术讲座", "基层常见病诊疗规范", 22),
        (d(2023, 3, 9), "教学查房", "教学查房", "老年肺炎查房", 15),
        (d(2023, 4, 13), "义诊活动", "义诊", "石门镇敬老院义诊", 60),
        (d(2023, 5, 18), "手术带教", "手术示教", "清创缝合术带教", 8),
        (d(2023, 6, 15), "远程会诊", "远程会诊", "胸片远程会诊", 6),
        (d(2023, 8, 10), "专题讲座", "学术讲座", "中暑防治", 25),
        (d(2023, 9, 21), "教学查房", "教学查房", "高血压急症查房", 14),
        (d(2023, 10, 19), "义诊活动", "义诊", "重阳节义诊", 80),
        (d(2023, 11, 16), "疑难病例讨论", "疑难病例讨论", "反复腹痛病例讨论", 12),
        (d(2023, 12, 14), "专题讲座", "学术讲座", "冬季呼吸道传染病防控", 30),
    ]
    for i, (day, tw, tn, topic, n) in enumerate(acts):
        put(wa, 3 + i, [day, tw, topic, n], date_fmt='yyyy"年"m"月"d"日"')
        EXP.row("activities", fn, "帮扶活动", 3 + i,
                {"activity_date": iso(day), "activity_type": tn, "topic": topic, "participants": n},
                {"recipient_hospital_id": H["SM"]},
                note="activity sheet of a multi-form ledger; date cells shown as yyyy年m月d日; support not stated on the sheet")
    save_wb(wb, sub / fn)


# =========================================================================== main
def build(out: Path):
    _COUNTER[0] = 0
    global EXP
    EXP = Expect()
    raw = out / "data" / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    sub = raw / "submissions"
    sub.mkdir(parents=True)
    (raw / "reference").mkdir()
    hospitals, pairings = pairing_list(raw / "reference")
    for f in (f01_label_value_sheets, f02_stacked_forms, f03_reporter_line, f04_two_level_header_xls,
              f05_sections_instructions_hidden, f06_two_stacked_tables, f18_county_to_township,
              f08_trainees_name_only, f09_trainees_ods, f20_township_trainees_xls,
              f10_techniques_month_sheets, f11_techniques_xls, f21_techniques_csv,
              f12_activities_dates, f13_activities_no_year, f14_activities_csv,
              f15_month_sheets, f16_months_rows_gbk, f17_months_columns, f22_ledger_workbook):
        f(sub)
    counts = {}
    for r in EXP.rows:
        if not r.get("quarantine"):
            counts[r["table"]] = counts.get(r["table"], 0) + 1
    return {
        "corpus": "realworld5",
        "synthetic": "SYNTHETIC 合成数据: fictional province 岷川省, city 枫渡市; all names and ID numbers invented",
        "pairing_file": PAIRING_FILE,
        "submissions_dir": "submissions",
        "hospitals": hospitals,
        "pairings": pairings,
        "counts": counts,
        "rows": EXP.rows,
        "not_curated": EXP.absent,
        "id_numbers": EXP.ids,
        "submission_files": sorted(p.name for p in sub.iterdir()),
    }


def _one_of(v):
    return {"one_of": [_one_of(x) for x in v["any_of"]]} if isinstance(v, dict) and "any_of" in v else v


def harness_truth(exp: dict) -> dict:
    """The expectations in tests/corpus_harness.py's shape (unified 2026-12-06), nothing dropped: the rows to
    quarantine become ``quarantines`` (with their reason_code; the category from it or the truth's words), the others ``rows`` with
    ``places`` (row None: a record spanning rows) and ``any_of`` spelt ``one_of``; a person row with neither an
    ID number nor ``name_only`` leaves person_id open (as the old scoring did); a row's findings become
    ``row_findings``; the ID numbers a dict (each its own spelling)."""
    rows = [dict(r, places=[[r["file"], r["sheet"], r["row"]]], keys=[],
                 fields={k: _one_of(v) for k, v in r["fields"].items()},
                 person_unchecked=r["table"] in ("deployments", "trainees") and not r.get("id_number")
                 and not r.get("name_only"))
            for r in exp["rows"] if not r.get("quarantine")]
    quarantines = [dict(q, category="unresolved_hospital" if q.get("reason_code") == "UNRESOLVED_HOSPITAL"
                        or "not in the pairing list" in q["why"] else "unusable")
                   for q in exp["rows"] if q.get("quarantine")]
    return dict(exp, rows=rows, quarantines=quarantines, id_numbers={i: [] for i in exp["id_numbers"]},
                row_findings=[{"file": r["file"], "sheet": r["sheet"], "row": r["row"], "what": f}
                              for r in rows for f in r.get("findings", [])])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    a = ap.parse_args(argv)
    exp = harness_truth(build(Path(a.outdir)))
    (Path(a.outdir) / "truth.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
