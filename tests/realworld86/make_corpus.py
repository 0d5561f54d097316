"""realworld86 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2025: the pairing list in
data/raw/reference/ and twelve ordinary submissions (roster, trainees, techniques, activities, monthly
statistics, assessments, county inpatient flow) whose *containers* are what reaches a province from other office
software and web systems: an "xls" that is an HTML table (GBK and UTF-8 / Excel-HTML with rowspan), an "xls" that
is tab-separated text, an xls written as WPS does (BIFF8, empty Sheet2/Sheet3), an .xlsm with the macro-enabled
content type, an xlsx written as Apple Numbers does (inline strings, minimal styles) and one written as a web
system's JavaScript writer does (t="str" strings, t="d" ISO dates, no styles part), an .ods, CSV in GBK and
UTF-8, and ordinary xlsx beside them. Deterministic.

Three more files are containers the intake does not read (docs/intake.md: an Excel 2003 XML .xls is refused,
a WPS .et is skipped as "save it as .xlsx"; a flat-XML .fods is not among the formats read). They go to
OUT/unreadable/2025/ (not data/raw/, so that the main ingest can be judged on exit 0) and the test ingests them
separately: a clear bilingual message per file, nothing curated from them.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2025}/…, OUT/unreadable/2025/…, OUT/truth.json

No .xlsb: nothing on this machine writes one (openpyxl, xlwt, odfpy and LibreOffice have no xlsb writer), and a
hand-made binary would be a stub. Every hospital, county, person and ID number is invented; ID numbers use
region codes 99xxxx with a correct check digit (the wrong-check-digit and 15-digit spellings are spellings of
valid numbers, listed in truth.json). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ZIP_DATE = (2026, 1, 5, 9, 0, 0)   # fixed zip entry times: the generator is deterministic


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, CZ = "霁川省人民医院", "霁川省中医院", "澄州市中心医院"
TX, TXTCM, HL, HLMCH, YQ = "檀溪县人民医院", "檀溪县中医医院", "篁岭县人民医院", "篁岭县妇幼保健院", "雁丘县人民医院"
RECIP = {TX: ("二级", "甲等", "综合医院", "檀溪县"), TXTCM: ("二级", "乙等", "中医医院", "檀溪县"),
         HL: ("二级", "甲等", "综合医院", "篁岭县"), HLMCH: ("二级", None, "妇幼保健院", "篁岭县"),
         YQ: ("二级", "乙等", "综合医院", "雁丘县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19740312", "031"), "zhou": ("990301", "19870619", "042"), "song": ("990302", "19810925", "015"),
    "fang": ("990301", "19790402", "036"), "tang": ("990303", "19850817", "024"),
    "gu": ("990401", "19830211", "051"), "lu": ("990401", "19900723", "062"), "ye": ("990402", "19761108", "017"),
    "qiao": ("990311", "19920505", "083"), "meng": ("990311", "19941014", "028"), "yan": ("990312", "19890301", "046"),
    "xia": ("990321", "19910327", "044"), "pei": ("990321", "19930812", "065"),
    "cao": ("990301", "19800115", "073"), "wen": ("990301", "19860930", "038"),
    "hua": ("990331", "19950606", "019"), "rao": ("990331", "19880220", "057"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "unreadable": []}
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


def serial(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days


def write_zip(path: Path, parts: dict):
    """A zip with fixed entry times (deterministic), [Content_Types].xml first as Office writes it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An ordinary xlsx: 支援医院 first, 级别 and 等次 in two columns, 支援期限 for one pairing, the title's
    period (2025—2027年) for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2025—2027年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(P1, TX, dt.date(2024, 12, 10), None), (PTCM, TXTCM, dt.date(2024, 12, 10), None),
             (P1, HL, dt.date(2025, 1, 14), "2025-3-1~2028-2-29"), (CZ, HLMCH, dt.date(2024, 12, 18), None),
             (CZ, YQ, dt.date(2024, 12, 18), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2025, 3, 1), d(2028, 2, 29), "support_period"
        else:
            start, end, src = d(2025, 1, 1), d(2027, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, CZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- HTML "xls"
def f_p1_roster_html_gbk(path: Path):
    """省人民医院 via the province's web reporting system: an HTML page saved as .xls, charset gb2312 in a
    <meta> (bytes in GBK, as a browser reads gb2312), a colspan title, <th> header, mso-number-format text ID
    cells, &nbsp; in empty cells, an export footer. One ID with a wrong check digit, one person without one."""
    fn = path.name
    wrong = ID["zhou"][:17] + ("0" if ID["zhou"][17] != "0" else "1")
    people = [("lin", "林怀瑾", None, "心血管内科", "主任医师", TX, "2025-03-03", "2025-08-31",
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2025, 3, 3), d(2025, 8, 31)), ID["lin"]),
              ("zhou", "周以宁", wrong, "心血管内科", "主治医师", TX, "2025-03-03", "2025-08-31",
               dep("心血管内科", "主治医师", "中级", "医疗", d(2025, 3, 3), d(2025, 8, 31)), wrong),
              ("song", "宋子川", None, "普外科", "副主任医师", HL, "2025-04-01", "2025-09-30",
               dep("普外科", "副主任医师", "副高级", "医疗", d(2025, 4, 1), d(2025, 9, 30)), ID["song"]),
              (None, "柏青芷", None, "护理部", "副主任护师", TX, "2025-03-03", "2025-08-31",
               dep("护理部", "副主任护师", "副高级", "护理", d(2025, 3, 3), d(2025, 8, 31)), None),
              ("fang", "方砚秋", None, "检验科", "主管技师", HL, "2025-07-01", "2025-12-31",
               dep("检验科", "主管技师", "中级", "医技", d(2025, 7, 1), d(2025, 12, 31)), ID["fang"])]
    trs = [f'<tr><td colspan="9" align="center"><b>霁川省人民医院2025年对口支援派驻人员名册（{SYN}）</b></td></tr>',
           "<tr>" + "".join(f"<th>{h}</th>" for h in ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位",
                                                         "派驻开始日期", "派驻结束日期", "备注"]) + "</tr>"]
    for i, (key, name, sp, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        idcell = use_id(key, sp) if key else "&nbsp;"
        trs.append(f"<tr><td>{i}</td><td>{name}</td><td style=\"mso-number-format:'\\@'\">{idcell}</td>"
                   f"<td>{dept}</td><td>{title}</td><td>{rec}</td><td>{s}</td><td>{e}</td><td>&nbsp;</td></tr>")
        r = len(trs)
        row("deployments", fn, None, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    trs.append('<tr><td colspan="9">导出时间：2026-01-05 10:21:33　共 5 条记录</td></tr>')
    page = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
            "<title>派驻人员名册</title>\n</head>\n<body>\n<table border=\"1\" cellspacing=\"0\">\n"
            + "\n".join(trs) + "\n</table>\n</body>\n</html>\n")
    path.write_bytes(page.encode("gbk"))


def f_cz_roster_html_excel(path: Path):
    """市中心医院 via a hospital HR system's "导出Excel": Excel-flavoured HTML (office namespaces, an
    <x:ExcelWorksheet> block naming the sheet, UTF-8 with BOM), <thead>/<tbody>, the recipient in a rowspan=2
    cell over two people, one legacy 15-digit ID number, 派驻时间 "2025/3/10" style."""
    fn = path.name
    g = ID["ye"]
    fifteen = g[:6] + g[8:14] + g[14:17]
    people = [("gu", "顾清和", "儿科", "主治医师", HLMCH, "2025/3/10", "2025/9/9",
               dep("儿科", "主治医师", "中级", "医疗", d(2025, 3, 10), d(2025, 9, 9)), use_id("gu"), ID["gu"]),
              ("lu", "陆南星", "妇产科", "副主任医师", HLMCH, "2025/3/10", "2025/9/9",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2025, 3, 10), d(2025, 9, 9)), use_id("lu"), ID["lu"]),
              ("ye", "叶承泽", "麻醉科", "主治医师", YQ, "2025/5/6", "2025/11/5",
               dep("麻醉科", "主治医师", "中级", "医疗", d(2025, 5, 6), d(2025, 11, 5)), use_id("ye", fifteen),
               ID["ye"])]
    body, r = [], 2
    for i, (key, name, dept, title, rec, s, e, f, idtext, tid) in enumerate(people, 1):
        r += 1
        if i == 1:
            reccell = f'<td rowspan="2" style="vertical-align:middle">{rec}</td>'
        elif i == 2:
            reccell = ""
        else:
            reccell = f"<td>{rec}</td>"
        body.append(f'<tr height="20"><td x:num>{i}</td><td>{name}</td>'
                    f"<td class=\"xl65\" style=\"mso-number-format:'\\@'\">{idtext}</td><td>{dept}</td>"
                    f"<td>{title}</td>{reccell}<td>{s}</td><td>{e}</td></tr>")
        row("deployments", fn, None, r, f, {"support_hospital_id": CZ, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if idtext == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">\n<meta name="ProgId" content="Excel.Sheet">\n'
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>派驻人员</x:Name>"
        "<x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets>"
        "</x:ExcelWorkbook></xml><![endif]-->\n"
        "<style>td{mso-number-format:General;font-family:宋体;} .xl65{mso-number-format:'\\@';}</style>\n"
        "</head>\n<body>\n<table border=\"1\">\n<thead>\n"
        f'<tr><td colspan="8" style="font-size:16pt;text-align:center">澄州市中心医院对口支援派驻人员信息（{SYN}）</td></tr>\n'
        "<tr><td>序号</td><td>姓名</td><td>身份证号码</td><td>科室</td><td>职称</td><td>派驻医院</td>"
        "<td>派驻开始时间</td><td>派驻结束时间</td></tr>\n</thead>\n<tbody>\n" + "\n".join(body) +
        "\n</tbody>\n</table>\n</body>\n</html>\n")
    path.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))


# ------------------------------------------------------------------------------------------- xlsm, WPS xls
def f_tx_trainees_xlsm(path: Path):
    """檀溪县人民医院: a workbook saved as .xlsm (the workbook part's content type is the macro-enabled one),
    with no macro in it — a clerk's template kept as .xlsm. Dates as date cells, fee in yuan, 是/否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"檀溪县人民医院2025年赴支援医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("qiao", "乔映雪", "内科", dt.date(2025, 3, 3), dt.date(2025, 8, 29), 3000, "是", True),
              ("meng", "孟川柏", "急诊科", dt.date(2025, 3, 3), dt.date(2025, 8, 29), 3000, "是", True),
              ("yan", "颜书禾", "放射科", dt.date(2025, 9, 1), dt.date(2026, 2, 27), 0, "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, P1, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": TX, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, "审核：", None, "2026年1月8日"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ct = parts["[Content_Types].xml"].decode("utf-8")
    main_xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    assert main_xlsx in ct
    parts["[Content_Types].xml"] = ct.replace(main_xlsx, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    write_zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def f_txtcm_techniques_wps_xls(path: Path):
    """檀溪县中医医院 saved from WPS 表格 as .xls (BIFF8): the title merged over the columns, 宋体 font, date
    cells, empty Sheet2 and Sheet3 left as WPS creates them; 开展例数 "约10例" (→ empty + finding)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    font = xlwt.Font()
    font.name = "宋体"
    plain = xlwt.XFStyle()
    plain.font = font
    date = xlwt.XFStyle()
    date.font = font
    date.num_format_str = "yyyy/m/d"
    ws.write_merge(0, 0, 0, 6, f"檀溪县中医医院2025年新技术新项目开展情况（{SYN}）", plain)
    for j, h in enumerate(["序号", "技术名称", "科室", "开展日期", "开展例数", "是否填补县域空白", "支援医院"]):
        ws.write(1, j, h, plain)
    items = [("雷火灸治疗膝骨关节炎", "针灸科", dt.date(2025, 3, 18), 46, "是", 46, True),
             ("中药穴位贴敷防治哮喘", "肺病科", dt.date(2025, 4, 7), "约10例", "否", None, False),
             ("小针刀松解术", "骨伤科", dt.date(2025, 6, 23), 15, "是", 15, True)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, dept, day, cases, gap, PTCM]):
            ws.write(r, j, v, date if isinstance(v, dt.date) else plain)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                               cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": TXTCM, "support_hospital_id": PTCM}, ["name"])
        if casesv is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(2 + len(items), 0, "填报人：医务科", plain)
    wb.add_sheet("Sheet2")
    wb.add_sheet("Sheet3")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- hand-written xlsx
def raw_xlsx(path: Path, sheet: str, rows: list, flavour: str):
    """An xlsx as other software writes it, without shared strings. ``flavour``:
    * "numbers" (Apple Numbers' export): strings inline (t="inlineStr"), a minimal styles part whose only
      extra format is a date; dates as serial numbers in that style;
    * "sheetjs" (a web system's JavaScript writer): strings as t="str" cells, dates as t="d" ISO 8601 values,
      no styles part, no docProps.
    rows: lists of str / int / float / date / None; returns nothing (row numbers are the list's, 1-based)."""
    def col(j):
        s = ""
        j += 1
        while j:
            j, rem = divmod(j - 1, 26)
            s = chr(65 + rem) + s
        return s

    xml_rows = []
    for i, vals in enumerate(rows, 1):
        cells = []
        for j, v in enumerate(vals):
            ref = f"{col(j)}{i}"
            if v is None:
                continue
            if isinstance(v, dt.date):
                if flavour == "numbers":
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(v)}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="d"><v>{v.isoformat()}T00:00:00Z</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif flavour == "numbers":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}" t="str"><v>{escape(v)}</v></c>')
        xml_rows.append(f'<row r="{i}">' + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rns}>'
                 f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>")
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rns}><sheets>'
                f'<sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    ct_over = ('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    wb_rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'worksheet" Target="worksheets/sheet1.xml"/>')
    parts = {}
    if flavour == "numbers":
        ct_over += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'spreadsheetml.styles+xml"/>')
        wb_rels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/styles" Target="styles.xml"/>')
        parts["xl/styles.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>'
            '<fonts count="1"><font><sz val="10"/><name val="PingFang SC"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
            '</fill></fills><borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>")
    write_zip(path, {
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
                                'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                '<Default Extension="xml" ContentType="application/xml"/>' + ct_over + "</Types>"),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                        'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                                       'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       + wb_rels + "</Relationships>"),
        "xl/worksheets/sheet1.xml": sheet_xml,
        **parts,
    })


def f_hl_monthly_numbers(path: Path):
    """篁岭县人民医院 from Apple Numbers: sheet "工作表 1 - 表格 1", inline strings, a title row, 1—6月."""
    fn, sh = path.name, "工作表 1 - 表格 1"
    rows = [[f"篁岭县人民医院2025年1—6月主要业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [12400 + 180 * m, 905 + 14 * m, 212 + 4 * m, 31 - m]
        rows.append([f"2025年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": HL}, ["month"])
    rows.append(["填报人：统计室"])
    raw_xlsx(path, sh, rows, "numbers")


def f_yq_activities_sheetjs(path: Path):
    """雁丘县人民医院 from a web form system's 导出Excel (a JavaScript writer): t="str" strings, t="d" dates,
    no styles part; the support hospital in a column."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"雁丘县人民医院2025年对口帮扶活动记录（{SYN}）"],
            ["活动日期", "受援医院", "支援医院", "活动类型", "活动主题", "参加人数"]]
    acts = [(dt.date(2025, 4, 10), "学术讲座", "慢性阻塞性肺疾病规范化诊治", 42),
            (dt.date(2025, 5, 15), "教学查房", "重症肺炎病例查房", 18),
            (dt.date(2025, 6, 21), "义诊", "社区高血压义诊", 120),
            (dt.date(2025, 9, 12), "技术培训", "气管插管技能培训", 25)]
    for day, typ, topic, n in acts:
        rows.append([day, YQ, CZ, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": YQ, "support_hospital_id": CZ}, ["activity_date", "activity_type"])
    raw_xlsx(path, sh, rows, "sheetjs")


# ------------------------------------------------------------------------------------------- ods, csv, text
def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as office:date-value cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=f"{v.year}-{v.month:02d}-{v.day:02d}"))
                elif isinstance(v, (int, float)):
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


def f_hl_trainees_ods(path: Path):
    """篁岭县人民医院 (LibreOffice .ods): date cells, fee in yuan, 已结业/在修."""
    fn, sh = path.name, "进修"
    rows = [[f"篁岭县人民医院2025年外出进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号码", "进修科室", "进修单位", "进修开始时间", "进修结束时间", "费用（元）", "结业情况"]]
    people = [("xia", "夏知微", "骨科", dt.date(2025, 3, 10), dt.date(2025, 9, 9), 3600, "已结业", True),
              ("pei", "裴远舟", "儿科", dt.date(2025, 4, 1), dt.date(2025, 9, 30), 3000, "已结业", True)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, P1, s, e, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": HL, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    rows.append(["填表人：科教科"])
    ods_doc(path, {sh: rows})


def f_hlmch_monthly_csv_gbk(path: Path):
    """篁岭县妇幼保健院: CSV in GBK, CRLF, one title line, 1—6月, 下转接收人次."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"篁岭县妇幼保健院2025年1—6月业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"])
    r = 2
    for m in range(1, 7):
        v = [5300 + 70 * m, 318 + 5 * m, 71 + m, 12 - m, 2 + m % 3]
        w.writerow([f"2025年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": HLMCH}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_tx_activities_csv_utf8(path: Path):
    """檀溪县人民医院: CSV in UTF-8 without a BOM, LF line ends, the header on line 1 (as a web system exports)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["活动日期", "受援单位", "支援单位", "活动类型", "内容", "参加人数", "备注"])
    acts = [(d(2025, 3, 20), "手术示教", "经皮冠状动脉介入治疗示教", 9),
            (d(2025, 4, 17), "疑难病例讨论", "急性心衰合并肾功能不全", 16),
            (d(2025, 5, 22), "学术讲座", "心电图基础判读", 54)]
    for i, (day, typ, topic, n) in enumerate(acts, 2):
        w.writerow([day, TX, P1, typ, topic, n, SYN])
        row("activities", fn, None, i, dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": TX, "support_hospital_id": P1}, ["activity_date", "activity_type"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_hl_techniques_tsv_xls(path: Path):
    """篁岭县人民医院's techniques from the province's reporting platform, whose "导出Excel" writes tab-separated
    text in GBK with the .xls extension (no title line; the synthetic label in a last column)."""
    fn = path.name
    lines = ["\t".join(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院", "说明"])]
    items = [("腹腔镜胆囊切除术", "普外科", "2025-04-16", "21", "是", 21, True),
             ("无痛胃肠镜检查", "消化内科", "2025-05-08", "138", "否", 138, False),
             ("床旁超声引导下深静脉置管", "重症医学科", "2025-07-02", "9", "是", 9, True)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        lines.append("\t".join([str(i), name, dept, day, cases, gap, P1, SYN]))
        row("techniques", fn, None, i + 1, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                 fills_county_gap=gapv),
            {"recipient_hospital_id": HL, "support_hospital_id": P1}, ["name"])
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


# ------------------------------------------------------------------------------------------- ordinary xlsx
def f_tx_assessments_xlsx(path: Path):
    """檀溪县人民医院: an ordinary xlsx, one sheet per month ("2025年4月", "2025年5月")."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("lin", "林怀瑾"), ("zhou", "周以宁")]
    for m, scores, present in ((4, [95, 92.5], [4, 4]), (5, [96, 90], [4, 3])):
        sh = f"2025年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"檀溪县人民医院派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查次数", "在岗次数"])
        for i, ((key, name), sc, pr) in enumerate(zip(people, scores, present), 1):
            # 周以宁's number as it really is (the web roster's wrong check digit is a typo there)
            ws.append([i, name, use_id(key), P1, sc, 4, pr])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2025, month=m, score=float(sc), spot_checks=4, spot_checks_present=pr),
                {"recipient_hospital_id": TX}, ["month"], id_number=ID[key])
        ws.append(["考核人：医务科"])
    wb.save(path)


def f_county_xlsx(path: Path):
    """The province clerk's county inpatient flow for 2025: an ordinary xlsx."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2025年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("檀溪县", "999301", 41230, 6875), ("篁岭县", "999311", 29804, 5210),
                                   ("雁丘县", "999331", 21377, 4398)):
        ws.append([county, code, tot, out])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2025, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- not read
def u_ptcm_spreadsheetml(path: Path):
    """省中医院's roster saved as "XML 表格 2003" with the .xls extension (SpreadsheetML). Refused by the intake
    (docs/intake.md) with the reason: the truth is a bilingual message and nothing curated from it."""
    cells = [[f"霁川省中医院派驻檀溪县中医医院人员名单（{SYN}）"],
             ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期"],
             ["1", "曹若谷", use_id("cao"), "针灸科", "主治中医师", "2025-03-03", "2025-08-29"],
             ["2", "温雪棠", use_id("wen"), "脾胃病科", "副主任中医师", "2025-03-03", "2025-08-29"]]
    rows = []
    for r in cells:
        rows.append("<Row>" + "".join(
            f'<Cell><Data ss:Type="{"Number" if v.isdigit() and len(v) < 3 else "String"}">{escape(v)}</Data></Cell>'
            for v in r) + "</Row>")
    x = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
         '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"'
         ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
         ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
         '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>合成数据</Author>'
         "</DocumentProperties>\n"
         '<Worksheet ss:Name="派驻人员"><Table>\n' + "\n".join(rows) + "\n</Table></Worksheet>\n</Workbook>\n")
    path.write_bytes(x.encode("utf-8"))


def u_yq_trainees_et(path: Path):
    """雁丘县人民医院's trainee list in WPS's own .et (an OLE2 compound file with a BIFF8-style workbook stream,
    which is what xlwt writes); docs/intake.md: skipped as "save it as .xlsx"."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    ws.write(0, 0, f"雁丘县人民医院2025年外出进修人员（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间"]):
        ws.write(1, j, h)
    for i, (key, name, dept) in enumerate((("hua", "华映川", "内科"), ("rao", "饶心远", "检验科")), 1):
        for j, v in enumerate([i, name, use_id(key), dept, CZ, "2025-03-03", "2025-08-29"]):
            ws.write(1 + i, j, v)
    wb.save(str(path))


def u_yq_techniques_fods(path: Path):
    """雁丘县人民医院's techniques saved by LibreOffice as flat XML (.fods: the whole document in one XML file).
    Not among the formats docs/intake.md lists as read: the truth is a clear message, nothing half-read."""
    rows = [[f"雁丘县人民医院2025年新技术开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展日期", "开展例数", "是否填补县域空白", "支援医院"],
            ["1", "经鼻胃镜检查", "消化内科", "2025-05-12", "33", "是", CZ],
            ["2", "超声引导下神经阻滞", "麻醉科", "2025-06-03", "27", "否", CZ]]
    xr = []
    for r in rows:
        xr.append("<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
            for v in r) + "</table:table-row>")
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
         'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
         '<office:body><office:spreadsheet><table:table table:name="新技术">\n' + "\n".join(xr) +
         "\n</table:table></office:spreadsheet></office:body></office:document>\n")
    path.write_bytes(x.encode("utf-8"))
    # read, it would be these two techniques (the test accepts a right reading as well as a clear refusal)
    return [dict(name=r[1], department=r[2], first_performed_date=r[3], cases=int(r[4]), fills_county_gap=r[5] == "是")
            for r in rows[2:]]


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2025"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    unread = out / "unreadable" / "2025"
    unread.mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系表（2025—2027年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_霁川省对口支援关系表（2025—2027年）.xlsx"
    files = [(f_p1_roster_html_gbk, "SYNTHETIC_省人民医院派驻人员名册_网报系统导出.xls"),
             (f_cz_roster_html_excel, "SYNTHETIC_澄州市中心医院派驻人员_人事系统导出.xls"),
             (f_tx_trainees_xlsm, "SYNTHETIC_檀溪县人民医院进修人员2025.xlsm"),
             (f_txtcm_techniques_wps_xls, "SYNTHETIC_檀溪县中医医院新技术2025（WPS）.xls"),
             (f_hl_monthly_numbers, "SYNTHETIC_篁岭县人民医院业务量1-6月（Numbers导出）.xlsx"),
             (f_yq_activities_sheetjs, "SYNTHETIC_雁丘县人民医院帮扶活动_表单系统导出.xlsx"),
             (f_hl_trainees_ods, "SYNTHETIC_篁岭县人民医院进修人员2025.ods"),
             (f_hlmch_monthly_csv_gbk, "SYNTHETIC_篁岭县妇幼保健院业务量1-6月.csv"),
             (f_tx_activities_csv_utf8, "SYNTHETIC_檀溪县人民医院帮扶活动2025.csv"),
             (f_hl_techniques_tsv_xls, "SYNTHETIC_篁岭县人民医院新技术_平台导出.xls"),
             (f_tx_assessments_xlsx, "SYNTHETIC_檀溪县人民医院派驻人员考核4-5月.xlsx"),
             (f_county_xlsx, "SYNTHETIC_2025年县域住院流向.xlsx")]
    for fnc, name in files:
        fnc(raw / "2025" / name)
        truth["submission_files"].append(name)
    for fnc, name, why in ((u_ptcm_spreadsheetml, "SYNTHETIC_省中医院派驻人员（XML表格2003）.xls",
                            "Excel 2003 XML (SpreadsheetML) saved as .xls: refused with the reason"),
                           (u_yq_trainees_et, "SYNTHETIC_雁丘县人民医院进修人员2025.et",
                            "WPS .et: skipped as 'save it as .xlsx'"),
                           (u_yq_techniques_fods, "SYNTHETIC_雁丘县人民医院新技术2025.fods",
                            "flat-XML .fods: not a format the intake lists as read")):
        if_read = fnc(unread / name)
        truth["unreadable"].append({"file": name, "why": why, **({"if_read": if_read} if if_read else {})})
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
