"""realworld33 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜屿省) for 2024: the pairing list in
data/raw/reference/ and thirteen submissions in data/raw/2025/ that carry the mechanics of real office files:
formulas with cached values (=SUM totals, =G3*H3, =SUM of sub-scores), error cells (#REF!, #DIV/0!, #N/A) in
optional columns, hidden draft columns beside the real ones, autofilters with rows filtered out, frozen panes,
protected sheets, numbers stored as text (apostrophe / quotePrefix), an .xlsm with a VBA project, cell comments
(批注), conditional formatting and data-validation dropdowns. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2025}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import struct
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
# A fixed timestamp inside every zip, so that the files are byte-identical from run to run.
ZIP_TIME = (2025, 1, 10, 9, 0, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澜屿省人民医院", "澜屿省中医院", "沄州市第一人民医院"
LC, LCTCM, FZ, FZMCH, YQ = "蓼川县人民医院", "蓼川县中医医院", "枫渚县人民医院", "枫渚县妇幼保健院", "漾泉县人民医院"
RECIP = {LC: ("二级", "甲等", "综合医院", "蓼川县"), LCTCM: ("二级", "乙等", "中医医院", "蓼川县"),
         FZ: ("二级", "甲等", "综合医院", "枫渚县"), FZMCH: ("二级", None, "妇幼保健院", "枫渚县"),
         YQ: ("二级", "乙等", "综合医院", "漾泉县")}

ID = {k: idn(*v) for k, v in {
    "gu": ("990401", "19730512", "031"), "lin": ("990401", "19820308", "046"), "su": ("990402", "19850917", "013"),
    "wen": ("990402", "19900221", "068"), "ye": ("990401", "19790630", "025"),
    "zhao": ("990403", "19840114", "037"), "qian": ("990403", "19880725", "052"), "sun": ("990404", "19811009", "018"),
    "zhang": ("990501", "19770403", "024"), "mi": ("990501", "19890816", "061"), "xiang": ("990502", "19720128", "019"),
    "t1": ("990411", "19930105", "032"), "t2": ("990411", "19940617", "047"), "t3": ("990411", "19911130", "021"),
    "t4": ("990412", "19920822", "056"), "t5": ("990412", "19950314", "073"), "t6": ("990412", "19900909", "014"),
    "f1": ("990421", "19920410", "035"), "f2": ("990421", "19960127", "042"), "f3": ("990422", "19881203", "028"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": [], "pairing_file": None}
spell: dict = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, sheet, r, code):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **kw):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **kw)


# ------------------------------------------------------------------------------------------- file mechanics
def set_cached(path: Path, sheet_index: int, values: dict):
    """openpyxl writes a formula without its cached result; Excel always stores one. Put the result a real Excel
    file would carry into each formula cell (``values``: cell ref → number or an error text such as '#DIV/0!')."""
    name = f"xl/worksheets/sheet{sheet_index}.xml"
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = []
    for info, data in items:
        if info.filename == name:
            xml = data.decode("utf-8")
            for ref, v in values.items():
                pat = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>|<c r="{ref}"([^>]*)><f>(.*?)</f><v></v>')
                m = pat.search(xml)
                assert m, (name, ref)
                attrs, f = (m.group(1), m.group(2)) if m.group(2) is not None else (m.group(3), m.group(4))
                attrs = re.sub(r'\s*t="[^"]*"', "", attrs or "")
                t = ' t="e"' if isinstance(v, str) else ""
                xml = xml[:m.start()] + f'<c r="{ref}"{attrs}{t}><f>{f}</f><v>{v}</v>' + xml[m.end():]
            data = xml.encode("utf-8")
        out.append((info.filename, data))
    rezip(path, out)


def rezip(path: Path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED)


def fixed_times(path: Path):
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    members = [(n, re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\w+>",
                          lambda m: m.group(0).split(b">")[0] + b">2025-01-10T09:00:00Z</dcterms:"
                          + m.group(1) + b">", data)) if n == "docProps/core.xml" else (n, data)
               for n, data in members]
    rezip(path, members)


def cfb(streams: dict) -> bytes:
    """A minimal OLE2 compound file (version 3, 512-byte sectors) holding the given streams, each of at least
    4096 bytes so that no mini stream is needed. Hand-written because no installed library writes compound files
    (olefile only reads them); it is the container a vbaProject.bin is."""
    ss, end, free, fatsect, nostream = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    names = list(streams)
    data_secs, fat, start = [], [fatsect, end], {}
    nxt = 2
    for n in names:
        blob = streams[n]
        assert len(blob) >= 4096
        k = -(-len(blob) // ss)
        start[n] = nxt
        fat += [nxt + i + 1 for i in range(k - 1)] + [end]
        data_secs.append(blob + b"\0" * (k * ss - len(blob)))
        nxt += k
    assert len(fat) <= ss // 4
    fat += [free] * (ss // 4 - len(fat))

    def entry(name, typ, child, right, st, size):
        n = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), typ, 1)
                + struct.pack("<III", nostream, right, child) + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
                + struct.pack("<III", st, size, 0))

    dirs = [entry("Root Entry", 5, 1, nostream, end, 0)]
    for i, n in enumerate(names):
        dirs.append(entry(n, 2, nostream, i + 2 if i + 1 < len(names) else nostream, start[n], len(streams[n])))
    while len(dirs) % 4:
        dirs.append(entry("", 0, nostream, nostream, 0, 0))
    assert len(dirs) == 4
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    assert len(header) == 512
    return header + struct.pack(f"<{ss // 4}I", *fat) + b"".join(dirs) + b"".join(data_secs)


def make_xlsm(path: Path):
    """Turn the openpyxl workbook at ``path`` into a macro-enabled workbook: a vbaProject.bin (a compound file with
    the module's source as an Excel 'Export' would show it), its relationship and the macro-enabled content type."""
    src = ("Attribute VB_Name = \"Module1\"\r\n' 合成数据 SYNTHETIC — 一键排序宏（虚构）\r\nSub 排序()\r\n"
           "    Range(\"A2:J20\").Sort Key1:=Range(\"D3\"), Header:=xlYes\r\nEnd Sub\r\n")
    blob = src.encode("gbk")
    blob = blob + b"'" + b" " * (4096 - len(blob)) + b"\r\n"
    project = ('ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\n'
               'Module=Module1\r\nName="SYNTHETIC"\r\n').encode("ascii")
    project = project + b" " * (4096 - len(project))
    vba = cfb({"Module1": blob, "PROJECT": project})
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for n, data in members:
        if n == "[Content_Types].xml":
            x = data.decode()
            x = x.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            x = x.replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                          "<Default ", 1)
            data = x.encode()
        if n == "xl/_rels/workbook.xml.rels":
            data = data.decode().replace(
                "</Relationships>", '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/'
                'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>').encode()
        out.append((n, data))
    out.append(("xl/vbaProject.bin", vba))
    rezip(path, out)


def ods_doc(sheets):
    """sheets: [(name, rows)]; a cell is None, a str, a number, a date, or ("=formula", cached number)."""
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                if v is None:
                    tc = TableCell()
                elif isinstance(v, tuple):
                    f, cached = v
                    tc = TableCell(valuetype="float", value=cached, formula="of:" + f)
                    tc.addElement(P(text=str(cached)))
                elif isinstance(v, dt.date):
                    tc = TableCell(valuetype="date", datevalue=v.isoformat())
                    tc.addElement(P(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=v))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    return doc


def save_ods(doc, path: Path):
    doc.save(str(path))
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    members = [(n, re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", data)
                if n == "meta.xml" else data) for n, data in members]
    # mimetype first and stored, as ODF requires
    with zipfile.ZipFile(path, "w") as z:
        for n, data in members:
            zi = zipfile.ZipInfo(n, ZIP_TIME)
            z.writestr(zi, data, compress_type=zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED)


def text_cell(c, value):
    """A number or ID typed with a leading apostrophe in Excel: stored as text with the quotePrefix style."""
    c.value = value
    c.number_format = "@"
    c.quotePrefix = True


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """Frozen header, a dropdown (data validation) on 级别, conditional formatting on 协议签订日期, a comment."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜屿省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(S1, LC, dt.date(2023, 12, 12), None), (S2, LCTCM, dt.date(2023, 12, 12), None),
             (S1, FZ, dt.date(2024, 1, 18), "2024-3-1~2027-2-28"), (S3, FZMCH, dt.date(2023, 12, 26), None),
             (S3, YQ, dt.date(2023, 12, 26), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    ws.freeze_panes = "A3"
    dv = DataValidation(type="list", formula1='"三级,二级,一级,未定级"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("D3:D7")
    ws.conditional_formatting.add("H3:H7", CellIsRule(operator="greaterThan", formula=["DATE(2024,1,1)"],
                                                      fill=PatternFill("solid", start_color="FFFF00")))
    ws["C5"].comment = Comment("2024年新增结对（合成数据）", "省卫健委")
    wb.save(path)
    fixed_times(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
def f_s1_roster(path: Path):
    """省人民医院 roster: a hidden draft 职称 column just left of the real 职称 (old titles, before promotion),
    frozen panes, sheet protection, ID numbers typed with an apostrophe (quotePrefix text), one wrong check digit,
    comments on cells, a dropdown on 职称, 合计 and 制表 rows."""
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "职称", "受援医院", "派驻开始日期", "派驻结束日期", "备注"])
    wrong = ID["lin"][:17] + ("0" if ID["lin"][17] != "0" else "1")
    people = [("gu", "顾清远", None, "心血管内科", "副主任医师", "主任医师", LC, (2024, 3, 4), (2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 31)), ID["gu"]),
              ("lin", "林晓岚", wrong, "呼吸内科", "主治医师", "副主任医师", LC, (2024, 3, 4), (2024, 8, 31),
               dep("呼吸内科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 8, 31)), wrong),
              ("su", "苏怀瑾", None, "骨科", "住院医师", "主治医师", FZ, (2024, 4, 1), (2024, 9, 30),
               dep("骨科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), ID["su"]),
              ("wen", "温以宁", None, "护理部", "护师", "主管护师", FZ, (2024, 4, 1), (2024, 9, 30),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30)), ID["wen"]),
              ("ye", "叶承泽", None, "麻醉科", "主治医师", "副主任医师", LC, (2024, 9, 2), (2025, 2, 28),
               dep("麻醉科", "副主任医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 2, 28)), ID["ye"])]
    for i, (key, name, sp, dept, old, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, None, dept, old, title, rec, dt.date(*s), dt.date(*e), None])
        r = ws.max_row
        text_cell(ws.cell(r, 3), use_id(key, sp))
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, sh, r, "ID_CHECK_DIGIT")
    ws["B3"].comment = Comment("医疗队队长", "医务部")
    ws["I7"].comment = Comment("如延期另行报送", "医务部")
    ws.cell(4, 10).value = "医疗队成员"
    ws.append(["合计", "5人"])
    ws.append(["制表：医务部", None, None, "审核：", None, None, "2025年1月8日"])
    ws.column_dimensions["E"].hidden = True           # the draft column, hidden by the clerk
    ws.freeze_panes = "C3"
    dv = DataValidation(type="list", formula1='"主任医师,副主任医师,主治医师,住院医师,主任护师,副主任护师,主管护师,护师"')
    ws.add_data_validation(dv)
    dv.add("F3:F7")
    ws.protection.sheet = True
    ws.protection.password = "lanyu"
    wb.save(path)
    fixed_times(path)


def f_s2_xlsm(path: Path):
    """省中医院: a macro-enabled workbook (VBA project with a sort macro), frozen header, a 15-digit ID number."""
    fn, sh = path.name, "派驻名单"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省中医院派驻蓼川县中医医院人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期"])
    z = ID["zhao"]
    fifteen = z[:6] + z[8:14] + z[14:17]
    people = [("zhao", "赵云舒", fifteen, "针灸科", "主治中医师", (2024, 3, 11), (2024, 9, 10),
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 11), d(2024, 9, 10))),
              ("qian", "钱墨白", None, "脾胃病科", "副主任中医师", (2024, 3, 11), (2024, 9, 10),
               dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 3, 11), d(2024, 9, 10))),
              ("sun", "孙若溪", None, "护理部", "主管护师", (2024, 6, 3), (2024, 12, 2),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 6, 3), d(2024, 12, 2)))]
    for i, (key, name, sp, dept, title, s, e, f) in enumerate(people, 1):
        ws.append([i, name, None, dept, title, LCTCM, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        text_cell(ws.cell(r, 3), use_id(key, sp))
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy\"年\"m\"月\"d\"日\""
        row("deployments", fn, sh, r, f, {"support_hospital_id": S2, "recipient_hospital_id": LCTCM},
            ["start_date", "department"], id_number=ID[key])
        if sp == fifteen:
            finding(fn, sh, r, "ID_15_DIGIT")
    ws.freeze_panes = "A3"
    wb.save(path)
    fixed_times(path)
    make_xlsm(path)


def f_s3_xls(path: Path):
    """市一院 in .xls: a hidden column 职称（2023） beside 职称, frozen panes, 在受援医院任职, one person without an
    ID number (NAME_ONLY)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datef = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"沄州市第一人民医院2024年下派人员情况表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "派驻科室", "职称（2023）", "职称", "派驻单位", "开始时间", "结束时间",
           "在受援医院任职"]
    for c, h in enumerate(hdr):
        ws.write(1, c, h)
    people = [("zhang", "章若水", "妇产科", "主治医师", "副主任医师", FZMCH, (2024, 3, 1), (2024, 8, 31), "科主任",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient="科主任")),
              (None, "程望舒", "儿科", "住院医师", "主治医师", FZMCH, (2024, 3, 1), (2024, 8, 31), None,
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None)),
              ("mi", "米嘉禾", "检验科", "检验师", "主管技师", YQ, (2024, 5, 6), (2024, 11, 5), None,
               dep("检验科", "主管技师", "中级", "医技", d(2024, 5, 6), d(2024, 11, 5), position_at_recipient=None)),
              ("xiang", "向晚晴", "普外科", "副主任医师", "主任医师", YQ, (2024, 5, 6), (2024, 11, 5), "副院长",
               dep("普外科", "主任医师", "正高级", "医疗", d(2024, 5, 6), d(2024, 11, 5), position_at_recipient="副院长"))]
    for i, (key, name, dept, old, title, rec, s, e, pos, f) in enumerate(people, 1):
        r = i + 1
        for c, v in enumerate([i, name, use_id(key) if key else "", dept, old, title, rec]):
            ws.write(r, c, v)
        ws.write(r, 7, dt.date(*s), datef)
        ws.write(r, 8, dt.date(*e), datef)
        if pos:
            ws.write(r, 9, pos)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, sh, r + 1, "NAME_ONLY")
    ws.write(6, 0, "填表人：张（虚构）  联系电话：0000-0000000")
    ws.col(4).hidden = True
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(2)
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- trainees
def f_lc_trainees(path: Path):
    """蓼川县人民医院 trainees: an autofilter on 进修科室 with two rows filtered out (still the hospital's data), an
    =SUM total of the fees with its cached value, frozen panes, 是/否 dropdown."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蓼川县人民医院2024年选派人员赴澜屿省人民医院进修情况（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("t1", "马知秋", "心血管内科", (2024, 3, 1), (2024, 8, 31), 3000, "是"),
              ("t2", "黎思远", "急诊科", (2024, 3, 1), (2024, 8, 31), 3000, "是"),
              ("t3", "邱半夏", "心血管内科", (2024, 5, 6), (2024, 11, 5), 2400, "是"),
              ("t4", "骆星河", "影像科", (2024, 9, 2), (2025, 2, 28), 0, "否"),
              ("t5", "谭映雪", "心血管内科", (2024, 9, 2), (2025, 2, 28), 3600, "否"),
              ("t6", "卓一帆", "呼吸内科", (2024, 10, 8), (2025, 1, 7), 1800, "否")]
    for i, (key, name, dept, s, e, fee, done) in enumerate(people, 1):
        ws.append([i, name, None, dept, S1, dt.date(*s), dt.date(*e), fee, done])
        r = ws.max_row
        text_cell(ws.cell(r, 3), use_id(key))
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy/m/d"
        if dept != "心血管内科":
            ws.row_dimensions[r].hidden = True        # filtered out by the autofilter below
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(fee),
                                        completed=done == "是"),
            {"recipient_hospital_id": LC, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", None, None, None, None, None, None, "=SUM(H3:H8)", None])
    ws.auto_filter.ref = "A2:I8"
    ws.auto_filter.add_filter_column(3, ["心血管内科"])
    ws.freeze_panes = "A3"
    dv = DataValidation(type="list", formula1='"是,否"')
    ws.add_data_validation(dv)
    dv.add("I3:I8")
    wb.save(path)
    set_cached(path, 1, {"H9": sum(p[5] for p in people)})
    fixed_times(path)


def f_fz_trainees_csv(path: Path):
    """枫渚县人民医院 trainees, CSV in GBK: ID numbers and fees with the apostrophe Excel users type to keep text
    ("'99…", "'2000"), a title line above the header."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"枫渚县人民医院2024年进修人员名单（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("f1", "严青禾", "骨科", (2024, 4, 8), (2024, 10, 7), 2000, "是"),
              ("f2", "华若萤", "护理部", (2024, 4, 8), (2024, 7, 7), 1000, "是"),
              ("f3", "柏南星", "麻醉科", (2024, 10, 14), (2025, 4, 13), 2000, "否")]
    r = 2
    for key, name, dept, s, e, fee, done in people:
        w.writerow([name, "'" + use_id(key), dept, S1, d(*s), d(*e), f"'{fee}", done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(fee),
                                          completed=done == "是"),
            {"recipient_hospital_id": FZ, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- techniques
def f_yq_techniques_ods(path: Path):
    """漾泉县人民医院 techniques (ods): 开展例数 a formula =门诊例数+住院例数 with its cached value, one typed
    "约20例" (→ empty + finding), an =SUM total row."""
    fn, sh = path.name, "新技术"
    techs = [("经皮冠状动脉介入治疗", "心内科", dt.date(2024, 6, 12), 0, 14, "是"),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 20), 0, 31, "否"),
             ("无痛胃肠镜", "消化内科", dt.date(2024, 7, 3), 46, 9, "是"),
             ("床旁血液净化", "重症医学科", dt.date(2024, 9, 9), None, None, "是")]
    rows = [[f"漾泉县人民医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "技术名称", "科室", "首次开展日期", "门诊例数", "住院例数", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, first, op, ip, gap) in enumerate(techs, 1):
        r = len(rows) + 1
        cases = ("约20例" if op is None else (f"=[.E{r}]+[.F{r}]", op + ip))
        rows.append([i, name, dept, first, op, ip, cases, gap, S3])
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=first.isoformat(),
                                          cases=None if op is None else op + ip, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": YQ, "support_hospital_id": S3}, ["name"])
        if op is None:
            finding(fn, sh, r, "UNPARSEABLE_OPTIONAL")
    n = len(rows)
    rows.append(["合计", None, None, None, (f"SUM([.E3:.E{n}])", 46), (f"SUM([.F3:.F{n}])", 54),
                 (f"SUM([.G3:.G{n}])", 100), None, None])
    rows.append(["填报人：（虚构）", None, None, "2025年1月9日"])
    save_ods(ods_doc([(sh, [[c if not (isinstance(c, tuple) and not c[0].startswith("=")) else ("=" + c[0], c[1])
                             for c in r] for r in rows])]), path)


def f_fz_techniques(path: Path):
    """枫渚县人民医院 techniques (xlsx): an autofilter on 是否填补县域空白 (one row filtered out), 开展例数 typed
    with an apostrophe, a 是/否 dropdown, conditional formatting, a comment on a technique name."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫渚县人民医院新技术新业务登记表 2024年（{SYN}）"])
    ws.append(["序号", "新技术名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    techs = [("髋关节置换术", "骨科", (2024, 5, 14), "12", "是"),
             ("椎间孔镜髓核摘除术", "骨科", (2024, 7, 22), "6", "是"),
             ("PICC置管", "护理部", (2024, 6, 5), "38", "否"),
             ("神经阻滞麻醉", "麻醉科", (2024, 8, 19), "25", "是")]
    for i, (name, dept, first, cases, gap) in enumerate(techs, 1):
        ws.append([i, name, dept, dt.date(*first), None, gap, S1])
        r = ws.max_row
        text_cell(ws.cell(r, 5), cases)
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        if gap != "是":
            ws.row_dimensions[r].hidden = True
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=d(*first),
                                          cases=int(cases), fills_county_gap=gap == "是"),
            {"recipient_hospital_id": FZ, "support_hospital_id": S1}, ["name"])
    ws["B3"].comment = Comment("省人民医院骨科专家现场指导", "医务科")
    ws.auto_filter.ref = "A2:G6"
    ws.auto_filter.add_filter_column(5, ["是"])
    dv = DataValidation(type="list", formula1='"是,否"')
    ws.add_data_validation(dv)
    dv.add("F3:F6")
    ws.conditional_formatting.add("F3:F6", CellIsRule(operator="equal", formula=['"是"'],
                                                      fill=PatternFill("solid", start_color="C6EFCE")))
    wb.save(path)
    fixed_times(path)


# ------------------------------------------------------------------------------------------- activities
def f_s3_activities(path: Path):
    """市一院 activities at 漾泉: 参加人数 a formula (=G3*H3, sessions × people per session; =H7*2 for two
    sessions) with its cached value; #REF! and #N/A error cells in 参加人数; a 活动类型 dropdown, conditional
    formatting, a comment, the sheet protected."""
    fn, sh = path.name, "漾泉"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"沄州市第一人民医院对口帮扶漾泉县人民医院活动登记（2024年）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "活动日期", "活动类型", "活动内容", "受援医院", "支援医院", "场次", "每场人数", "参加人数"])
    acts = [((2024, 5, 16), "学术讲座", "急性胸痛的识别与处置", 1, 42, "f", 42),
            ((2024, 6, 4), "教学查房", "普外科术后管理查房", 2, 9, "f", 18),
            ((2024, 6, 21), "手术示教", "腹腔镜胆囊切除术示教", 1, 12, "#REF!", None),
            ((2024, 8, 9), "疑难病例讨论", "不明原因发热病例讨论", 1, 25, "#N/A", None),
            ((2024, 9, 13), "技术培训", "检验质控培训", 2, 15, "x2", 30)]
    cached = {}
    for i, (day, typ, topic, n, per, how, parts) in enumerate(acts, 1):
        r = ws.max_row + 1
        val = {"f": f"=G{r}*H{r}", "x2": f"=H{r}*2"}.get(how, how)
        ws.append([i, dt.date(*day), typ, topic, YQ, S3, n, per, val])
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
        if how in ("f", "x2"):
            cached[f"I{r}"] = parts
        row("activities", fn, sh, r, dict(activity_date=d(*day), activity_type=typ, participants=parts),
            {"recipient_hospital_id": YQ, "support_hospital_id": S3}, ["activity_date"])
    r = ws.max_row + 1
    ws.append(["合计", None, None, None, None, None, f"=SUM(G3:G{r - 1})", None, f"=SUM(I3:I{r - 1})"])
    cached[f"G{r}"] = sum(a[3] for a in acts)
    cached[f"I{r}"] = "#REF!"
    ws["D5"].comment = Comment("示教录像已存档", "医务科")
    dv = DataValidation(type="list", formula1='"学术讲座,教学查房,手术示教,疑难病例讨论,死亡病例讨论,技术培训,远程会诊,义诊,其他"')
    ws.add_data_validation(dv)
    dv.add("C3:C7")
    ws.conditional_formatting.add("I3:I7", CellIsRule(operator="lessThan", formula=["20"],
                                                      fill=PatternFill("solid", start_color="FFC7CE")))
    ws.freeze_panes = "B3"
    ws.protection.sheet = True
    wb.save(path)
    set_cached(path, 1, cached)
    fixed_times(path)


def f_lctcm_activities_xls(path: Path):
    """蓼川县中医医院 activities in .xls: frozen panes, 参加人数 stored as text, 支援单位 in a column."""
    fn, sh = path.name, "带教活动"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datef = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"蓼川县中医医院2024年带教培训活动登记（{SYN}）")
    for c, h in enumerate(["活动日期", "活动类型", "主讲人/内容", "支援单位", "参加人数"]):
        ws.write(1, c, h)
    acts = [((2024, 4, 10), "学术讲座", "针灸治疗面瘫", "28"), ((2024, 5, 15), "教学查房", "脾胃病科查房", "12"),
            ((2024, 7, 17), "技术培训", "中医护理技术", "35"), ((2024, 10, 23), "义诊", "重阳节义诊", "60")]
    for i, (day, typ, topic, parts) in enumerate(acts):
        r = i + 2
        ws.write(r, 0, dt.date(*day), datef)
        ws.write(r, 1, typ)
        ws.write(r, 2, topic)
        ws.write(r, 3, S2)
        ws.write(r, 4, parts)
        row("activities", fn, sh, r + 1, dict(activity_date=d(*day), activity_type=typ, participants=int(parts)),
            {"recipient_hospital_id": LCTCM, "support_hospital_id": S2}, ["activity_date"])
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(2)
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- monthly statistics
def f_lc_monthly(path: Path):
    """蓼川县人民医院 1–6月: a hidden draft 手术台次 column left of the real one, #REF! in 下转接收人次 (optional),
    病床使用率 as a formula with a #DIV/0! result, an =SUM 合计 row with cached values, frozen panes, protected."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蓼川县人民医院2024年1-6月主要业务量统计（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "手术台次", "转出人次", "下转接收人次", "实际占用床日",
               "病床使用率"])
    data = [(1, 21450, 1610, 300, 388, 41, 12, 11200), (2, 18230, 1402, 280, 331, 37, 9, 10100),
            (3, 22710, 1688, 310, 402, 44, "#REF!", 11800), (4, 21980, 1655, 300, 395, 39, 14, 11500),
            (5, 23040, 1702, 320, 417, 36, 11, 12000), (6, 22390, 1671, 310, 409, 33, 10, 0)]
    cached = {}
    for m, op, dis, draft, surg, out, down, beddays in data:
        r = ws.max_row + 1
        ws.append([f"2024年{m}月", op, dis, draft, surg, out, down, beddays, f"=H{r}/(400*30)" if beddays else
                   f"=H{r}/H{r}"])
        cached[f"I{r}"] = round(beddays / 12000, 4) if beddays else "#DIV/0!"
        row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=op, discharges=dis,
                                                      surgeries=surg, referrals_out=out,
                                                      referrals_down_received=None if down == "#REF!" else down),
            {"recipient_hospital_id": LC}, ["year", "month"])
    r = ws.max_row + 1
    ws.append(["合计"] + [f"=SUM({c}3:{c}8)" for c in "BCDEF"] + ["=SUM(G3:G8)", "=SUM(H3:H8)", None])
    for j, c in enumerate("BCDEF", 1):
        cached[f"{c}{r}"] = sum(x[j] for x in data)
    cached[f"G{r}"] = "#REF!"
    cached[f"H{r}"] = sum(x[7] for x in data)
    ws.column_dimensions["D"].hidden = True
    ws.freeze_panes = "B3"
    ws.protection.sheet = True
    wb.save(path)
    set_cached(path, 1, cached)
    fixed_times(path)


def f_fzmch_monthly_ods(path: Path):
    """枫渚县妇幼保健院 7–12月 (ods): 门急诊人次 a formula =门诊+急诊 with its cached value; =SUM 合计 row."""
    fn, sh = path.name, "7-12月"
    data = [(7, 6120, 830, 402, 61, 17), (8, 6480, 872, 418, 64, 15), (9, 5930, 801, 395, 58, 19),
            (10, 5710, 766, 380, 55, 14), (11, 5890, 790, 388, 57, 16), (12, 6010, 812, 397, 60, 18)]
    rows = [[f"枫渚县妇幼保健院2024年7-12月业务量统计（{SYN}）"],
            ["月份", "门诊人次", "急诊人次", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m, op, em, dis, surg, out in data:
        r = len(rows) + 1
        rows.append([f"2024年{m}月", op, em, (f"=[.B{r}]+[.C{r}]", op + em), dis, surg, out])
        row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=op + em, discharges=dis,
                                                      surgeries=surg, referrals_out=out),
            {"recipient_hospital_id": FZMCH}, ["year", "month"])
    n = len(rows)
    rows.append(["合计"] + [(f"=SUM([.{c}3:.{c}{n}])", sum(x[j] if j < 3 else 0 for x in data)
                             if c != "D" else sum(x[1] + x[2] for x in data))
                            if c in "BCD" else (f"=SUM([.{c}3:.{c}{n}])", sum(x[j - 1] for x in data))
                            for j, c in enumerate("BCDEFG", 1)])
    save_ods(ods_doc([(sh, rows)]), path)


def f_fz_assessments(path: Path):
    """枫渚县人民医院 monthly assessments: 考核得分 an =SUM of three sub-scores (its cached value is the score), ID
    numbers and spot checks typed as text with an apostrophe, comments, frozen panes."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫渚县人民医院派驻人员月度考核表（2024年5-6月）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["姓名", "身份证号", "考核月份", "出勤（30分）", "工作量（40分）", "带教（30分）", "考核得分",
               "在岗抽查次数", "抽查在岗次数"])
    data = [("su", "苏怀瑾", 5, 30, 37, 27, 4, 4), ("wen", "温以宁", 5, 29, 36, 28, 4, 3),
            ("su", "苏怀瑾", 6, 30, 38, 26, 3, 3), ("wen", "温以宁", 6, 28, 35, 29, 4, 4)]
    cached = {}
    for key, name, m, a, b, c, chk, pres in data:
        r = ws.max_row + 1
        ws.append([name, None, f"2024年{m}月", a, b, c, f"=SUM(D{r}:F{r})", None, None])
        text_cell(ws.cell(r, 2), use_id(key))
        text_cell(ws.cell(r, 8), str(chk))
        text_cell(ws.cell(r, 9), str(pres))
        cached[f"G{r}"] = a + b + c
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(a + b + c),
                                                         spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": FZ}, ["year", "month"], id_number=ID[key])
    ws["G4"].comment = Comment("一次抽查不在岗，扣1分已计入出勤", "医务科")
    ws.append(["考核人：医务科（虚构）"])
    ws.freeze_panes = "C3"
    wb.save(path)
    set_cached(path, 1, cached)
    fixed_times(path)


def f_county_csv(path: Path):
    """省卫健委 county inpatient flow, CSV UTF-8 (no BOM) saved from Excel: a 县域内就诊率 column whose formula
    result was #DIV/0! for one county (a rate, not stored), one code typed with an apostrophe."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2024年各县县域住院流向（{SYN}）", "", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率"])
    data = [("蓼川县", "999401", 41230, 6180, "85.0%"), ("枫渚县", "'999402", 29870, 5120, "82.9%"),
            ("漾泉县", "999501", 18650, 3960, "#DIV/0!")]
    r = 2
    for county, code, tot, out, rate in data:
        w.writerow([county, code, tot, out, rate])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code.lstrip("'"), year=2024,
                                                        resident_admissions=tot,
                                                        resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2025"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pname = "SYNTHETIC_附件1_澜屿省对口支援关系表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / pname)
    truth["pairing_file"] = pname
    files = [(f_s1_roster, "SYNTHETIC_澜屿省人民医院派驻人员名册2024.xlsx"),
             (f_s2_xlsm, "SYNTHETIC_澜屿省中医院派驻人员（宏）.xlsm"),
             (f_s3_xls, "SYNTHETIC_沄州市第一人民医院下派人员.xls"),
             (f_lc_trainees, "SYNTHETIC_蓼川县人民医院进修人员2024（筛选）.xlsx"),
             (f_fz_trainees_csv, "SYNTHETIC_枫渚县人民医院进修人员.csv"),
             (f_yq_techniques_ods, "SYNTHETIC_漾泉县人民医院新技术2024.ods"),
             (f_fz_techniques, "SYNTHETIC_枫渚县人民医院新技术新业务2024.xlsx"),
             (f_s3_activities, "SYNTHETIC_沄州市一院帮扶活动2024.xlsx"),
             (f_lctcm_activities_xls, "SYNTHETIC_蓼川县中医医院带教活动2024.xls"),
             (f_lc_monthly, "SYNTHETIC_蓼川县人民医院业务统计1-6月.xlsx"),
             (f_fzmch_monthly_ods, "SYNTHETIC_枫渚县妇幼保健院业务量7-12月.ods"),
             (f_fz_assessments, "SYNTHETIC_枫渚县人民医院派驻人员考核5-6月.xlsx"),
             (f_county_csv, "SYNTHETIC_各县县域住院流向2024.csv")]
    for fnc, name in files:
        fnc(raw / "2025" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
