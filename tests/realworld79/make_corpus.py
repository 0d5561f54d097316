"""realworld79 corpus generator — SYNTHETIC / 合成数据. A fictional county health commission's inbox (澜屿省青梧县卫健局,
2024): the province's pairing list in data/raw/reference/ and the hospitals' submissions exactly as they arrive by
e-mail and WeChat — one sub-folder per sender, an Excel lock file, a .DS_Store, an attachment downloaded twice
(名册(1).xlsx), a signed PDF, a Word roster, a WPS .et, a .zip of two spreadsheets, a password-protected workbook, a
0-byte CSV, an .xlsx renamed .xls, a file name with spaces and full-width brackets and a very long file name.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024/<sender>}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
import struct
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FIXED = dt.datetime(2024, 12, 20, 9, 0, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澜屿省人民医院", "澜屿省中医院", "鹭川市第一人民医院"
R1, R2, R3, R4 = "青梧县人民医院", "青梧县中医医院", "青梧县妇幼保健院", "石渚县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青梧县", "990521"), R2: ("二级", "乙等", "中医医院", "青梧县", "990521"),
         R3: ("二级", None, "妇幼保健院", "青梧县", "990521"), R4: ("二级", "甲等", "综合医院", "石渚县", "990522")}
PAIRS = [(S1, R1, dt.date(2023, 12, 12)), (S2, R2, dt.date(2023, 12, 12)), (S3, R3, dt.date(2023, 12, 26)),
         (S3, R4, dt.date(2023, 12, 26))]

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19760412", "031"), "su": ("990101", "19830905", "046"), "gu": ("990102", "19880217", "052"),
    "fang": ("990101", "19900630", "027"),
    "yan": ("990521", "19890311", "063"), "tang": ("990521", "19750628", "014"), "lu": ("990521", "19921120", "085"),
    "mo": ("990103", "19810723", "038"), "qiao": ("990103", "19870514", "041"),
    "xia": ("990521", "19940102", "029"), "zhong": ("990521", "19910826", "066"), "bo": ("990522", "19930418", "073"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "reported_files": [], "ignorable_files": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def fixed_xlsx(wb, path: Path):
    """openpyxl stamps the current time into docProps/core.xml; fix it so the bytes are the same every run."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = SYN
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 级别 and 等次 in two columns, 区划代码, agreement date as a date cell, no 支援期限
    (the title's 2024—2026年 is the period)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  澜屿省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "区划代码", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county, code = RECIP[r]
        ws.append([i, r, level, grade, cat, county, code, s, ag])
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 7).number_format = "@"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    fixed_xlsx(wb, path)
    for r, (level, grade, cat, county, code) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "county_code": code})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省人民医院（邮件）
def roster_s1(path: Path, dup: Path, lock: Path):
    """A clean roster, downloaded twice from the same e-mail (名册.xlsx and 名册(1).xlsx, byte-identical), with the
    Excel lock file of the copy the clerk still has open. The rows count once: either file may carry them."""
    sh = "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省人民医院2024年派驻青梧县人民医院医务人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    people = [("lin", "林观澜", "男", "心血管内科", "主任医师", "正高级", "医疗", (2024, 3, 4), (2024, 8, 31)),
              ("su", "苏映雪", "女", "妇产科", "副主任医师", "副高级", "医疗", (2024, 3, 4), (2024, 8, 31)),
              ("gu", "顾远帆", "男", "普外科", "主治医师", "中级", "医疗", (2024, 9, 2), (2025, 2, 28)),
              ("fang", "方知秋", "女", "护理部", "主管护师", "中级", "护理", (2024, 9, 2), (2025, 2, 28))]
    for i, (key, name, sex, dept, title, rank, cat, st, en) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, title, R1, dt.date(*st), dt.date(*en), None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = "yyyy-mm-dd"
        ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", [(path.name, sh, r), (dup.name, sh, r)],
            dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=d(*st),
                 end_date=d(*en)),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date", "department"], ID[key])
    ws.append([])
    ws.append(["填表人：医务部 石晓禾", None, None, "联系电话：0999-0000000", None, None, "填报日期：2024年12月18日"])
    fixed_xlsx(wb, path)
    shutil.copyfile(path, dup)
    # Excel's owner file (~$name): 1 byte length + user name padded to 54 bytes, then length + UTF-16LE name.
    user = "合成数据 SYNTHETIC"
    a = user.encode("gbk")
    u = user.encode("utf-16-le")
    lock.write_bytes(bytes([len(a)]) + a.ljust(53, b" ") + struct.pack("<H", len(user)) + u.ljust(110, b" "))


def ds_store(path: Path):
    """A macOS Finder file (the clerk forwarded the folder from a Mac): not a submission."""
    path.write_bytes(b"\x00\x00\x00\x01Bud1" + b"\x00" * 20 + SYN.encode("utf-8") + b"\x00" * 64)


def pdf_signed(path: Path):
    """The signed and stamped roster as a PDF (a scan's stand-in: no text table to read) — reported, not read."""
    title = "".join(f"{b:02X}" for b in ("\ufeff" + f"派驻人员名册（签字盖章版）{SYN}").encode("utf-16-be"))
    content = b"BT /F1 14 Tf 72 760 Td (SYNTHETIC - signed and stamped roster, scanned) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Title <" + title.encode() + b"> /Producer (SYNTHETIC) >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


def activities_xlsx_as_xls(path: Path):
    """帮扶活动记录: an .xlsx workbook saved under the name .xls (a WeChat forward renamed it). Read for what it is."""
    sh = "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省人民医院对口支援青梧县人民医院带教培训活动记录（2024年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "活动日期", "活动类型", "主题", "支援单位", "受援单位", "参加人数", "授课专家"])
    acts = [((2024, 4, 10), "学术讲座", "高血压规范化管理", 45, "林观澜"),
            ((2024, 5, 22), "教学查房", "急性心肌梗死病例查房", 12, "林观澜"),
            ((2024, 10, 16), "手术示教", "腹腔镜胆囊切除术", 8, "顾远帆")]
    for i, (day, typ, topic, n, who) in enumerate(acts, 1):
        ws.append([i, dt.date(*day), typ, topic, S1, R1, n, who])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", [(path.name, sh, ws.max_row)],
            dict(activity_date=d(*day), activity_type=typ, topic=topic, participants=n),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["activity_date", "activity_type"])
    ws.append(["合计", None, None, None, None, None, 65])
    fixed_xlsx(wb, path)


# ------------------------------------------------------------------------------------------- 省中医院（微信）
def docx_roster(path: Path):
    """省中医院's roster as a table in a Word file. The README and docs/intake.md list the formats read (xlsx, xlsm,
    xls, ods, csv, txt); .docx is not one of them, so it must be reported, never silently skipped."""
    def cell(t):
        return f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p></w:tc>"

    rows = [["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻时间"],
            ["1", "莫听松", use_id("mo"), "针灸科", "副主任中医师", R2, "2024年3月4日至2024年8月31日"],
            ["2", "乔木兰", use_id("qiao"), "脾胃病科", "主治中医师", R2, "2024年9月2日至2025年2月28日"]]
    table = "<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>" + "".join(
        "<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    body = (f"<w:p><w:r><w:t>澜屿省中医院派驻青梧县中医医院人员名册（{SYN}）</w:t></w:r></w:p>" + table
            + "<w:p><w:r><w:t>（盖章）  2024年12月</w:t></w:r></w:p><w:sectPr/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 12, 20, 9, 0, 0)), text.encode("utf-8"))


def wps_et(path: Path):
    """A WPS spreadsheet (.et): docs/intake.md says it is skipped as "save it as .xlsx" — reported, not read.
    (BIFF bytes written by xlwt under the .et name, as WPS's compatibility mode does.)"""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("进修")
    ws.write(0, 0, f"青梧县中医医院赴澜屿省中医院进修人员（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "进修科室", "进修时间"]):
        ws.write(1, j, h)
    ws.write(2, 0, 1)
    ws.write(2, 1, "夏半夏")
    ws.write(2, 2, use_id("xia"))
    ws.write(2, 3, "针灸科")
    ws.write(2, 4, "2024年9月1日至2024年11月30日")
    wb.save(str(path))


def zip_archive(path: Path):
    """Two spreadsheets in a .zip (a WeChat forward of a folder). docs/intake.md: archives are not read, unpack
    them into the folder — reported, its rows not curated."""
    def book(title, header, data):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append([title])
        ws.append(header)
        for r in data:
            ws.append(r)
        buf = io.BytesIO()
        wb.properties.created = FIXED
        wb.properties.modified = FIXED
        wb.save(buf)
        return buf.getvalue()

    a = book(f"青梧县妇幼保健院进修人员（{SYN}）", ["姓名", "身份证号", "进修医院", "进修科室", "开始日期", "结束日期"],
             [["钟离晴", use_id("zhong"), S3, "产科", "2024-03-01", "2024-08-31"]])
    b = book(f"石渚县人民医院进修人员（{SYN}）", ["姓名", "身份证号", "进修医院", "进修科室", "开始日期", "结束日期"],
             [["柏子清", use_id("bo"), S3, "急诊科", "2024-04-01", "2024-09-30"]])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("SYNTHETIC_妇幼保健院进修人员.xlsx", a), ("SYNTHETIC_石渚县人民医院进修人员.xlsx", b)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 12, 20, 9, 0, 0)), data)


# ------------------------------------------------------------------------------------------- 县人民医院
def trainees_spaces(path: Path):
    """A file name with spaces and full-width brackets. 3 trainees: a wrong check digit (curated, person id from
    the number as written), a legacy 15-digit number (converted), one named without an ID number."""
    sh = "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧县人民医院2024年下半年赴澜屿省人民医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始日期", "进修结束日期", "进修费用（元）",
               "是否结业"])
    yan_wrong = ID["yan"][:17] + ("0" if ID["yan"][17] != "0" else "1")
    t = ID["tang"]
    tang15 = t[:6] + t[8:14] + t[14:17]
    people = [("yan", "严清和", yan_wrong, "重症医学科", (2024, 7, 1), (2024, 12, 31), 0, "是", yan_wrong,
               "ID_CHECK_DIGIT"),
              ("tang", "唐以宁", tang15, "麻醉科", (2024, 7, 1), (2024, 9, 30), 1500, "是", ID["tang"], "ID_15_DIGIT"),
              ("lu", "陆鸣珂", None, "超声科", (2024, 9, 2), (2024, 12, 31), 0, "否", None, "NAME_ONLY")]
    for i, (key, name, sp, dept, st, en, fee, done, tid, code) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if sp else None, dept, S1, dt.date(*st), dt.date(*en), fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = "yyyy-mm-dd"
        ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", [(path.name, sh, r)],
            dict(department=dept, start_date=d(*st), end_date=d(*en), fee_charged=fee, completed=done == "是"),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"], tid)
        finding(path.name, r, code)
    fixed_xlsx(wb, path)


def encrypted_xlsx(path: Path):
    """A workbook opened with a password (Excel's 'Encrypt with Password'): an OLE compound file holding
    EncryptionInfo and EncryptedPackage instead of a zip. Written by hand (no encryption library is installed;
    the tool only has to recognise it and report it, so the package bytes are a deterministic stand-in)."""
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.'
           'com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
           'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="U1lOVEhFVElDLXNhbHQtMQ=="/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
           'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
           'saltValue="U1lOVEhFVElDLXNhbHQtMg=="/></keyEncryptor></keyEncryptors></encryption>')
    info = (struct.pack("<HHI", 4, 4, 0x40) + xml.encode("utf-8")).ljust(4096, b"\x00")
    pkg = bytearray(struct.pack("<Q", 9000))
    h = hashlib.sha256(SYN.encode()).digest()
    while len(pkg) < 8 + 9216:
        h = hashlib.sha256(h).digest()
        pkg += h
    pkg = bytes(pkg[:8 + 9216])
    n_info, n_pkg = len(info) // 512, (len(pkg) + 511) // 512
    pkg = pkg.ljust(n_pkg * 512, b"\x00")
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    fat = [0xFFFFFFFD, end]
    first_info = len(fat)
    fat += [first_info + i + 1 for i in range(n_info - 1)] + [end]
    first_pkg = len(fat)
    fat += [first_pkg + i + 1 for i in range(n_pkg - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)

    def entry(name, typ, left, right, child, start, size):
        n = (name + "\x00").encode("utf-16-le") if name else b""
        return (n.ljust(64, b"\x00") + struct.pack("<HBB", len(n), typ, 1) + struct.pack("<III", left, right, child)
                + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16 + struct.pack("<IQ", start, size))

    no = 0xFFFFFFFF
    dirs = (entry("Root Entry", 5, no, no, 1, end, 0) + entry("EncryptionInfo", 2, no, 2, no, first_info, len(info))
            + entry("EncryptedPackage", 2, no, no, no, first_pkg, 8 + 9216) + entry("", 0, no, no, no, 0, 0))
    path.write_bytes(header + struct.pack("<128I", *fat) + dirs + info + pkg)


def techniques_xls(path: Path):
    """A real Excel 97 .xls (xlwt): 填报单位 line, dates as date cells, 开展例数 "约20例" (→ empty + finding)."""
    sh = "新技术新项目"
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"2024年新技术新项目开展情况（{SYN}）")
    ws.write(1, 0, f"填报单位：{R1}")
    for j, h in enumerate(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]):
        ws.write(2, j, h)
    techs = [("经皮冠状动脉介入治疗（PCI）", "心血管内科", (2024, 5, 8), 12, "是", 12),
             ("无痛胃肠镜检查", "消化内科", (2024, 3, 15), "约20例", "否", None),
             ("腹腔镜阑尾切除术", "普外科", (2024, 10, 9), 9, "否", 9)]
    for i, (name, dept, day, cases_txt, gap, cases) in enumerate(techs, 1):
        r0 = 2 + i
        ws.write(r0, 0, i)
        ws.write(r0, 1, name)
        ws.write(r0, 2, dept)
        ws.write(r0, 3, dt.date(*day), date_style)
        ws.write(r0, 4, cases_txt)
        ws.write(r0, 5, gap)
        ws.write(r0, 6, S1)
        row("techniques", [(fn, sh, r0 + 1)],
            dict(name=name, department=dept, first_performed_date=d(*day), cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
        if cases is None:
            finding(fn, r0 + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(7, 0, "填表人：科教科")
    wb.save(str(path))


def monthly_long_name_gbk(path: Path):
    """A very long file name (a clerk pasted the notice's whole title), CSV in GBK with CRLF, a 填报单位 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{R1}（{SYN}）"])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "上转接收人次", "下转接收人次"])
    data = [(1, 21850, 1320, 286, 41, 0, 12), (2, 19430, 1185, 251, 37, 0, 9), (3, 23610, 1402, 309, 44, 0, 15),
            (4, 22975, 1376, 297, 39, 0, 11), (5, 23140, 1391, 302, 35, 0, 14), (6, 22380, 1344, 290, 33, 0, 10)]
    for i, (m, op, dis, sur, ref, up, down) in enumerate(data):
        w.writerow([f"2024年{m}月", op, dis, sur, ref, up, down])
        row("hospital_monthly_stats", [(fn, None, 3 + i)],
            dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=ref,
                 referrals_up_received=up, referrals_down_received=down),
            {"recipient_hospital_id": R1}, ["year", "month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 县中医医院
def monthly_r2_utf8(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{R2}2024年第三季度业务量统计（{SYN}）"])
    w.writerow(["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    data = [(7, 8620, 512, 64, 18), (8, 8935, 530, 71, 21), (9, 8410, 498, 60, 16)]
    for i, (m, op, dis, sur, ref) in enumerate(data):
        w.writerow([f"2024-{m:02d}", op, dis, sur, ref])
        row("hospital_monthly_stats", [(fn, None, 3 + i)],
            dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=ref),
            {"recipient_hospital_id": R2}, ["year", "month"])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def empty_csv(path: Path):
    """A 0-byte CSV (the upload failed): nothing to read — reported."""
    path.write_bytes(b"")


def assessments_ods(path: Path):
    """县中医医院 assesses 省中医院's two dispatched doctors for October (ods written with odfpy)."""
    fn, sh = path.name, "10月考核"
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sh)

    def add(values):
        tr = TableRow()
        for v in values:
            if v is None:
                tr.addElement(TableCell())
            elif isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v)
                c.addElement(P(text=str(v)))
                tr.addElement(c)
            else:
                c = TableCell(valuetype="string")
                c.addElement(P(text=str(v)))
                tr.addElement(c)
        t.addElement(tr)

    add([f"青梧县中医医院派驻人员月度考核表（2024年10月）（{SYN}）"])
    add(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    people = [("mo", "莫听松", 95.5, 4, 4), ("qiao", "乔木兰", 91, 4, 3)]
    for i, (key, name, score, chk, pres) in enumerate(people, 1):
        add([i, name, use_id(key), S2, "2024年10月", score, chk, pres])
        row("staff_monthly_assessments", [(fn, sh, 2 + i)],
            dict(year=2024, month=10, score=score, spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["year", "month"], ID[key])
    add(["考核人：医务科", None, None, None, "2024年11月5日"])
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- 县卫健局
def county_stats_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"县域住院流向统计（2023—2024年）（{SYN}）"])
    w.writerow(["县（市、区）", "区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    data = [("青梧县", "990521", 2023, 48210, 6930), ("青梧县", "990521", 2024, 49875, 6120),
            ("石渚县", "990522", 2023, 36540, 5810), ("石渚县", "990522", 2024, 37120, 5290)]
    for i, (name, code, y, total, out) in enumerate(data):
        w.writerow([name, code, y, total, out])
        row("county_inpatient_stats", [(fn, None, 3 + i)],
            dict(county_code=code, year=y, county_name=name, resident_admissions=total,
                 resident_admissions_outside_county=out), {}, ["county_code", "year"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


LONG = ("SYNTHETIC_青梧县人民医院关于报送2024年1月至6月城乡医院对口支援受援医院月度业务运行情况统计表的函附件"
        "业务量统计表请于每月五日前报县卫健局医政股汇总后上报市卫健委.csv")


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    inbox = raw / "2024"
    f_s1, f_s2, f_r1, f_r2, f_wjj = (inbox / "省人民医院（邮件）", inbox / "省中医院（微信）", inbox / "县人民医院",
                                      inbox / "县中医医院", inbox / "县卫健局")
    for p in (ref, f_s1, f_s2, f_r1, f_r2, f_wjj):
        p.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_澜屿省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_澜屿省城乡医院对口支援关系一览表（2024—2026年）.xlsx"

    roster, dup = f_s1 / "SYNTHETIC_名册.xlsx", f_s1 / "SYNTHETIC_名册(1).xlsx"
    roster_s1(roster, dup, f_s1 / "~$SYNTHETIC_名册.xlsx")
    ds_store(f_s1 / ".DS_Store")
    truth["ignorable_files"] += ["~$SYNTHETIC_名册.xlsx", ".DS_Store"]
    readable = [(activities_xlsx_as_xls, f_s1, "SYNTHETIC_2024年帮扶活动记录.xls"),
                (trainees_spaces, f_r1, "SYNTHETIC_青梧县 人民医院 进修人员（2024年 下半年）.xlsx"),
                (techniques_xls, f_r1, "SYNTHETIC_县人民医院新技术新项目.xls"),
                (monthly_long_name_gbk, f_r1, LONG),
                (monthly_r2_utf8, f_r2, "SYNTHETIC_县中医医院第三季度业务量.csv"),
                (assessments_ods, f_r2, "SYNTHETIC_派驻人员月度考核（10月）.ods"),
                (county_stats_csv, f_wjj, "SYNTHETIC_县域住院流向2023-2024.csv")]
    truth["submission_files"] += [roster.name]
    for fnc, folder, name in readable:
        fnc(folder / name)
        truth["submission_files"].append(name)
    # files that cannot be read: each must be reported (file_errors, or named in the ingest output), never silent
    unreadable = [(pdf_signed, f_s1, "SYNTHETIC_派驻人员名册（签字盖章版）.pdf", "pdf"),
                  (docx_roster, f_s2, "SYNTHETIC_省中医院派驻人员名册.docx", "docx"),
                  (wps_et, f_s2, "SYNTHETIC_进修人员登记.et", "et"),
                  (zip_archive, f_s2, "SYNTHETIC_附件打包.zip", "zip"),
                  (encrypted_xlsx, f_r1, "SYNTHETIC_业务量统计（已加密）.xlsx", "encrypted"),
                  (empty_csv, f_r2, "SYNTHETIC_空表.csv", "empty")]
    for fnc, folder, name, kind in unreadable:
        fnc(folder / name)
        truth["reported_files"].append({"file": name, "kind": kind})
    truth["duplicate_files"] = [[roster.name, dup.name]]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
