"""realworld109 corpus generator — SYNTHETIC / 合成数据. A fictional province (璃川省) for 2024: the pairing list in
data/raw/reference/ and a submission folder as a province's data manager really receives it — the spreadsheets and
what comes with them: a .zip of one county's files as e-mailed, Excel's lock file (~$…), Thumbs.db, a PDF and a
.docx of the same roster, a screenshot .png, one roster twice under two names (byte-identical), an .xls renamed
.xlsx, a UTF-16 tab-separated .txt from a hospital system, a CSV with semicolons, an .xlsx whose formulas have no
cached values (written by a script), a password-protected .xlsx, a 0-byte file, and a file five folders deep.
Deterministic (fixed zip timestamps, fixed document properties, the encrypted workbook embedded).

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024,2024/邮件附件/…/第二批}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong spelling is a spelling of a valid one, listed in truth.json).
Written without reading the tool's parser.
"""
from __future__ import annotations

import base64
import codecs
import csv
import datetime as dt
import io
import json
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ZIP_TIME = (2024, 12, 2, 9, 30, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


SP, STCM, CZ = "璃川省人民医院", "璃川省中医院", "澄州市中心医院"
QF, QFTCM, BL, WT = "青枫县人民医院", "青枫县中医医院", "白鹭县人民医院", "苇塘县妇幼保健院"
RECIP = {QF: ("二级甲等", "二级", "甲等", "综合医院", "青枫县"), QFTCM: ("二级乙等", "二级", "乙等", "中医医院", "青枫县"),
         BL: ("二级甲等", "二级", "甲等", "综合医院", "白鹭县"), WT: ("二级", "二级", None, "妇幼保健院", "苇塘县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19760308", "031"), "su": ("990101", "19870621", "042"), "gu": ("990102", "19810914", "015"),
    "mo": ("990101", "19890402", "026"),
    "fang": ("990111", "19920517", "033"), "yu": ("990111", "19940826", "044"), "qiao": ("990112", "19910130", "025"),
    # inside the encrypted workbook and the zip (never read; listed so the ID scan knows them)
    "tang": ("990301", "19830412", "057"), "han": ("990301", "19900125", "068"),
    "ning": ("990201", "19850703", "019"), "shi": ("990201", "19921109", "021"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip container (xlsx, docx) with fixed entry times, so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":     # openpyxl stamps the time of saving: a fixed one instead
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-12-02T09:30:00Z", data_)
            z.writestr(zi, data_)
    return out.getvalue()


def xlsx_bytes(wb) -> bytes:
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 12, 2, 9, 30)
    wb.properties.creator = "合成数据 SYNTHETIC"
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as "二级甲等" (level and grade in one cell), 协议签订日期 as date cells, the period
    only in the title (2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：璃川省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    pairs = [(QF, SP, dt.date(2023, 12, 15)), (QFTCM, STCM, dt.date(2023, 12, 15)),
             (BL, CZ, dt.date(2023, 12, 28)), (WT, CZ, dt.date(2023, 12, 28))]
    for i, (r, s, ag) in enumerate(pairs, 1):
        written, _level, _grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    path.write_bytes(xlsx_bytes(wb))
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP, STCM, CZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- the roster, five ways
ROSTER = [  # key, name, dept, title, rank, category, start, end
    ("lin", "林远航", "心血管内科", "主任医师", "正高级", "医疗", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
    ("su", "苏映雪", "呼吸内科", "主治医师", "中级", "医疗", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
    ("gu", "顾清和", "普外科", "副主任医师", "副高级", "医疗", dt.date(2024, 9, 1), dt.date(2025, 2, 28)),
    ("mo", "莫晓岚", "护理部", "主管护师", "中级", "护理", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
]
ROSTER_TITLE = f"璃川省人民医院派驻青枫县人民医院人员名册（2024年）（{SYN}）"


def roster_xlsx(names: list[str]) -> bytes:
    """The ordinary roster: title, header, four people, 合计 and 制表 lines. ``names``: the file names it is saved
    under (the same bytes twice: 名册.xlsx and 名册(1).xlsx, as a mail client saves an attachment twice)."""
    sh = "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([ROSTER_TITLE])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期", "受援医院"])
    for i, (key, name, dept, title, rank, cat, s, e) in enumerate(ROSTER, 1):
        ws.append([i, name, use_id(key), dept, title, s, e, QF])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("deployments", [(n, sh, r) for n in names],
            dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=s.isoformat(),
                 end_date=e.isoformat()),
            {"support_hospital_id": SP, "recipient_hospital_id": QF}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "4人"])
    ws.append([])
    ws.append(["制表：璃川省人民医院医务部", None, None, None, "日期：2024年12月2日"])
    return xlsx_bytes(wb)


def lock_file() -> bytes:
    """Excel's owner file (~$name.xlsx, 165 bytes): the user's name, ASCII then UTF-16, padded."""
    user = "SYNTHETIC"
    b = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    b += struct.pack("<H", len("合成数据 SYNTHETIC")) + "合成数据 SYNTHETIC".encode("utf-16-le")
    return b.ljust(165, b" ")


def thumbs_db() -> bytes:
    """Windows' thumbnail cache: an OLE compound file header, then nothing useful (as far as this corpus goes)."""
    head = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16 + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
    return (head + b"\x00" * (512 - len(head) - 40) + "合成数据 SYNTHETIC".encode("utf-8").ljust(40, b"\x00")
            + b"\xff" * 512)


def roster_pdf() -> bytes:
    """The roster printed to PDF (names, departments, dates; no ID numbers), one page, Helvetica."""
    lines = ["SYNTHETIC roster (he cheng shu ju) - Lichuan Provincial People's Hospital -> Qingfeng County People's "
             "Hospital 2024"] + [f"{i}. {key.upper()}  {s.isoformat()} - {e.isoformat()}"
                                 for i, (key, _n, _dp, _t, _r, _c, s, e) in enumerate(ROSTER, 1)]
    text = "BT /F1 10 Tf 40 800 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(text.encode('latin-1'))} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%" + "合成数据 SYNTHETIC".encode("utf-8") + b"\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def roster_docx() -> bytes:
    """The roster as a Word table (names, departments, titles, dates; no ID numbers)."""
    def p(t):
        return f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"

    def tr(cells):
        return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"

    rows = [tr(["序号", "姓名", "科室", "职称", "派驻时间"])] + [
        tr([str(i), n, dp, t, f"{s:%Y年%-m月%-d日}—{e:%Y年%-m月%-d日}"])
        for i, (_k, n, dp, t, _r, _c, s, e) in enumerate(ROSTER, 1)]
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + p(ROSTER_TITLE) + "<w:tbl>" + "".join(rows) + "</w:tbl>" + p("制表：璃川省人民医院医务部")
           + "</w:body></w:document>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
        'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
        'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), text.encode("utf-8"))
    return out.getvalue()


def screenshot_png() -> bytes:
    """A phone screenshot of the roster as sent on WeChat (a grey 240×80 picture with an iTXt label)."""
    wdt, hgt = 240, 80

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([200 if (y // 10 + x // 30) % 2 else 235 for x in range(wdt)]) for y in range(hgt))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", wdt, hgt, 8, 0, 0, 0, 0))
            + chunk(b"iTXt", b"Comment\x00\x00\x00\x00\x00" + "合成数据 SYNTHETIC 名册截图".encode("utf-8"))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------------------------------- 2024/
def f_qftcm_trainees_renamed_xls(path: Path):
    """青枫县中医医院: an .xls (BIFF, written by xlwt) whose name was changed to .xlsx; date cells; one ID number with
    a wrong check digit (curated with a finding, person id from the number as written)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"青枫县中医医院2024年赴璃川省中医院进修人员登记表（{SYN}）")
    head = ["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"]
    for c, h in enumerate(head):
        ws.write(1, c, h)
    wrong = ID["yu"][:17] + ("3" if ID["yu"][17] != "3" else "4")
    people = [("fang", None, "方知秋", "针灸科", dt.date(2024, 3, 4), dt.date(2024, 8, 30), 3000, "是", True),
              ("yu", wrong, "俞晚晴", "康复科", dt.date(2024, 3, 4), dt.date(2024, 8, 30), 3000, "是", True),
              ("qiao", None, "乔嘉木", "骨伤科", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 3600, "否", False)]
    for i, (key, sp, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        r = 1 + i
        vals = [i, name, use_id(key, sp), dept, STCM]
        for c, v in enumerate(vals):
            ws.write(r, c, v)
        ws.write(r, 5, s, datefmt)
        ws.write(r, 6, e, datefmt)
        ws.write(r, 7, fee)
        ws.write(r, 8, done)
        row("trainees", [(fn, sh, r + 1)], dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": QFTCM, "host_hospital_id": STCM}, ["start_date", "department"],
            id_number=sp or ID[key])
        if sp:
            finding(fn, r + 1, "ID_CHECK_DIGIT")
    ws.write(5, 0, "填表人：科教科")
    ws.write(5, 4, "填报日期：2024年12月3日")
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())


def f_bl_monthly_his_txt(path: Path):
    """白鹭县人民医院: the hospital information system's export, Excel's "Unicode text": UTF-16 LE with BOM, tab
    separated, CRLF; a title line, the header in line 2, months as 2024-01."""
    fn = path.name
    lines = [f"白鹭县人民医院2024年1-6月主要业务量（HIS导出）（{SYN}）",
             "\t".join(["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])]
    for m in range(1, 7):
        v = [21400 + 350 * m, 1630 + 21 * m, 402 + 7 * m, 58 - 3 * m]
        lines.append("\t".join([f"2024-{m:02d}", *map(str, v)]))
        row("hospital_monthly_stats", [(fn, None, len(lines))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": BL}, ["month"])
    path.write_bytes(codecs.BOM_UTF16_LE + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))


def f_wt_techniques_semicolon_csv(path: Path):
    """苇塘县妇幼保健院: a CSV separated by semicolons (UTF-8, no BOM), a title line first; a technique name with a
    comma in it; 开展例数 "约10例" (→ empty + finding); one technique with no 首次开展日期 (held: the date is
    required)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([f"苇塘县妇幼保健院2024年新技术新项目开展情况（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("椎管内分娩镇痛", "产科", "2024-04-10", "56", "是", d(2024, 4, 10), 56, True),
             ("宫腔镜检查,电切术", "妇科", "2024-06-18", "约10例", "否", d(2024, 6, 18), None, False),
             ("新生儿经皮胆红素监测", "新生儿科", "", "120", "是", None, 120, True),
             ("盆底功能障碍康复治疗", "妇女保健科", "2024-09-02", "35", "是", d(2024, 9, 2), 35, True)]
    r = 2
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        w.writerow([i, name, dept, when, cases, gap, CZ])
        r += 1
        if day is None:
            quarantine(fn, None, r, "missing_value", "首次开展日期 blank: a technique's first date is required")
            continue
        row("techniques", [(fn, None, r)], dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                fills_county_gap=gapv),
            {"recipient_hospital_id": WT, "support_hospital_id": CZ}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    w.writerow(["填报人：医务科", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_qf_monthly_formulas(path: Path):
    """青枫县人民医院 7–12月: written by a statistics script with openpyxl — 门急诊人次 is a formula (=门诊+急诊) and the
    合计 row =SUM(…), none with a cached value (Excel computes them when the file is opened)."""
    fn, sh = path.name, "7-12月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青枫县人民医院2024年7—12月业务量统计（{SYN}，统计脚本生成）"])
    ws.append(["月份", "门诊人次", "急诊人次", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(7, 13):
        op, em, dis, sur, ref = 18200 + 260 * m, 2100 + 35 * m, 1410 + 19 * m, 330 + 4 * m, 47 - 2 * m
        r = ws.max_row + 1
        ws.append([f"{m}月", op, em, f"=B{r}+C{r}", dis, sur, ref])
        row("hospital_monthly_stats", [(fn, sh, r)],
            dict(year=2024, month=m, outpatient_visits=op + em, discharges=dis, surgeries=sur, referrals_out=ref),
            {"recipient_hospital_id": QF}, ["month"])
    ws.append(["合计"] + [f"=SUM({c}3:{c}8)" for c in "BCDEFG"])
    path.write_bytes(xlsx_bytes(wb))


ENCRYPTED = """
eNrtVwdUFMu2HXIWFBCUKEFB8pCj5JxzVGAYYIRhhhlykqggKFmSJAkqIFkRkSRJsoLkJEGQJBnJ/Ea59+l94V/v+3+t/9d6p9ee6qrqql3nnN1V0++6
z37MLLk4CfqDSYGwQEfHBCDcH9owAGD+ViH7Xj/B0fHx8W/Nx/+x/1d2COAkf1hA7rBPc3mSczwA+Kd1QqAkAkAMgATAGQCk3yUAOgvgHADy02f/Y/+/
7Lf3F+u0/HfyTwGAEsB5AFQAqAFcAHARAA0AWgB0AOgBMPxHL/8nTBeEAC4XECNIAeQElCiQJ+hX7DwI5/c9n/CfPLM6Y6skensM47cSB3QqLsBOWCHf
WJEAOxRkA9IGWQEtDsCvHVD/74wJOJF+9OfP8BMAbU8ovvfhguQBJhcAesAKTpihIPQv+E8NnIC/cWP/Sf9/7DME+FAAIwzIghPo140MhInxq/6ftKmf
9v299xpAifzT/BcB/pO9A+f07P8z/Cf/IZD/lF8FiIMtEI0/Z7QgjG/+433L5a/HX++b5k9ib/cHLX7PyN+v72cT+AvxP9GJ9GmfPsBnBfCgv/mMAsF/
3f/f9Yf/v+D/36/vj/5j/O4/wV/gxwXedxTABQdYfnXvAX07e349/idafQv6R/vPd59/JQP0AD/m6f/gX9l/MnFA/ydMAoAG4DfkmwrQAGyBOHCD5L5F
4kT5MKA82aO4/+FO+ds3AMZf5Mc/HWv/wxyMf+JcAP8PvLs/8oP/4rtgfDr+ZD/1BikClyhIBsQPlLzALxdIECQEzKUI3AkAd3zf2mSBlckDPSe9MkA7
HxBtPqCFFyQMrOPkOV+Q5i/k5c+u9Z/lCvvf0A82cJ3sZRLXPOCOjG5QFBqGcJJk4uPmZWKEOkEQNjAnO0kmA31FLhEmRrSLlZONlSPCCSrJ5AlFM12T
IpQAHkJ5Il2AUYzADE5oSSZ7FxekGA8PGmIPhVuhueEwCAqBRti6cEMQcB6ErS0MAuUB8/IK8fxtKNP3sWLIXxjtAPVU+D4BAsWDtEKj3REom98mgvzV
iSBQlAsM6LNygTJJETICJgH0y1u5WDGirRxd9GBegO98QkyM1o4IiMPfqsBDsjAXwHuwIFCzt0Lbf+8TEmD6NsvvBoEh7aEoGUc7BArmYg+XZJJR0GM6
bZWzt4I5fQv4b3caCBuonKzc9xl/GKSnLCPIB2b6tiZDK0dXgAntwC/Lq2+vpivnetPYBiEK07HX5HOXlGRi5Dl1xAbwQsXJBWoHTOLJeBp9qI0y3Aqi
BvWUZIKhZTkQMA0bZ2sDXkeUrbOjlbaDutNNNErTVcgV7qxhIKskwmMlgFA0VORFyEHUdbXkVfmU1VWRIkYuqvY2aH4TOUcRW0ErRzWosrwaFMqjowJB
ypys4Ceu0/XacWjLo9yFRIxgjhxuWvI37QQ9VF2EoWg0nxHESt0WqulkoKjgigCri9jDrB1MlTjAHvKqhkiIDkxX1UGB1/2mtbGWu7GCI0yFF2yFEJZR
l3OA8dj96O+PiUVL/Z6Gn9oZXVGwf1t0Uj+lWAIp9ru/QFwZ0UiYkxzC1ckFUArviTH9gpR+Fs8f7CeZ/c8q61/y/qA6KJgHoWFgxw9FguWhnsrKwvKG
ph4/59wQigLeKChKGSBScUK6AnGwtlfykFVWkUcIi7qJqvKrC6g7e6idjPqXtP9wxtN1aDtaG7m7gFUgXjBPB3cPO5SSh6Cjlq0bxEZUWMHYXkafz03T
HaoCVhSwAcvpqHsIekCV3JXBprqGWoaOarqiykZCSBsVZW1hdQ5tFYiOnbIKhxra7ic/gFyekunoKhvbysGRcqJuBqZ2wqLuqvy8LvYwlIAur5eirbYJ
XAtsYiAsbKulr/A3OX6Txk8COpUpzx90KvHDxihF+N/s32mn30EPqFfd5fBCMkUwp8k8UheFpEHrTssTNH2QUQ7syAR5oyE8VkYScrfRHjyZFv9RPjdW
kLV0oYGMmBLLIlGhBuPRbenDNHWokHXBRG7qgI6QVgLoq3xOElMWcRgef8F4zyci8TPtB6pRN4r3HyYhojl4R007Dz6qVeEvsbin1xZYeUZiaeTSV7wy
/mB8XSzjGMo4FxCTbsUpk3L1YvXxEZVN+vI+QQSTmXBzZ5a8Sfv+Fejuwy0/2yhBbZ0RvzcvCm3YUh7K8lV0myy0O3HcASOXA/cv3X1xhyv3qk3oI8Uj
ucj3BTPmNWmN4UuTAvgYIqN2WpdW8nyTa5keWXx1FaCVymfOCygLqVyqeND0sp64srPfexiWcsl9t2BIC0Lmo66bdVmstb+RXIwmw4OgSZXKfUgA9pmj
HvKZg9OvxSbzjCwv+3UYPlqJ5etLNc+Xgu7YlxqwKMtmseEP3FRYXKTp89vO+Zhypq5Tx/nXPW0nJsqPcVZyVGr3Xg9uYgHdOSP51ZjHxfZGyGbVTPKt
RqFrZ9veCQW+qSDTxzQFJ+vfxlLv6lzWuVFT4s0SqCptTqkQ4MXxXInAtIz/uPfjq4x9e1W2O7NmGqSbFqqqoW+XvFrvfsWeZ32kUECw4OfIJrsTH4bp
r5u1YLgzaFfny8he/dgbN1S5+bnZqMpy7HDpWwu/kjqBpJiru5Qz3OJOKGv8Wy/u1oyYrlk09dL4vBfJ9DuOblm8adHM1BuPRX08UIVb906S6Z5WmwuE
OE38EG+MepZzrezZ5aGoY0WLkqrznyh1fINmui8kPGe72w5DT55d2G5hfytzXapoJ35gZzDhxmAXueYd8jAt8gmc5JclJO5NHy2t5QNmLl+eVE/hmv0q
Ffta94U3R/BjyRwznHc7FwsMl5BSD0vuiyEOY6jqZ4doaM71KvLLYNN7qHQVIbsi5fNtX5p56Enq0phNC91suVUu1OgwMEM3sVxzE09RzdEaFFO7Gpgv
3iu+P+tZt65LYll6PK81L9nks0fiIFocSQfXbcWetiX/hMPtPkaHIfjM603vo4mgSiv/ngBz0vv1DAnGVc0K2PpdBNgi61hKJJdsr93+2OEnQVape7aJ
e6WCToz581YB252MyNL26/k3JbOXwb6EccOxmNT9qgzjN8zsRhf1vR46xkgVPouwfFfQESjD9LZzXyGEugGTXsOAOP+rrn/N54lj5ZXNcAwe00z+BT+J
hUe3El3lJCqnUYlfcnL4cfpvhr0h0iEQORcxm6HtKOcRImyookDisJ5VEe00FvKwiJ+CoX6EWhQbVPgYZhdK4zrGxr3Jq2Nreo9FdbMjU26lw7QF6/jx
cfbTlrdzc8bg82kvX6ViJa9UJSRSBBMFuugFXSejZIA+KZd4wPGC8JWDLH46N7qa9e7SrcweQ3cHEet50HWMIzc3W0JCzSv8dhiViIgvr2WLIsi/VFMk
10uj8i4etV2082/DTn0bxoB4lWX9aQtjzXCnSGKxTSpTgIDD23BsttkC2/OKKXcxH84qRYNpnzhF59FwbNhGQLpS/VZh2fqnmhL1Cxg9YzRRXSrtaUpW
2UTU3A6d05kq5alGbbek4/P1uZT4kFrwsLq9o1l2yPhuwXukQv0mtibrG75IkZygB5K2dwY/6yJFYjLCX4hKIZhjvtYHsAZhLX4O42eMTpDz7PbESVK9
BVkj1DuYFlX105juzG44RlmP9TV/fjjrXlR314avRlfVGxPuRGi5NvfstfLXyt2a7LRR6O0OVtzbV71w14n62T9xNkc+849tCquEda1SK6s5WzAm5M9b
mtP4YUymDjcyGW21uxJLM9HfNeRgJasuyns+16Wpqe3cXKMZYFEe2kELx99jgoXn3ae5Peebm80A3k9bJS5JctqZZuF2qf7cUu/wyRIK/2hfP1EKL8lr
e5XIHFNjX0PRQtx7tH492r6dlqtB8uYYjd22ZDw35vncjd78jC0iuO5C7Yd1569DbTDcCFPwhkVo88TZiMFkLvjE8tPlNNLqq2KKjVFcamW5zrycPvmY
LGUkuGxHG2lTi8q9cu1GTPK5vHlNH6cPL5bHLnpvT4Hl2odZjZkt9HHzpEL8ifCRtnkIwgKRloWGrAKr3BIW++v18Rf6mvG/HDAeymQVrke0e/cZQSTT
hb0C75GYMVwIulf8cMtx5mVoIYf+ZW7WoFgkvC1p25YgamZ8zL7Ss4IZJtJZvP/eYXjbItBTwltVc7HNzsKuPDHFYTC1mlIPufVUURdhUTNpvwF+Zp59
PZmBoVCIX1swvzakQ2SahXzXlYQd3ZfHuZH6uPLOgJNWDsenTfJX09LEJe/4RqbYP6VTWpDNU+h2PZyhYx63TO9mYrOQtuURu0iHeJxnyCzQCEdX9klX
3fDKDIXGiA7u7V9NbvZMvELlvHrtCaeFeDL2qkZARvA1pYohP/7DpI60JrfCV3vjn+z7EjXjFmUVKp6BovNDri778RFRXTamV6vTTMMQ4fZxqB6PwHC+
LHJdqthAQ4L0MEVUHwsJlSx68nTb3WBW1mpsvvb+6l16/3OfBuUcxZu7BYigJq4cAz6JewjDF2OVilTvcm/FKnOGxNeOrHuuOb3HpeWkCLqHV7ETStKf
gFC/mxRksJ1FqFYZBSU0moOKdrs+VhM6vqWgPJPMVR3CueRkaimbEPQhq2/b25te8hXnlOhyWH64FNb154MXigp7BMO6qd7jSzRHgCU1i4KFIDPlUTWX
BsZeXuhVr0dY0ozcDLZpJyidQz1RlHFaCZpmXJffuPOqwiAba8F0WN4r651IZOhU1D1FTROffcZUWr2LrDfqxdm+MPZyK3i+ZqNaN7u6uhjdiwqeH05o
zshOIRYXTh1S40LrOgbixAeyoWS1FNOiPbV8L/AE32eZrPx8n7Bc/8sAhWBzj4hLmU455Ri3XL6TQO1rDfntAG5ji86ox9a5arWzW1RGtoLsI/aq0ZKZ
yKa9VxeLKAi8HPY/uFH6LuxcLbyi0BoTv/ilPEV1UheOGvvU+jHx6rMsc8Jd8xmCArUQ/LZz0fPyFI9mc2Tz42cwGsW2aTJiLo1fYxfOTNy41jvBjt6z
EjKPOfOmMeGjfERcIemaRq/nkxbs59ag88y7vkVSKD09vUFzRi6hbbpFndZ+0+ULBb6fRh4GRSTK+UzwKqxZPMnxw0Gf5z+mBD+T1KVwxNysKuJM2jn3
cSntHMvNbm5VBuX8VI2ZSqHda9HSn8VSto7uU8WrwHr633i2lR/RTn4K/5yaS0AUjsgFjQ0xjm+WqtLdfk1FWKxwUZa2g9H2xmEX0ROWqYfZ+kS+4Sut
ce9Hjnpmh+D+oS2tuWYYlnxdrOS1C4fOd9zJ0dtYgwFG+PoQizaFaR1BosOHEwuKB01mWZhSsZgvk9syL112lBufrxZ8+KEfR93n1taVHXN8wVjviCtX
cSwPxkoEa/p5gkkLpYKIKMMQow96xm/TGEOkz/Vi6zPwXeGk3E7H8bHpqiNh7NLxcpKkHr5fGF4y06rLaseKqTvi8Lg38QX6WfKrdHOS2xkLb86jymlD
etSCxT1kp/w1mumkRgxxcwOKZfTaWIJDkqOaDoY84DSbFOtu7zTbOgyNbVZnqRpZYyEfD5Ojv6S93K9TzJur4lnK9Hr9plcO7jkaMzdzlrzd6d6Argl2
H9mKydLU02sYhj7M0CoBT+mjkZ7JS1RjeONNjE2dshhWD8bKPEIWuOUu+OTrXD7nMv3M2uNrr39sYZ5n7LTTh/jdtd0PId18CUngwx1wS/1iYZQLLu2A
WLvmAO0dj4my0ppRfNYHCwqXNmkS123MYt72icQ0p36oI3HgMMXQxi28a63zgR3U+IIrBE+S/+EFASiPSFfDxpH++J5ZdI19QO6Devrogy6djth8HtKd
yi6UotdtijOO5i9HYXtho6OIFssynWuuqlQxbHArkhwlJ6J5zCdrkw5C28UEwyoWFA7w47KYS+xUJWmf+9tcwT2yqwvzJkSJg9TbQ5c4O8kOHndabCyH
pd/yvc6lnBk/rOwyR+n3AGvLlFLHNOxa1rviiIU7tzkmYfqPycbPStfIfs1FrW9s0vn788k/p7OVzOnYqOd3kzDGTk5MEb5Zn5jTLST8dELxth2SBn1H
MyG+0St4QXMsnGLQgMJHVwlHXSl4uSKaDnVPl+lMs8G6jSBC3bBM35rnRYwiZvZIgo43NbeTCZ6tjgtL//yU0Nd4dmGFrdet5B8DXT0b1QTEbmqyHyWJ
ORQIGCuTwZMqTbcYNkwZGzeeW8/hzC+EGXPoYcsuL8Sgyb4gqSdTFJ/wXQ8Xi1MgEYfJdj+fbAH17j/fx8e5sVdnYWqD15HGmpvnKI07u0WU/Sb6uPlZ
zmR8AxHifGXZzEpfknIXvKbDbahX+mqvKG6WGbFvEcZOreFecILQLO3u6tAghpskd7CwVdbbRp7MAw3owvMnga9v85UaQJ4tx+rnUiGdvVd4eIr5TO0F
StfgqVMS7zHHlXoyY5Y3Fdq4dmxCz/EppqqGk851VB6YuT3zvOcLclURjyuNWBRPKonepEaalF4srDgPH22o7Jw3GPBuGX67GdomTLGLUm/p0kCmfzCH
1hz56hkss5rQ3rLj8JmbKS8qJu3zY5UlvYomYm0wDTkq8ZGnWmGOnMccw295Gh8WNzEt/BojJ3q6oK3e80uQ4hmD5Pijrd5PFpKZAkYdpZWlo/pfeiIt
FL6QLTlIcMTQUilun4uE451TMnM5l/fAgp0AOU6Qs8BiLhVDqPC5l3MhLueoURXqb6KqHa5C/WYmX1Wj/0aSw4zIaqOlKsZm98oa3jW5tHTl8V3uwLpD
+gj+WPsS3+etLj2Wghu5oCOaaPbZ+qPpNQgERn9Pmn+oNnPianDsDv/F/a1n51f6MltlJ63HB98qVH2kT6hRlNi/Sw2vEnicxLuZXrkrHXr0hputGtbS
XjzqvZJqFidZfAcvO63jkpsCWcA1vfBZAvWtfjWNe203R99bxEUy+4yBCrPWE66nnAnTw2zvGcZSxwND7xYEfMim/EC9vf/lQ3hbYd9ZYqwlanLRyl6q
C56BgrV8c9nY75+qZYPOqgk6hsfkcSSNPwif+oK3H16hD6bBzYRzl6+w3+ojU0weFdW5h+u7cfj+YvuH1FXlPrB91cuF8peulkuUKW1zOc0m3OuPq2w4
d7qUaKs9OftuSCb54URbFVcaGoUckU9e14B/1mK9YLtJ5JIbmEMbNRwS8mq14Z2iu0+WF3STynmeJOTy3btfHw9lvS0W51MwI1QMCI+/kKFLHnW9H5LW
pKY0WxpZ12KHhZROqlNr1CdreFrnvq7SqVxsjBlkpAx8UNnlL52fayh56pCC05rr1EJEMX58prJcBdxDuGg9EBT/oC63MnWpkK3mzSUyLBxBatdJ1uGp
MbPX6CEuonIfTXmMQ9y3s0gvRZ8zy9TYRqN97aXYdHjFM3l5j+rWtPHwKzttopHBI+IEZndSmxiGFVGJrJny4eqBidRYSk9TjW7rrBcpg/ZD59WVtrtM
RM/aiMUyTSlRHI60q7qrOKlkZQk8LJzZo/TYKCLuuc9Xd4ZicpdboEEZq6rzJcdjsDSX9EJnvCHUVJTWZxSTrtmHgD4o9dD7fbe25WqUfLxbT3egyqTH
KnxcZW+WKIG4v6trZT+5Sm/ZrtERPJdkX3dfOi9PNE78zea5146FHLQYVZY12i6xY9utKcyFwo46y7m+eDb5UyMlbfQ6LYRz1OzGCo8qLkzgrk95pepG
C7HXzpspgj0aGa5YXEtkD4JYhRy37FK3gfbD1mh3UZTSaOsDMcvjuOW14xbBz4qwwQW161RLs9sqHjItMQcJ0TpOYUcTpKPCEVtVZinZxK7Vkug+zM4V
k5yDMYm89AzbYHm4uOlQ0fsPs8220+Ums8vZFSyYOD4fLQn89l6nUjOvJIbPCHvwFeG8SKwNuxzhQCdT4SxmW+vchVYVFR4peM/AUnq2m7m9NvuzUmqN
n4HRk1SNoBXegke06eDnI9zyZbiFqSHmkZRQMOXZm628XoIm4qY7fsUw09B5LeZ3+YE6+g9D+DUXF8QOzu4DZ8H9pD0abL0rS8zCFXNPrRgRFxkpsM16
yOLm7jYJRUkYlMtLk7y62+9/zOxSrJH39X1XSnjTE8zklHGlZFdBm5F0LoaYtvaiyKtkg/pjUMnCNNNBNWMHJlZz592LOhaYYB7/ednaXIjsgl4clwpn
sL5qGkVhAitIZ9GNP6kd992siDy9sbAvCV4e5PBu6bvxwMvlBuzaRHlaVm9qF1dGi5KprhyZWOCn2+40RrlWW5zj8tlic9xeX3FzhTdc7oimfUsWGM3X
Pf2UJ5PA3WVLyN1tKoBRQqhdu1WgbXHdifPKQYhPx/HwlawSfVMl4SAv/IG3zuJpSNpAKGO74b0RE5wvw1QZJApWUwHB2xWH1tWmbTmFZa4kGHh7Sx1e
A5O1QQ0xxlcLmxnFlmn8Sd+Z7pgnK5Hfw+mqj9vjEMUjfdzp12x45lUcW5uzruggxjNizVbfbYlP71onpP0bYmFz5hbHq3Rs56s9e/gZ+AnyXm3B/Iar
J0Os1e3NwBu9FpIZJKzX5MEIopZ8GYRamzR+3Hws/W1c0nKfz/2z5QMSlr0KaoY1yJAG0LIXKaMvaQ6mnz2eX86wEuYNI3/jWzPPz9Pu63W8g7tYTVda
Jj682p30MlGoSBh/QmWC4OwdWncSA8qETbaM127QNRF+HcM0hydevUaXZm3GMdg67zTtEepGxkzSH905+5SutMwgxDO4rDKm5mu/0UxkgMWXDen3Yd1y
Yxl0pubPhzaKulYWhGQt7mMRFVdl+LDJ3i6IPdTkwyITyXjrJx7+xA2rltjo1UBoqdHF+6gwrQEtpZoVUh5Npg7JVepCj+4IH4LPQgyJS5FXgixFsosD
HNWcSTPPTiZUX3uJOVthlDejs0vUXGPKzoes3Hti5/rYl7196d7BVzVLrmpyiOHxrEpL1yOcZwPWczuhdPEhUQet81M7szpP1FKhrJ76tJGuobgGnUlI
Syxeh6nNeD/1dgwfE/DNM1io5gsv8oScrTcNnZmECfQ9LNxFsadvba+1O0mqvG1ugKLv1uoEwL3kDDNfX+gG/cf+V+y/AMizer0=
"""


def f_bl_roster_encrypted(path: Path):
    """白鹭县人民医院's roster from 澄州市中心医院, saved with a password to open (Office agile encryption, password
    1234, made once with msoffcrypto-tool and embedded here). Cannot be read without the password: refused."""
    path.write_bytes(zlib.decompress(base64.b64decode("".join(ENCRYPTED.split()))))
    use_id("tang")
    use_id("han")


def f_wt_zip(path: Path):
    """苇塘县's files as e-mailed: a .zip holding the 妇幼保健院's roster (an ordinary .xlsx). Not read (README /
    intake.md: archives are not read — unpack them into the folder)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻人员"
    ws.append([f"澄州市中心医院派驻苇塘县妇幼保健院人员名册（2024年）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期"])
    for i, (key, name, dept, title) in enumerate((("ning", "宁采薇", "产科", "副主任医师"),
                                                  ("shi", "石牧野", "儿科", "主治医师")), 1):
        ws.append([i, name, use_id(key), dept, title, dt.date(2024, 4, 1), dt.date(2024, 9, 30)])
        ws.cell(ws.max_row, 6).number_format = ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("SYNTHETIC_苇塘县妇幼保健院派驻人员名册.xlsx", ZIP_TIME), xlsx_bytes(wb))
        z.writestr(zipfile.ZipInfo("SYNTHETIC_说明.txt", ZIP_TIME), f"苇塘县卫健局转发（{SYN}）\r\n".encode("utf-8"))
    path.write_bytes(out.getvalue())


def f_cz_activities_nested(path: Path):
    """澄州市中心医院 activities (an ordinary .xlsx), five folders deep as saved from a forwarded mail; the support
    hospital only in the title; one row at a hospital in no pairing list (红杉县人民医院: held)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄州市中心医院2024年对口帮扶活动登记表（第二批）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["日期", "受援单位", "活动形式", "主题", "参加人数", "主讲专家"])
    acts = [(dt.date(2024, 3, 15), BL, "学术讲座", "急性胸痛的早期识别", 42),
            (dt.date(2024, 4, 9), BL, "教学查房", "重症肺炎查房", 18),
            (dt.date(2024, 5, 20), WT, "技术培训", "新生儿复苏培训", 26),
            (dt.date(2024, 6, 11), WT, "义诊", "妇女两癌筛查义诊", 60),
            (dt.date(2024, 7, 2), "红杉县人民医院", "学术讲座", "高血压规范化管理", 35)]
    for day, rec, typ, topic, n in acts:
        ws.append([day, rec, typ, topic, n, "某主任"])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy-mm-dd"
        if rec not in RECIP:
            quarantine(fn, sh, r, "unresolved_hospital", "红杉县人民医院 is in no pairing list")
            continue
        row("activities", [(fn, sh, r)], dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": CZ}, ["activity_date", "activity_type"])
    ws.append(["填表人：医务部", None, None, "审核：", None, "2024年12月5日"])
    path.write_bytes(xlsx_bytes(wb))


# ------------------------------------------------------------------------------------------- main
ROSTER_NAME = "SYNTHETIC_青枫县人民医院派驻人员名册.xlsx"
ROSTER_COPY = "SYNTHETIC_青枫县人民医院派驻人员名册(1).xlsx"
NESTED = ("邮件附件", "白鹭县", "县卫健局转发", "澄州市中心医院", "第二批")
# the names only Excel and Windows give: not renamed SYNTHETIC_… (their contents say 合成数据 SYNTHETIC)
SYSTEM_FILES = ("~$" + ROSTER_NAME, "Thumbs.db")


def main(out: Path):
    raw = out / "data" / "raw"
    ref, sub = raw / "reference", raw / "2024"
    deep = sub.joinpath(*NESTED)
    for p in (ref, sub, deep):
        p.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_璃川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    data = roster_xlsx([ROSTER_NAME, ROSTER_COPY])
    (sub / ROSTER_NAME).write_bytes(data)
    (sub / ROSTER_COPY).write_bytes(data)                       # byte-identical, saved twice
    (sub / SYSTEM_FILES[0]).write_bytes(lock_file())
    (sub / SYSTEM_FILES[1]).write_bytes(thumbs_db())
    (sub / "SYNTHETIC_青枫县人民医院派驻人员名册.pdf").write_bytes(roster_pdf())
    (sub / "SYNTHETIC_青枫县人民医院派驻人员名册.docx").write_bytes(roster_docx())
    (sub / "SYNTHETIC_名册截图_微信图片.png").write_bytes(screenshot_png())
    files = [(f_qftcm_trainees_renamed_xls, sub, "SYNTHETIC_青枫县中医医院进修人员登记.xlsx"),
             (f_bl_monthly_his_txt, sub, "SYNTHETIC_白鹭县人民医院业务量1-6月_HIS导出.txt"),
             (f_wt_techniques_semicolon_csv, sub, "SYNTHETIC_苇塘县妇幼保健院新技术新项目2024.csv"),
             (f_qf_monthly_formulas, sub, "SYNTHETIC_青枫县人民医院业务量7-12月（脚本生成）.xlsx"),
             (f_cz_activities_nested, deep, "SYNTHETIC_澄州市中心医院帮扶活动登记2024.xlsx")]
    truth["submission_files"].append(ROSTER_NAME)
    for fnc, folder, name in files:
        fnc(folder / name)
        truth["submission_files"].append(name)
    f_bl_roster_encrypted(sub / "SYNTHETIC_白鹭县人民医院派驻人员名册（已加密）.xlsx")
    (sub / "SYNTHETIC_青枫县中医医院新技术（补报）.xlsx").write_bytes(b"")   # 0 bytes: the upload failed
    f_wt_zip(sub / "SYNTHETIC_苇塘县报送材料（邮件附件）.zip")
    truth["unreadable_files"] = ["SYNTHETIC_白鹭县人民医院派驻人员名册（已加密）.xlsx", "SYNTHETIC_青枫县中医医院新技术（补报）.xlsx"]
    truth["not_read_files"] = ["SYNTHETIC_苇塘县报送材料（邮件附件）.zip", "SYNTHETIC_青枫县人民医院派驻人员名册.pdf",
                               "SYNTHETIC_青枫县人民医院派驻人员名册.docx", "SYNTHETIC_名册截图_微信图片.png"]
    truth["system_files"] = list(SYSTEM_FILES)
    truth["duplicate_files"] = [[ROSTER_NAME, ROSTER_COPY]]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
