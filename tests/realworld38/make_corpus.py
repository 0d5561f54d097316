"""realworld38 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜汀省) for 2024: the pairing list in
data/raw/reference/ and fifteen submissions in data/raw/2024/, chosen for the mechanics of the files themselves:
Excel 97-2003 .xls with real date cells and with months typed as numbers (2024.3, 2024.10 shown as 2024.1), ID
numbers stored by Excel as numbers (an 18-digit one rounded to 15 significant digits, a 15-digit one intact),
booleans, integers stored as floats (3.0), datetimes at 00:00:00, .ods written the way LibreOffice writes them
(date-, boolean- and float-valued cells), an .xlsx with shared and inline strings, a workbook whose first sheet
is an empty Sheet1, CSV in UTF-8 with BOM and CRLF and quoted line breaks, CSV in GBK, and a correction file
replacing an earlier one. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit, 15-digit and number-stored spellings are spellings of valid ones).
Written without reading the tool's parser.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(body: str) -> str:
    return "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def idn(region: str, birth: str, seq: str) -> str:
    return region + birth + seq + check_digit(region + birth + seq)


P1, PTCM, C1 = "澜汀省人民医院", "澜汀省中医院", "沅渡市第一人民医院"
QW, QWTCM, SN, SNMCH, TX = "青苇县人民医院", "青苇县中医医院", "石楠县人民医院", "石楠县妇幼保健院", "檀溪县人民医院"
RECIP = {QW: ("二级", "甲等", "综合医院", "青苇县"), QWTCM: ("二级", "甲等", "中医医院", "青苇县"),
         SN: ("二级", "乙等", "综合医院", "石楠县"), SNMCH: ("二级", None, "妇幼保健院", "石楠县"),
         TX: ("二级", "甲等", "综合医院", "檀溪县")}

# the sequence numbers are chosen so that none of the numbers stored as numbers ends in X
ID = {k: idn(*v) for k, v in {
    "lu": ("990101", "19690412", "031"), "ou": ("990102", "19760823", "046"), "shi": ("990101", "19720315", "031"),
    "ning": ("990103", "19870619", "052"), "tang": ("990401", "19900207", "064"), "ke": ("990401", "19921130", "027"),
    "wen": ("990402", "19950504", "018"), "han": ("990301", "19850911", "043"), "mei": ("990301", "19790126", "056"),
    "cheng": ("990302", "19880718", "036"), "fang": ("990402", "19910322", "072"), "cai": ("990402", "19890815", "083"),
    "zhuo": ("990201", "19860501", "014"), "gu": ("990201", "19780927", "025"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [],
         "field_rules": {"paid_by_recipient": "zero_or_null", "fee_charged": "zero_or_null"}}
spell: dict[str, set] = {}


def use_id(key, *spellings):
    spell.setdefault(ID[key], set()).update(s for s in spellings if s != ID[key])
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [(file, sheet, places)]
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def rounded_as_excel(key) -> float:
    """What Excel keeps of an 18-digit number typed into a General cell: 15 significant digits."""
    v = float(f"{int(ID[key]):.14e}")
    use_id(key, str(int(v)), str(round(int(ID[key]), -3)))
    return v


def fifteen(key) -> str:
    """The legacy 15-digit spelling of an 18-digit number: region, 2-digit year, month, day, sequence."""
    s = ID[key]
    f = s[:6] + s[8:17]
    use_id(key, f)
    return f


# ------------------------------------------------------------------------------------------- xls helpers
XF_DATE = xlwt.easyxf(num_format_str="yyyy-mm-dd")
XF_DATE_CN = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')
XF_MONTH_CN = xlwt.easyxf(num_format_str='yyyy"年"m"月"')
XF_TWO_DEC = xlwt.easyxf(num_format_str="0.00")
XF_TEXT = xlwt.easyxf(num_format_str="@")


def xls_row(ws, r, values, styles=None):
    for j, v in enumerate(values):
        if v is None:
            continue
        st = (styles or {}).get(j)
        if st is None and isinstance(v, (dt.date, dt.datetime)):
            st = XF_DATE
        if st is not None:
            ws.write(r, j, v, st)
        else:
            ws.write(r, j, v)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An Excel 97-2003 .xls: 协议签订日期 as real date cells shown 2023年12月18日, one of them a datetime at
    00:00:00; 支援期限 blank, so the period comes from the title (2024—2026年)."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("附件1")
    ws.write(0, 0, f"附件1：澜汀省城乡医院对口支援关系表（2024—2026年）  {SYN}")
    xls_row(ws, 1, ["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期",
                    "支援期限"])
    pairs = [(P1, QW, dt.date(2023, 12, 18)), (PTCM, QWTCM, dt.datetime(2023, 12, 18, 0, 0, 0)),
             (P1, SN, dt.date(2024, 1, 9)), (C1, SNMCH, dt.date(2023, 12, 26)), (C1, TX, dt.date(2023, 12, 26))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        xls_row(ws, 1 + i, [i, s, r, level, grade, cat, county, ag, None], {7: XF_DATE_CN})
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": (ag.date() if isinstance(ag, dt.datetime) else ag).isoformat(),
                                  "start_date_source": "title_period"})
    ws.write(2 + len(pairs), 0, f"注：{SYN}，医院名称均为虚构。")
    wb.save(str(path))
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


# ------------------------------------------------------------------------------------------- submissions
def f_p1_roster_xls(path: Path):
    """省人民医院, Excel 97-2003: 派驻开始/结束 as real date cells; one ID typed into a General cell (Excel kept 15
    significant digits: unusable → name + ID_STORED_AS_NUMBER); one legacy 15-digit ID stored as a number (intact:
    converted, ID_15_DIGIT); 工作年限 and 补贴 as floats (25.0, 0.0); an open end (blank)."""
    fn, sh = path.name, "派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜汀省人民医院2024年对口支援派驻人员名册（{SYN}）")
    xls_row(ws, 1, ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始", "派驻结束", "工作年限",
                    "受援医院补贴(元)"])
    people = [
        ("lu", "陆清和", use_id("lu"), "心血管内科", "主任医师", QW, dt.date(2024, 3, 4), dt.date(2024, 9, 3), 25.0, 0.0,
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3), years_of_service=25,
             paid_by_recipient=0), ID["lu"], None),
        ("ou", "欧晓岚", rounded_as_excel("ou"), "普外科", "副主任医师", SN, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
         18.0, 1500.0, dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30), years_of_service=18,
                           paid_by_recipient=1500.0), None, "ID_STORED_AS_NUMBER"),
        ("shi", "石砚秋", float(fifteen("shi")), "护理部", "主管护师", QW, dt.date(2024, 3, 4), dt.date(2024, 12, 31),
         12.0, 0.0, dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 12, 31), years_of_service=12,
                        paid_by_recipient=0), ID["shi"], "ID_15_DIGIT"),
        ("ning", "宁致远", use_id("ning"), "麻醉科", "主治医师", SN, dt.date(2024, 7, 1), None, 8.0, 800.0,
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), None, years_of_service=8, paid_by_recipient=800.0),
         ID["ning"], None),
    ]
    for i, (key, name, idv, dept, title, rec, s, e, yrs, paid, f, tid, code) in enumerate(people, 1):
        r = 1 + i
        xls_row(ws, r, [float(i), name, idv, dept, title, rec, s, e, yrs, paid], {2: XF_TEXT} if isinstance(idv, str)
                else None)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r + 1, code)
    ws.write(2 + len(people), 0, "填表人：医务部　　审核人：　　2025年1月8日")
    wb.save(str(path))


def f_qw_trainees_xls(path: Path):
    """青苇县人民医院, Excel 97-2003: 开始年月/结束年月 typed as numbers. 2024.3 → March; an end "2024.1" after a start
    2024.7 with 备注 "7月至10月" (2024.10 typed as a number: October); a start 2024.1 in a cell formatted 0.00 that
    shows "2024.10" (October); 进修费 as floats; 是否结业 as boolean cells."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青苇县人民医院2024年赴澜汀省人民医院进修人员登记表（{SYN}）")
    xls_row(ws, 1, ["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始年月", "结束年月", "进修费(元)", "是否结业",
                    "备注"])
    people = [("tang", "唐雨霏", "内分泌科", 2024.3, None, 2024.8, 3000.0, True, None, d(2024, 3, 1), d(2024, 8, 31)),
              ("ke", "柯以宁", "检验科", 2024.7, None, 2024.1, 2000.0, True, "7月至10月", d(2024, 7, 1), d(2024, 10, 31)),
              ("wen", "温知夏", "医学影像科", 2024.1, XF_TWO_DEC, 2025.3, 0.0, False, "在修", d(2024, 10, 1),
               d(2025, 3, 31))]
    for i, (key, name, dept, s, s_style, e, fee, done, note, sd, ed) in enumerate(people, 1):
        r = 1 + i
        styles = {2: XF_TEXT}
        if s_style is not None:
            styles[5] = s_style
        xls_row(ws, r, [float(i), name, use_id(key), dept, P1, s, e, fee, done, note], styles)
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd, end_date=ed, fee_charged=fee,
                                             completed=done),
            {"recipient_hospital_id": QW, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
        if key == "ke":
            # lead's correction after the fixes (README "AFTER THE FIXES"): October read from the context is a
            # judgement, curated with a finding that says so
            finding(fn, r + 1, "MONTH_READ_AS_OCTOBER")
    ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- ods (LibreOffice)
def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods as LibreOffice writes it: floats with office:value, dates with
    office:date-value, booleans with office:boolean-value, the displayed text in text:p. A value may be a tuple
    (value, displayed text)."""
    from odf.meta import Generator
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(Generator(text="LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"))
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                shown = None
                if isinstance(v, tuple):
                    v, shown = v
                if isinstance(v, bool):
                    c = TableCell(valuetype="boolean", booleanvalue="true" if v else "false")
                    c.addElement(P(text=shown or ("TRUE" if v else "FALSE")))
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=repr(v) if isinstance(v, float) else str(v))
                    c.addElement(P(text=shown or f"{v:g}"))
                elif isinstance(v, dt.datetime):
                    c = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%dT%H:%M:%S"))
                    c.addElement(P(text=shown or v.strftime("%Y-%m-%d")))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=shown or v.isoformat()))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def f_qwtcm_techniques_ods(path: Path):
    """青苇县中医医院 (.ods, LibreOffice): 首次开展日期 as date cells (one a date-time at 00:00:00), 开展例数 as
    floats, 是否填补县域空白 as boolean cells (TRUE/FALSE), one 例数 left blank."""
    fn, sh = path.name, "新技术新业务"
    rows = [[f"青苇县中医医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"]]
    items = [("小针刀治疗膝骨关节炎", "骨伤科", dt.date(2024, 3, 15), 12.0, True, 12),
             ("中药穴位贴敷治疗慢阻肺", "针灸科", dt.datetime(2024, 5, 20, 0, 0, 0), 46.0, False, 46),
             ("火龙罐综合灸", "康复科", dt.date(2024, 8, 2), None, True, None)]
    for i, (name, dept, day, cases, gap, casesv) in enumerate(items, 1):
        shown = f"{day.year}/{day.month}/{day.day}"
        rows.append([float(i), name, dept, (day, shown), cases, gap, PTCM])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=d(day.year, day.month,
                                                                                                       day.day),
                                                   cases=casesv, fills_county_gap=gap),
            {"recipient_hospital_id": QWTCM, "support_hospital_id": PTCM}, ["name"])
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_qw_assessments_ods(path: Path):
    """青苇县人民医院 (.ods, LibreOffice): 考核月份 as a date cell (the 1st) shown "2024年5月"; scores and counts as
    floats (95.5, 4.0); two people of 澜汀省人民医院 over two months."""
    fn, sh = path.name, "考核"
    rows = [[f"青苇县人民医院派驻人员月度考核表（2024年5—6月）（{SYN}）"],
            ["考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
    for m, scores in ((5, (95.5, 92.0)), (6, (96.0, 93.5))):
        for (key, name), sc in zip((("lu", "陆清和"), ("shi", "石砚秋")), scores):
            present = 3.0 if (key, m) == ("shi", 6) else 4.0
            rows.append([(dt.date(2024, m, 1), f"2024年{m}月"), name, use_id(key), P1, sc, 4.0, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=sc, spot_checks=4, spot_checks_present=int(present)),
                {"recipient_hospital_id": QW}, ["month"], id_number=ID[key])
    rows.append(["考核人：院办"])
    ods_doc(path, {sh: rows})


def f_qwtcm_monthly_ods(path: Path):
    """青苇县中医医院 (.ods, LibreOffice): 月份 as date cells shown "2024-07"; counts as floats; 下转接收人次."""
    fn, sh = path.name, "7-12月"
    rows = [[f"青苇县中医医院2024年7—12月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [8200 + 110 * m, 530 + 9 * m, 70 + m, 12 - m // 3, 2 + m % 3]
        rows.append([(dt.date(2024, m, 1), f"2024-{m:02d}"), *[float(x) for x in v]])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": QWTCM}, ["month"])
    ods_doc(path, {sh: rows})


def f_ptcm_roster_ods(path: Path):
    """省中医院 (.ods, LibreOffice): dates as date-time cells at 00:00:00; one ID number held as a float
    (9.90201…E+17: LibreOffice kept 15 significant digits → name + ID_STORED_AS_NUMBER)."""
    fn, sh = path.name, "派驻名单"
    rows = [[f"澜汀省中医院派驻青苇县中医医院人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期"]]
    gu = rounded_as_excel("gu")
    people = [("zhuo", "卓映川", use_id("zhuo"), "针灸科", "主治中医师", dt.datetime(2024, 3, 4), dt.datetime(2024, 9, 3),
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["zhuo"]),
              ("gu", "顾闻溪", (gu, f"{gu:.14E}"), "脾胃病科", "副主任中医师",
               dt.datetime(2024, 9, 2), dt.datetime(2025, 3, 1),
               dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 3, 1)), None)]
    for i, (key, name, idv, dept, title, s, e, f, tid) in enumerate(people, 1):
        rows.append([float(i), name, idv, dept, title, s, e])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": PTCM, "recipient_hospital_id": QWTCM},
            ["start_date"], id_number=tid)
        if tid is None:
            finding(fn, len(rows), "ID_STORED_AS_NUMBER")
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- xlsx
def xlsx_inline(path: Path, sheet: str, rows, shared_rows=()):
    """A minimal .xlsx as a reporting system exports it (written by hand here because openpyxl always writes
    shared strings): text as inline strings (t="inlineStr"), except the rows in ``shared_rows`` whose text goes
    to sharedStrings.xml; dates as serial numbers with the built-in date format 14; numbers as n."""
    shared: list[str] = []

    def col(j):
        s = ""
        j += 1
        while j:
            j, rem = divmod(j - 1, 26)
            s = chr(65 + rem) + s
        return s

    body = []
    for i, vals in enumerate(rows, 1):
        cells = []
        for j, v in enumerate(vals):
            ref = f"{col(j)}{i}"
            if v is None:
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif i - 1 in shared_rows:
                shared.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        body.append(f'<row r="{i}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} xmlns:r="{rel}">'
            f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/styles.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {ns}>'
            '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>',
        "xl/sharedStrings.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(shared)}" '
            f'uniqueCount="{len(shared)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>",
        "xl/worksheets/sheet1.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>'
            + "".join(body) + "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 6, 9, 0, 0)), text.encode("utf-8"))


def f_c1_activities_inline_xlsx(path: Path):
    """沅渡市一院's activities exported by a reporting system: the header in shared strings, every other text an
    inline string, dates as serials in format 14, 参加人数 as numbers."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"沅渡市第一人民医院对口帮扶活动记录（2024年）（{SYN}）"],
            ["活动日期", "受援单位", "活动类型", "活动主题", "参加人数"]]
    acts = [(dt.date(2024, 3, 12), "学术讲座", "产科危急重症识别", 30),
            (dt.date(2024, 4, 9), "教学查房", "妊娠期糖尿病查房", 12),
            (dt.date(2024, 5, 21), "手术示教", "腹腔镜下附件手术", 8),
            (dt.date(2024, 6, 18), "疑难病例讨论", "新生儿黄疸病例讨论", 15)]
    for day, typ, topic, n in acts:
        rows.append([day, SNMCH, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": SNMCH, "support_hospital_id": C1}, ["activity_date"])
    xlsx_inline(path, sh, rows, shared_rows={1})


def f_tx_monthly_sheet2_xlsx(path: Path):
    """檀溪县人民医院: an empty first sheet 'Sheet1', the data on 'Sheet2'; counts stored as floats (15200.0)."""
    fn, sh = path.name, "Sheet2"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    ws = wb.create_sheet(sh)
    ws.append([f"檀溪县人民医院2024年1—6月业务量（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [15200 + 230 * m, 1010 + 21 * m, 240 + 4 * m, 36 - m]
        ws.append([f"{m}月", *[float(x) for x in v]])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": TX}, ["month"])
    wb.save(path)


def f_c1_roster_xlsx(path: Path):
    """沅渡市一院 roster: 开始/结束 as datetimes at 00:00:00 shown "yyyy-mm-dd hh:mm:ss"; one ID number typed into a
    General cell (Excel kept 15 significant digits: 9.9030119790126E+17 → name + ID_STORED_AS_NUMBER)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"沅渡市第一人民医院2024年派驻人员情况表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "开始时间", "结束时间"])
    people = [("han", "韩松月", use_id("han"), "儿科", "主治医师", TX, dt.datetime(2024, 3, 1), dt.datetime(2024, 8, 31),
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["han"]),
              ("mei", "梅若寒", rounded_as_excel("mei"), "妇产科", "副主任医师", SNMCH, dt.datetime(2024, 5, 6),
               dt.datetime(2024, 11, 5), dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)),
               None),
              ("cheng", "程望舒", use_id("cheng"), "检验科", "主管技师", TX, dt.datetime(2024, 7, 1),
               dt.datetime(2024, 12, 31), dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), d(2024, 12, 31)),
               ID["cheng"])]
    for i, (key, name, idv, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([float(i), name, idv, dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@" if isinstance(idv, str) else "General"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd hh:mm:ss"
        row("deployments", fn, sh, r, f, {"support_hospital_id": C1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=tid)
        if tid is None:
            finding(fn, r, "ID_STORED_AS_NUMBER")
    wb.save(path)


def f_sn_trainees_xlsx(path: Path):
    """石楠县人民医院 trainees (.xlsx): 结业 as boolean cells, dates as datetimes at 00:00:00, fees as floats; one
    trainee without an ID number (NAME_ONLY) whose fee is "约3000元" (empty + UNPARSEABLE_OPTIONAL); one ID number
    with a wrong check digit (ID_CHECK_DIGIT, person id from the number as written)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石楠县人民医院2024年赴澜汀省人民医院进修人员（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    wrong = ID["cai"][:17] + ("1" if ID["cai"][17] != "1" else "2")
    use_id("cai", wrong)
    people = [("fang", "方念慈", use_id("fang"), "儿科", dt.datetime(2024, 3, 4), dt.datetime(2024, 9, 3), 3000.0, True,
               3000.0, ID["fang"], []),
              (None, "于归帆", None, "药剂科", dt.datetime(2024, 4, 1), dt.datetime(2024, 6, 30), "约3000元", True, None,
               None, ["NAME_ONLY", "UNPARSEABLE_OPTIONAL"]),
              ("cai", "蔡知南", wrong, "急诊科", dt.datetime(2024, 7, 1), dt.datetime(2024, 12, 31), 0.0, False, 0.0,
               wrong, ["ID_CHECK_DIGIT"])]
    for i, (key, name, idv, dept, s, e, fee, done, feev, tid, codes) in enumerate(people, 1):
        ws.append([float(i), name, idv, dept, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.date().isoformat(), end_date=e.date().isoformat(),
                                         fee_charged=feev, completed=done),
            {"recipient_hospital_id": SN, "host_hospital_id": P1}, ["start_date", "department"], id_number=tid)
        for c in codes:
            finding(fn, r, c)
    wb.save(path)


def f_sn_monthly_pair(early: Path, late: Path):
    """石楠县人民医院 1-3月: first an Excel 97-2003 .xls with 月份 as date cells shown 2024年1月 and floats; then a
    correction (更正) .xlsx with the same three months, 2月's 出院人数 corrected. The correction replaces the earlier
    rows; an unchanged month may stay at either place."""
    sh_e, sh_l = "业务量", "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh_e)
    ws.write(0, 0, f"石楠县人民医院2024年1—3月业务量统计（{SYN}）")
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]
    xls_row(ws, 1, hdr)
    vals = {1: [20310, 1402, 315, 41], 2: [17650, 1190, 270, 38], 3: [21480, 1466, 331, 44]}
    for m, v in vals.items():
        xls_row(ws, 1 + m, [dt.date(2024, m, 1), *[float(x) for x in v]], {0: XF_MONTH_CN})
    wb.save(str(early))
    wb2 = openpyxl.Workbook()
    ws2 = wb2.active
    ws2.title = sh_l
    ws2.append([f"石楠县人民医院2024年1—3月业务量统计（更正）（{SYN}）"])
    ws2.append(hdr)
    fixed = dict(vals)
    fixed[2] = [17650, 1219, 270, 38]
    for m, v in fixed.items():
        ws2.append([f"2024年{m}月", *v])
        places = [(late.name, sh_l, ws2.max_row)]
        if v == vals[m]:
            places.append((early.name, sh_e, 2 + m))
        row("hospital_monthly_stats", late.name, sh_l, places,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SN}, ["month"])
    wb2.save(late)
    os.utime(early, (1735700000, 1735700000))    # the correction arrived later
    os.utime(late, (1736900000, 1736900000))


# ------------------------------------------------------------------------------------------- CSV
def f_tx_activities_csv(path: Path):
    """檀溪县人民医院 activities: CSV in UTF-8 with a BOM and CRLF line ends; quoted fields holding line breaks (a
    topic over two lines, a 备注 with CRLF inside), so Excel rows and physical lines differ; dates 2024/3/20; one
    activity whose date is "待定" (a required value unusable → quarantined)."""
    fn = path.name

    def q(s):
        s = str(s)
        return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\r\n') else s

    lines = [[f"填报单位：{TX}（{SYN}）", "", "", "", "", ""],
             ["日期", "活动类型", "主题", "支援单位", "参加人数", "备注"]]
    acts = [("2024/3/20", "学术讲座", "儿童哮喘规范化诊治\n（第一讲）", 42, "", d(2024, 3, 20)),
            ("2024/4/17", "义诊", "乡镇巡回义诊", 120, "地点：\r\n檀溪县城关镇", d(2024, 4, 17)),
            ("2024/6/5", "技术培训", "检验质控培训", 25, "", d(2024, 6, 5)),
            ("待定", "学术讲座", "儿童哮喘规范化诊治\n（第二讲）", "", "时间待定", None),
            ("2024/7/10", "远程会诊", "疑难病例远程会诊", 6, "", d(2024, 7, 10))]
    for day, typ, topic, n, note, iso in acts:
        lines.append([day, typ, topic, C1, n, note])
        r = len(lines)    # the row as Excel shows it: one record, whatever line breaks it holds
        if iso is None:
            truth["quarantines"].append({"file": fn, "sheet": None, "row": r, "category": "missing_required",
                                         "why": "活动日期“待定” / activity date not yet fixed"})
        else:
            row("activities", fn, None, r, dict(activity_date=iso, activity_type=typ, participants=n),
                {"recipient_hospital_id": TX, "support_hospital_id": C1}, ["activity_date"])
    text = "".join(",".join(q(c) for c in ln) + "\r\n" for ln in lines)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def f_county_gbk_csv(path: Path):
    """The province clerk's county flow: CSV in GBK, counts written as floats ("38120.0", as pandas writes them),
    the county code as text."""
    fn = path.name
    lines = [f"澜汀省各县2024年县域住院流向（{SYN}）,,,,",
             "县（市、区）,行政区划代码,年度,县域内常住居民住院总人次,其中：县域外住院人次"]
    for county, code, tot, out in (("青苇县", "999401", 38120, 6904), ("石楠县", "999402", 27730, 5018),
                                   ("檀溪县", "999501", 19844, 4410)):
        lines.append(f"{county},{code},2024,{float(tot)},{float(out)}")
        row("county_inpatient_stats", fn, None, len(lines), dict(county_code=code, year=2024, resident_admissions=tot,
                                                                 resident_admissions_outside_county=out),
            {}, ["county_code"])
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜汀省城乡医院对口支援关系表（2024—2026年）.xls")
    sub = raw / "2024"
    files = [(f_p1_roster_xls, "SYNTHETIC_省人民医院派驻人员名册2024.xls"),
             (f_qw_trainees_xls, "SYNTHETIC_青苇县人民医院进修人员登记（数字年月）.xls"),
             (f_qwtcm_techniques_ods, "SYNTHETIC_青苇县中医医院新技术新业务2024.ods"),
             (f_qw_assessments_ods, "SYNTHETIC_青苇县人民医院派驻人员考核2024年5-6月.ods"),
             (f_qwtcm_monthly_ods, "SYNTHETIC_青苇县中医医院业务量2024下半年.ods"),
             (f_ptcm_roster_ods, "SYNTHETIC_省中医院派驻人员名单.ods"),
             (f_c1_activities_inline_xlsx, "SYNTHETIC_沅渡市一院帮扶活动记录（系统导出）.xlsx"),
             (f_tx_monthly_sheet2_xlsx, "SYNTHETIC_檀溪县人民医院业务量2024上半年.xlsx"),
             (f_c1_roster_xlsx, "SYNTHETIC_沅渡市一院派驻人员情况表2024.xlsx"),
             (f_sn_trainees_xlsx, "SYNTHETIC_石楠县人民医院进修人员2024.xlsx"),
             (f_tx_activities_csv, "SYNTHETIC_檀溪县人民医院帮扶活动记录.csv"),
             (f_county_gbk_csv, "SYNTHETIC_县域住院流向2024（GBK）.csv")]
    for fnc, name in files:
        fnc(sub / name)
        truth["submission_files"].append(name)
    early, late = "SYNTHETIC_石楠县人民医院2024年1-3月业务量.xls", "SYNTHETIC_石楠县人民医院2024年1-3月业务量（更正）.xlsx"
    f_sn_monthly_pair(sub / early, sub / late)
    truth["submission_files"] += [early, late]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
