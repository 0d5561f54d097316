"""realworld13 corpus generator — SYNTHETIC / 合成数据. A fictional province (梧岭省) for 2024: the pairing list in
data/raw/reference/ and fourteen submissions in one folder per sender's city (省直 = province-level hospitals,
松溪市, 柏原市), written the way different clerks would. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/reference/…, OUT/data/raw/{省直,松溪市,柏原市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the one "wrong check digit" spelling is derived from a valid number).
Written without reading the tool's parser (tests/realworld13/README.md).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FIXED = dt.datetime(2024, 12, 20, 9, 0, 0)
EXCEL_EPOCH = dt.date(1899, 12, 30)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def serial(day: dt.date) -> int:
    return (day - EXCEL_EPOCH).days


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


# ------------------------------------------------------------------------------------------- the province
P1, PTCM, SXC, BY1 = "梧岭省人民医院", "梧岭省中医院", "松溪市中心医院", "柏原市第一人民医院"
QY, QYTCM, WX, WXTCM = "青崖县人民医院", "青崖县中医院", "雾溪县人民医院", "雾溪县中医医院"
TP, TPMCH, SM, SH = "桐坪县人民医院", "桐坪县妇幼保健院", "桐坪县石门镇卫生院", "桐坪县沙河镇卫生院"
RECIP = {QY: ("二级甲等", "二级", "甲等", "综合医院", "青崖县"),
         QYTCM: ("二级乙等", "二级", "乙等", "中医医院", "青崖县"),
         WXTCM: ("二级甲等", "二级", "甲等", "中医医院", "雾溪县"),
         WX: ("二级甲等", "二级", "甲等", "综合医院", "雾溪县"),
         TP: ("二级甲等", "二级", "甲等", "综合医院", "桐坪县"),
         TPMCH: ("二级", "二级", None, "妇幼保健院", "桐坪县"),
         SM: ("一级", "一级", None, "乡镇卫生院", "桐坪县"),
         SH: ("一级", "一级", None, "乡镇卫生院", "桐坪县")}
# support, recipient, agreement date, written as, 支援期限 (None → the title's period 2024—2026年)
PAIRS = [(P1, QY, dt.date(2023, 12, 26), "date", None),
         (PTCM, QYTCM, dt.date(2023, 12, 26), "date", None),
         (PTCM, WXTCM, dt.date(2024, 2, 20), "date", "2024年3月1日至2027年2月28日"),
         (SXC, WX, dt.date(2023, 12, 28), "serial", None),
         (BY1, TP, dt.date(2023, 12, 29), "date", None),
         (BY1, TPMCH, dt.date(2023, 12, 29), "date", None),
         (TP, SM, dt.date(2024, 1, 15), "date", "2024.1.15-2026.12.31"),
         (TP, SH, dt.date(2024, 1, 15), "date", "2024.1.15-2026.12.31")]

ID = {k: idn(*v) for k, v in {
    "zhong": ("990101", "19720518", "013"), "ayg": ("990102", "19850211", "026"),
    "shen": ("990101", "19800927", "035"), "liu": ("990201", "19780315", "042"),
    "gu": ("990103", "19910604", "058"), "xu": ("990202", "19900314", "027"),
    "luo": ("990202", "19920730", "048"), "ma": ("990301", "19880122", "019"),
    "hasi": ("990302", "19940808", "036"), "ryl": ("990302", "19890417", "064"),
    "tang": ("990101", "19830909", "071"), "jiang": ("990301", "19870223", "082"),
    "song": ("990103", "19790611", "095"), "mnw": ("990104", "19860325", "047"),
    "lina": ("990303", "19950519", "024"), "zhoumin": ("990303", "19970108", "066"),
    "oyxx": ("990302", "19930917", "088")}.items()}
LIU15 = ID["liu"][:6] + ID["liu"][8:17]                     # the legacy 15-digit spelling: no "19", no check digit
LUO_BAD = ID["luo"][:17] + ("0" if ID["luo"][17] != "0" else "1")   # check digit typed wrong
RYL_NUM = float(ID["ryl"][:15] + "000")                     # Excel kept 15 significant digits

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled is not None and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled if spelled is not None else ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def bad(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def fix_props(wb):
    wb.properties.creator = "SYNTHETIC"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def as_wps(path: Path):
    """Rewrite the saved xlsx the way WPS 表格 leaves it: its own app.xml and the KSOProductBuildVer custom
    property (entries re-zipped with a fixed time so the bytes do not depend on the clock)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Application>WPS 表格</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
        '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
        '</HyperlinksChanged><AppVersion>12.1000</AppVersion></Properties>').encode()
    parts["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        '<vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>').encode()
    ct = parts["[Content_Types].xml"].decode()
    if "custom.xml" not in ct:
        ct = ct.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["_rels/.rels"].decode()
    if "custom.xml" not in rels:
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdWps" Type="http://schemas.openxmlformats.org/'
                                                'officeDocument/2006/relationships/custom-properties" '
                                                'Target="docProps/custom.xml"/></Relationships>')
    parts["_rels/.rels"] = rels.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            zi = zipfile.ZipInfo(n, date_time=(2024, 12, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def ods_doc(sheets):
    """sheets: [(name, [[value, ...], ...], merges {(r, c): (rows, cols)})] → an OpenDocument spreadsheet."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows, merges in sheets:
        t = Table(name=name)
        covered = {(r + i, c + j) for (r, c), (nr, nc) in merges.items() for i in range(nr) for j in range(nc)
                   if (i, j) != (0, 0)}
        for r, vals in enumerate(rows):
            tr = TableRow()
            for c, v in enumerate(vals):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (r, c) in merges:
                    kw = dict(numberrowsspanned=merges[(r, c)][0], numbercolumnsspanned=merges[(r, c)][1])
                if isinstance(v, dt.date):
                    cell = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    cell.addElement(P(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    cell = TableCell(valuetype="float", value=v, **kw)
                    cell.addElement(P(text=str(v)))
                elif v is None:
                    cell = TableCell(**kw)
                else:
                    cell = TableCell(valuetype="string", **kw)
                    for k, line in enumerate(str(v).split("\n")):
                        cell.addElement(P(text=line))
                tr.addElement(cell)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    return doc


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """省卫健委医政处 (WPS): the support hospital merged down over its recipients, 仿宋 font, one agreement date
    left as an Excel serial number in a General cell, 支援期限 blank for most (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  梧岭省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "支援医院", "受援医院", "所在县", "医院等级", "机构类别", "协议签订日期", "支援期限", "备注"])
    first_of = {}
    for i, (s, r, ag, how, per) in enumerate(PAIRS, 1):
        lvl, level, grade, cat, county = RECIP[r]
        ws.append([i, s if s not in first_of else None, r, county, lvl, cat,
                   serial(ag) if how == "serial" else ag, per, "县乡一体" if cat == "乡镇卫生院" else None])
        rr = ws.max_row
        first_of.setdefault(s, rr)
        if how == "date":
            ws.cell(rr, 7).number_format = 'yyyy"年"m"月"d"日"'
        for c in range(1, 10):
            ws.cell(rr, c).font = Font(name="仿宋_GB2312", size=11)
            ws.cell(rr, c).border = BOX
        if per is None:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        elif per.startswith("2024年3月"):
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 15), d(2026, 12, 31), "support_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    # merge the support hospital's cell down over its recipients (the rows are consecutive)
    for s, top in first_of.items():
        n = sum(1 for p in PAIRS if p[0] == s)
        if n > 1:
            ws.merge_cells(start_row=top, start_column=2, end_row=top + n - 1, end_column=2)
            ws.cell(top, 2).alignment = Alignment(vertical="center", wrap_text=True)
    for c in range(1, 10):
        ws.cell(2, c).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.cell(2, c).font = Font(name="黑体", bold=True)
    ws.append([f"注：县乡一体化帮扶关系一并列入；本表为虚构的{SYN}，仅供测试。"])
    ws.freeze_panes = "A3"
    wb.save(path)
    as_wps(path)
    for r, (lvl, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, SXC, BY1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def s1_deployments_wps(path: Path):
    """省人民医院医务部 (WPS xlsx): 派驻单位 merged down over every row, dates in three spellings (date cells
    formatted 2024年1月8日, text "2024.3.4", bare Excel serial numbers in General cells), one person with two
    stints (the second 至今), a 15-digit ID, titles with ranks, allowances as ¥3,000.00元 / 叁仟元 / 无 / blank,
    a row without its start date, 合计 and signature lines."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"梧岭省人民医院2024年度对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["填报单位（盖章）：梧岭省人民医院医务部", None, None, None, None, None, None, None, "填报日期：2024-12-18"])
    ws.append(["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间",
               "在受援医院任职", "受援医院发放补贴（元）"])
    DATEFMT = 'yyyy"年"m"月"d"日";@'
    people = [
        # key, name, sex, id as written, dept, title written, start, end, post, allowance written, curated
        ("zhong", "钟鸣远", "男", None, "普外科", "主任医师 教授", dt.date(2024, 1, 8), dt.date(2024, 6, 30), "副院长",
         "¥3,000.00元", dict(title="主任医师", title_rank="正高级", staff_category="医疗",
                             position_at_recipient="副院长", paid_by_recipient=3000.0,
                             start_date=d(2024, 1, 8), end_date=d(2024, 6, 30))),
        ("ayg", "阿依古丽·买买提", "女", None, "妇产科", "副主任医师(副高)", "2024.3.4", "2024.8.31", None, "叁仟元",
         dict(title="副主任医师", title_rank="副高级", staff_category="医疗", position_at_recipient=None,
              paid_by_recipient=3000.0, start_date=d(2024, 3, 4), end_date=d(2024, 8, 31))),
        ("shen", "沈知秋", "男", None, "心血管内科", "主治医师", serial(dt.date(2024, 1, 8)), serial(dt.date(2024, 3, 31)),
         None, "无", dict(title="主治医师", title_rank="中级", staff_category="医疗", position_at_recipient=None,
                          paid_by_recipient=0.0, start_date=d(2024, 1, 8), end_date=d(2024, 3, 31))),
        ("shen", "沈知秋", "男", None, "心血管内科", "主治医师", "2024.9.2", "至今", None, None,
         dict(title="主治医师", title_rank="中级", staff_category="医疗", position_at_recipient=None,
              paid_by_recipient=None, start_date=d(2024, 9, 2), end_date=None)),
        ("liu", "刘长庚", "男", LIU15, "麻醉科", "副主任医师", dt.date(2024, 4, 1), dt.date(2024, 9, 30), None,
         "¥2,000元", dict(title="副主任医师", title_rank="副高级", staff_category="医疗", position_at_recipient=None,
                          paid_by_recipient=2000.0, start_date=d(2024, 4, 1), end_date=d(2024, 9, 30))),
    ]
    for i, (key, name, sex, idw, dept, title, s, e, post, pay, f) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, idw), dept, title, QY if i == 1 else None, s, e, post, pay])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = DATEFMT
        row("deployments", fn, sh, r, dict(department=dept, **f),
            {"support_hospital_id": P1, "recipient_hospital_id": QY}, ["start_date", "department"],
            id_number=ID[key])
        if idw == LIU15:
            finding(fn, r, "ID_15_DIGIT")
    ws.append([6, "顾一帆", "女", use_id("gu"), "儿科", "主治医师", None, None, None, None, None])
    bad(fn, sh, ws.max_row, "missing_required", "派驻开始时间 blank: no start date")
    ws.merge_cells(start_row=4, start_column=7, end_row=ws.max_row, end_column=7)
    ws.cell(4, 7).alignment = Alignment(vertical="center", wrap_text=True)
    ws.append(["合计", "5人（6人次）"])
    ws.append([])
    ws.append(["科室负责人：", None, None, "填表人：", None, None, "联系电话：0000-0000000"])
    for r in ws.iter_rows(min_row=3, max_row=10, max_col=11):
        for c in r:
            c.font = Font(name="仿宋_GB2312", size=11)
            c.border = BOX
    ws.freeze_panes = "A4"
    wb.save(path)
    as_wps(path)


def s2_trainees_oa_csv(path: Path):
    """省中医院科教科 from its 进修管理系统 (UTF-8 with BOM, every field quoted, LF inside 备注 cells): an export
    line above the header, 进修期限 as one cell ("2024年3月上旬至2024年8月底", "2024.09.02-至今"), fees ¥3,000.00元 /
    叁仟元 / 免, 结业 with remarks, one 选送单位 typed in traditional characters, a wrong check digit, a count line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow([f"梧岭省中医院进修管理系统  导出时间：2024-12-20 09:00  ({SYN})"])
    w.writerow(["序号", "姓名", "性别", "身份证号", "选送单位", "接收单位", "进修科室", "进修期限", "进修费（元）",
                "结业情况", "备注"])
    people = [
        ("xu", None, "许清禾", "女", QYTCM, QYTCM, "针灸科", "2024年3月上旬至2024年8月底", "¥3,000.00元", "是",
         "已结业\n考核优秀", d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
        ("luo", LUO_BAD, "罗晚晴", "女", QYTCM, QYTCM, "骨伤科", "2024年3月上旬至2024年8月底", "叁仟元", "是（优秀学员）",
         None, d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
        ("ma", None, "马思远", "男", "雾溪縣中醫醫院", WXTCM, "脾胃病科", "2024.09.02-至今", "免", "否（在修）",
         "进修中\n预计2025年2月结业", d(2024, 9, 2), None, 0.0, False),
        ("hasi", None, "哈斯·巴特尔", "男", WXTCM, WXTCM, "康复科", "2024年4月1日至2024年6月30日", "1500", "是", None,
         d(2024, 4, 1), d(2024, 6, 30), 1500.0, True),
    ]
    r = 2
    for i, (key, idw, name, sex, unit, rec, dept, period, fee, done, note, sd, ed, feev, donev) in enumerate(people, 1):
        w.writerow([i, name, sex, use_id(key, idw), unit, PTCM, dept, period, fee, done, note or ""])
        r += 1                                     # a quoted multi-line cell is still one row in Excel
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                          completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": PTCM}, ["start_date", "department"],
            id_number=idw or ID[key])
        if idw == LUO_BAD:
            finding(fn, r, "ID_CHECK_DIGIT")
    w.writerow([f"共 {len(people)} 条记录"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def s3_county_csv_gbk(path: Path):
    """省卫健委统计信息中心 (GBK): the year in a title line, counties grouped by city with the city written once,
    a 小计 after each city and a 全省合计, a derived rate column."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"梧岭省2024年县域住院流向统计（分市小计）{SYN}"])
    w.writerow(["市", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率（%）"])
    r = 2
    groups = [("松溪市", [("青崖县", "999201", 38420, 4310), ("雾溪县", "999202", 45210, 5980)]),
              ("柏原市", [("桐坪县", "999301", 52870, 4720)])]
    gt = [0, 0]
    for city, counties in groups:
        st = [0, 0]
        for k, (county, code, tot, out) in enumerate(counties):
            w.writerow([city if k == 0 else "", county, code, tot, out, f"{100 * (tot - out) / tot:.2f}"])
            r += 1
            st = [st[0] + tot, st[1] + out]
            row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, county_name=county,
                                                            resident_admissions=tot,
                                                            resident_admissions_outside_county=out),
                {}, ["county_code"])
        w.writerow([f"{city}小计", "", "", st[0], st[1], f"{100 * (st[0] - st[1]) / st[0]:.2f}"])
        r += 1
        gt = [gt[0] + st[0], gt[1] + st[1]]
    w.writerow(["全省合计", "", "", gt[0], gt[1], f"{100 * (gt[0] - gt[1]) / gt[0]:.2f}"])
    w.writerow(["注：县域内就诊率＝（总人次－县域外人次）÷总人次。"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def s4_activities_fullwidth_ods(path: Path):
    """省人民医院 team at 青崖县 (LibreOffice .ods): the recipient only in the title, full-width digits in dates
    and counts, a count in Chinese numerals (二十人)."""
    fn, sh = path.name, "活动记录"
    acts = [("２０２４年７月１８日", d(2024, 7, 18), "远程会诊", "急性心梗远程会诊", "３５人", 35),
            ("２０２４．８．２２", d(2024, 8, 22), "死亡病例讨论", "重症肺炎死亡病例讨论", "５０", 50),
            ("2024年9月5日", d(2024, 9, 5), "技术培训", "院感防控培训", "二十人", 20)]
    rows = [[f"梧岭省人民医院对口帮扶青崖县人民医院活动记录（２０２４年下半年）（{SYN}）"],
            ["序号", "日期", "活动类型", "活动内容", "参加人数"]]
    for i, (dw, dv, typ, topic, nw, nv) in enumerate(acts, 1):
        rows.append([fullwidth(str(i)), dw, typ, topic, nw])
        row("activities", fn, sh, len(rows), dict(activity_date=dv, activity_type=typ, topic=topic, participants=nv),
            {"recipient_hospital_id": QY, "support_hospital_id": P1}, ["activity_date", "topic"])
    rows.append(["填报人：医务部　　审核：　　"])
    ods_doc([(sh, rows, {(0, 0): (1, 5)})]).save(str(path))


# ------------------------------------------------------------------------------------------- 松溪市
def x1_techniques_ods(path: Path):
    """雾溪县人民医院科教科 (.ods): first dates as a Chinese-digit date (二〇二四年五月十六日), a date cell, 2024.7 typed
    as a number, an Excel serial number typed as text; two techniques in May; 约20例; 是/否 with remarks."""
    fn, sh = path.name, "新技术新业务"
    items = [("经皮椎间孔镜髓核摘除术", "骨科", "二〇二四年五月十六日", d(2024, 5, 16), 12, 12, "是（填补县域空白）", True),
             ("无痛胃肠镜诊疗", "消化内科", dt.date(2024, 5, 8), d(2024, 5, 8), "约20例", None, "否", False),
             ("床旁连续性血液净化（CRRT）", "重症医学科", 2024.7, d(2024, 7, 1), 8, 8, "是（填补县域空白）", True),
             ("远程心电诊断", "心血管内科", str(serial(dt.date(2024, 8, 1))), d(2024, 8, 1), "36例", 36, "否（县内已开展）",
              False)]
    rows = [[f"雾溪县人民医院2024年新技术新业务开展情况统计表（{SYN}）"],
            ["序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "帮扶单位"]]
    for i, (name, dept, dw, dv, cw, cv, gw, gv) in enumerate(items, 1):
        rows.append([i, name, dept, dw, cw, gw, SXC])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=dv, cases=cv,
                                                  fills_county_gap=gv),
            {"recipient_hospital_id": WX, "support_hospital_id": SXC}, ["name"])
        if cw == "约20例":
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：科教科", None, None, "审核人：", None, "填报日期：2024年12月"])
    ods_doc([(sh, rows, {(0, 0): (1, 7)})]).save(str(path))


def x2_activities_xls(path: Path):
    """松溪市中心医院 帮扶办 (.xls): the recipient written "县医院" / "县中医院" (雾溪县 is named by the title and the
    file), 受援单位 merged down over five rows, one date merged over two lectures the same day, 约40人, an activity
    at a 乡卫生院 not in the pairing list, a 合计 line."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 5, f"松溪市中心医院对口支援雾溪县帮扶活动登记表（2024年）（{SYN}）")
    for j, h in enumerate(["活动日期", "受援单位", "活动形式", "活动主题", "主讲/带教专家", "参加人数"]):
        ws.write(1, j, h)
    acts = [  # row index, date written, date, unit written, hospital, type, topic, participants written, value
        (2, "2024.3.15", d(2024, 3, 15), "县医院", WX, "学术讲座", "高血压规范化管理", 60, 60),
        (3, None, d(2024, 3, 15), None, WX, "学术讲座", "糖尿病足诊治进展", "45人", 45),
        (4, "2024.4.9", d(2024, 4, 9), None, WX, "教学查房", "社区获得性肺炎教学查房", "约40人", None),
        (5, "2024.6.20", d(2024, 6, 20), None, WX, "手术示教", "腹腔镜胆囊切除术", 12, 12),
        (6, "2024.6.20", d(2024, 6, 20), None, WX, "疑难病例讨论", "不明原因发热病例讨论", 20, 20),
        (7, "2024.9.11", d(2024, 9, 11), "县中医院", WXTCM, "技术培训", "心肺复苏技能培训", "80人", 80),
    ]
    for r, dw, dv, uw, hosp, typ, topic, nw, nv in acts:
        if r == 2:
            ws.write_merge(2, 3, 0, 0, dw)
            ws.write_merge(2, 6, 1, 1, uw)
        elif dw is not None:
            ws.write(r, 0, dw)
        if r == 7:
            ws.write(r, 1, uw)
        ws.write(r, 2, typ)
        ws.write(r, 3, topic)
        ws.write(r, 4, "某主任")
        ws.write(r, 5, nw)
        row("activities", fn, sh, r + 1, dict(activity_date=dv, activity_type=typ, topic=topic, participants=nv),
            {"recipient_hospital_id": hosp, "support_hospital_id": SXC}, ["activity_date", "topic"])
        if nw == "约40人":
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    for j, v in enumerate(["2024.10.16", "青竹乡卫生院", "义诊", "健康义诊进乡村", "某主任", 150]):
        ws.write(8, j, v)
    bad(fn, sh, 9, "unresolved_hospital", "青竹乡卫生院 is not in the pairing list")
    ws.write(9, 0, "合计")
    ws.write(9, 3, "共开展活动7次")
    wb.save(str(path))


def x3_assessments_xlsx(path: Path):
    """雾溪县中医医院 医务科 (xlsx): one quarter in one sheet, 月份 merged down over each month's rows, the support
    hospital in a 派出单位 line, units in the headers, a frozen header, one ID stored by Excel as a number
    (15 significant digits left), a name with a middle dot, a signature line."""
    fn, sh = path.name, "二季度"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"雾溪县中医医院派驻人员月度考核表（2024年第二季度）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append([f"派出单位：{PTCM}"])
    ws.append(["月份", "序号", "姓名", "身份证号", "考核得分（分）", "在岗抽查（次）", "其中在岗（次）"])
    people = [("ryl", "热依拉·艾买提"), ("tang", "唐溪远")]
    scores = {4: (94, 91.5), 5: (95, 88), 6: (96.5, 90)}
    for m in (4, 5, 6):
        top = ws.max_row + 1
        for i, ((key, name), sc) in enumerate(zip(people, scores[m]), 1):
            present = 3 if (key, m) == ("tang", 5) else 4
            idw = RYL_NUM if key == "ryl" else use_id(key)
            if key == "ryl":
                use_id("ryl", str(int(RYL_NUM)))
            ws.append([f"{m}月" if i == 1 else None, i, name, idw, sc, 4, present])
            r = ws.max_row
            if key == "ryl":
                ws.cell(r, 4).number_format = "0.00E+00"
                finding(fn, r, "ID_STORED_AS_NUMBER")
            else:
                ws.cell(r, 4).number_format = "@"
            row("staff_monthly_assessments", fn, sh, r,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": WXTCM, "support_hospital_id": PTCM}, ["month"],
                id_number=None if key == "ryl" else ID[key])
        ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.append(["考核小组签字：", None, None, "日期：2024年7月3日"])
    ws.freeze_panes = "A4"
    wb.save(path)


# ------------------------------------------------------------------------------------------- 柏原市
def b1_township_monthly_xlsx(path: Path):
    """桐坪县卫健局 collects the township centres: one sheet per centre (sheet named with the short name), a
    two-row frozen header whose second row gives units (（人次） …), months 1月…6月, a 合计 row, "—" for surgeries
    a centre does not do, and a 汇总 sheet adding the centres up (not data: a sum of the sheets)."""
    fn = path.name
    wb = openpyxl.Workbook()
    fix_props(wb)
    wb.remove(wb.active)
    centres = [(SM, "石门镇卫生院", 0), (SH, "沙河镇卫生院", 1)]
    sums = {m: [0, 0, 0, 0, 0] for m in range(1, 7)}
    for hosp, short, k in centres:
        ws = wb.create_sheet(short)
        ws.append([f"{hosp}2024年1—6月业务量月报（{SYN}）"])
        ws.merge_cells("A1:F1")
        ws.append(["填报日期：2024年7月5日"])
        ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
        ws.append([None, "（人次）", "（人）", "（台次）", "（人次）", "（人次）"])
        ws.merge_cells("A3:A4")
        tot = [0, 0, 0, 0, 0]
        for m in range(1, 7):
            v = [2100 + 75 * m + 400 * k, 38 + 2 * m - 5 * k, (3 + m % 3) if k == 0 else None, 6 + m % 4, 2 + m % 2]
            ws.append([f"{m}月"] + [x if x is not None else "—" for x in v])
            tot = [a + (b or 0) for a, b in zip(tot, v)]
            sums[m] = [a + (b or 0) for a, b in zip(sums[m], v)]
            row("hospital_monthly_stats", fn, short, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_down_received=v[4]), {"recipient_hospital_id": hosp}, ["month"])
        ws.append(["合计"] + tot)
        ws.freeze_panes = "B5"
    ws = wb.create_sheet("汇总")
    ws.append([f"桐坪县乡镇卫生院2024年1—6月业务量汇总（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m in range(1, 7):
        ws.append([f"{m}月"] + sums[m])
    ws.append(["合计"] + [sum(sums[m][j] for m in sums) for j in range(5)])
    wb.save(path)


def b2_annual_xlsx(path: Path):
    """桐坪县人民医院 统计室, year-end: indicators down column A, 1月…12月 across, the 全年合计 beside them (values,
    not formulas), a 单位 line."""
    fn, sh = path.name, "2024年报"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"桐坪县人民医院2024年度医疗业务量统计（逐月）（{SYN}）"])
    ws.merge_cells("A1:N1")
    ws.append(["单位：人次、人、台次"])
    ws.append(["指标"] + [f"{m}月" for m in range(1, 13)] + ["全年合计"])
    fields = [("门急诊人次", "outpatient_visits", lambda m: 15200 + 310 * m - (900 if m == 2 else 0)),
              ("出院人数", "discharges", lambda m: 1180 + 17 * m),
              ("手术台次", "surgeries", lambda m: 240 + 6 * m),
              ("转出人次", "referrals_out", lambda m: 52 - m),
              ("下转接收人次", "referrals_down_received", lambda m: 18 + m % 5)]
    for label, _, f in fields:
        vals = [f(m) for m in range(1, 13)]
        ws.append([label] + vals + [sum(vals)])
    for m in range(1, 13):
        row("hospital_monthly_stats", fn, sh, [3, 4, 5, 6, 7, 8],
            dict(year=2024, month=m, **{k: f(m) for _, k, f in fields}), {"recipient_hospital_id": TP}, ["month"])
    ws.append(["填报人：统计室", None, None, None, None, None, None, None, None, None, "报出日期：2025年1月10日"])
    wb.save(path)


def b3_deployments_xls(path: Path):
    """柏原一院 医务处 (.xls): short recipient names 县医院 / 妇幼保健院 within 桐坪县 (the title's county), 派驻时间
    as one cell ("2024.3.1-在岗", "2024年6月3日至2024年12月2日"), 工作年限 "15年", an ID typed in full-width digits,
    a person with no ID number, titles with full-width brackets."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 8, f"柏原市第一人民医院派驻桐坪县人员登记表（2024年）（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派驻单位", "科室", "职称", "工作年限", "派驻时间", "备注"]):
        ws.write(1, j, h)
    people = [
        ("jiang", fullwidth(ID["jiang"]), "江映雪", "县医院", TP, "护理部", "副主任护师", "15年", "2024.03.01—2024.08.31",
         dict(title="副主任护师", title_rank="副高级", staff_category="护理", years_of_service=15,
              start_date=d(2024, 3, 1), end_date=d(2024, 8, 31))),
        (None, "", "白景行", "县医院", TP, "急诊科", "主治医师", "8年", "2024.3.1-在岗",
         dict(title="主治医师", title_rank="中级", staff_category="医疗", years_of_service=8,
              start_date=d(2024, 3, 1), end_date=None)),
        ("song", None, "宋禾苗", "妇幼保健院", TPMCH, "儿科", "副主任医师（副高）", "20年", "2024年6月3日至2024年12月2日",
         dict(title="副主任医师", title_rank="副高级", staff_category="医疗", years_of_service=20,
              start_date=d(2024, 6, 3), end_date=d(2024, 12, 2))),
        ("mnw", None, "米娜瓦尔·吐尔逊", "妇幼保健院", TPMCH, "检验科", "副主任技师(副高)", "12年",
         "2024.06.03-2024.12.02", dict(title="副主任技师", title_rank="副高级", staff_category="医技",
                                        years_of_service=12, start_date=d(2024, 6, 3), end_date=d(2024, 12, 2))),
    ]
    for i, (key, idw, name, uw, hosp, dept, title, yrs, period, f) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, idw) if key else idw, uw, dept, title, yrs, period,
                               "无身份证号" if key is None else ""]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, dict(department=dept, **f),
            {"support_hospital_id": BY1, "recipient_hospital_id": hosp}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(6, 0, "填表人：医务处")
    ws.write(6, 4, "联系电话：0000-0000000")
    wb.save(str(path))


def b4_trainees_fullwidth_xlsx(path: Path):
    """桐坪县妇幼保健院 (xlsx): full-width digits in the title and dates (２０２４．３．１), names padded with
    full-width spaces, a 姓　名 header, fees 无 / １５００元 / 免, a 填报单位 line; the host in a 进修医院 column."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"桐坪县妇幼保健院赴柏原市第一人民医院进修人员名单（２０２４年）（{SYN}）"])
    ws.append([f"填报单位：{TPMCH}"])
    ws.append(["序号", "姓　名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间", "费用", "是否结业"])
    people = [("lina", "李　娜", "产科", "２０２４．３．１", "２０２４．８．３１", "无", "是", d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
              ("zhoumin", "周　敏", "新生儿科", "２０２４年９月２日", "2025年2月28日", "１５００元", "否",
               d(2024, 9, 2), d(2025, 2, 28), 1500.0, False),
              ("oyxx", "欧阳晓晓", "超声科", "2024.4.1", "2024.6.30", "免", "是", d(2024, 4, 1), d(2024, 6, 30), 0.0, True)]
    for i, (key, name, dept, sw, ew, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        ws.append([fullwidth(str(i)), name, use_id(key), dept, BY1, sw, ew, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                  completed=donev),
            {"recipient_hospital_id": TPMCH, "host_hospital_id": BY1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填报人：", None, "审核人：", None, None, "日期：２０２４年１２月１６日"])
    wb.save(path)


def b5_techniques_csv_gbk(path: Path):
    """桐坪县人民医院 医务科 (GBK CSV from WPS): the year only in the title line, first dates "3月底" and
    "2024年3月上旬" (two techniques in March) and "2024/6/18", 填补空白 with a remark."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"桐坪县人民医院2024年新技术新项目（柏原市第一人民医院指导）{SYN}"])
    w.writerow(["项目名称", "科室", "开展时间", "例数", "填补空白", "指导医院"])
    items = [("经尿道前列腺等离子电切术", "泌尿外科", "3月底", d(2024, 3, 31), 9, "是（填补县域空白）", True),
             ("冠状动脉造影术", "心血管内科", "2024年3月上旬", d(2024, 3, 1), 15, "是（填补县域空白）", True),
             ("宫腔镜检查术", "妇科", "2024/6/18", d(2024, 6, 18), 22, "否", False)]
    r = 2
    for name, dept, dw, dv, cases, gw, gv in items:
        w.writerow([name, dept, dw, cases, gw, BY1])
        r += 1
        row("techniques", fn, None, r, dict(name=name, department=dept, first_performed_date=dv, cases=cases,
                                            fills_county_gap=gv),
            {"recipient_hospital_id": TP, "support_hospital_id": BY1}, ["name"])
    w.writerow(["填报人：医务科", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def b6_assessments_month_in_name_xlsx(path: Path):
    """桐坪县人民医院 (xlsx): the month only in the file name (…_2024年9月), a 受援单位 line, a person without an ID
    number ("—"), a 考核等次 column."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"派驻人员月度考核表（{SYN}）"])
    ws.append([f"受援单位：{TP}", None, None, None, "派出单位：" + BY1])
    ws.append(["序号", "姓名", "身份证号", "科室", "考核分数", "电话抽查次数", "抽查在岗次数", "考核等次"])
    people = [("jiang", "江映雪", "护理部", 96, 3, 3, "优秀"), (None, "白景行", "急诊科", 92, 3, 2, "良好")]
    for i, (key, name, dept, sc, chk, pres, lvl) in enumerate(people, 1):
        ws.append([i, name, use_id(key) if key else "—", dept, sc, chk, pres, lvl])
        r = ws.max_row
        row("staff_monthly_assessments", fn, sh, r,
            dict(year=2024, month=9, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": TP, "support_hospital_id": BY1}, ["month"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["考核人：", None, "日期：2024年10月8日"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    for p in (ref, raw / "省直", raw / "松溪市", raw / "柏原市"):
        p.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_梧岭省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(s1_deployments_wps, "省直", "SYNTHETIC_省人民医院派驻人员名册（2024年度）WPS.xlsx"),
             (s2_trainees_oa_csv, "省直", "SYNTHETIC_省中医院进修人员_OA导出20241220.csv"),
             (s3_county_csv_gbk, "省直", "SYNTHETIC_2024年县域住院流向统计（分市小计）.csv"),
             (s4_activities_fullwidth_ods, "省直", "SYNTHETIC_省人民医院赴青崖县帮扶活动（下半年）.ods"),
             (x1_techniques_ods, "松溪市", "SYNTHETIC_雾溪县人民医院2024新技术新业务开展情况.ods"),
             (x2_activities_xls, "松溪市", "SYNTHETIC_松溪市中心医院帮扶活动登记（雾溪县）.xls"),
             (x3_assessments_xlsx, "松溪市", "SYNTHETIC_雾溪县中医医院派驻人员考核（二季度）.xlsx"),
             (b1_township_monthly_xlsx, "柏原市", "SYNTHETIC_桐坪县乡镇卫生院业务月报（2024上半年）.xlsx"),
             (b2_annual_xlsx, "柏原市", "SYNTHETIC_桐坪县人民医院2024年报（逐月）.xlsx"),
             (b3_deployments_xls, "柏原市", "SYNTHETIC_柏原一院派驻人员登记（桐坪）.xls"),
             (b4_trainees_fullwidth_xlsx, "柏原市", "SYNTHETIC_桐坪县妇幼保健院进修人员名单.xlsx"),
             (b5_techniques_csv_gbk, "柏原市", "SYNTHETIC_桐坪县人民医院新技术新项目.csv"),
             (b6_assessments_month_in_name_xlsx, "柏原市", "SYNTHETIC_桐坪县人民医院派驻人员考核_2024年9月.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
