"""realworld53 corpus generator — SYNTHETIC / 合成数据. A fictional prefecture city's (枫溪市, 澂岭省) year folder for
2024 as its clerk keeps it: folders per county and per month (县/月份/…), the same attachment saved in two folders,
receipt dates in file names ('2024.03.15收'), a 旧版 folder with a superseded copy (older 填报日期 inside), Office
lock files, Thumbs.db and desktop.ini, a .docx, a .pdf, a WPS .et spreadsheet and a .wps document, and an .xls
that is really an .xlsx. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024/…}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
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


S_PROV, S_CITY = "澂岭省人民医院", "枫溪市人民医院"
SZ, QX, SZTCM = "石渚县人民医院", "青荇县人民医院", "石渚县中医医院"
RECIP = {SZ: ("二级", "甲等", "综合医院", "石渚县"), QX: ("二级", "乙等", "综合医院", "青荇县"),
         SZTCM: ("二级", "甲等", "中医医院", "石渚县")}

ID = {k: idn(*v) for k, v in {
    "lan": ("990801", "19760412", "031"), "mo": ("990801", "19850923", "042"), "ning": ("990802", "19890306", "027"),
    "gu": ("990811", "19900715", "053"), "yan": ("990811", "19921102", "018"), "ke": ("990812", "19870528", "064"),
    "su": ("990821", "19790214", "035"), "fang": ("990821", "19830830", "046"), "lu": ("990822", "19880119", "072"),
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


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澂岭省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(S_CITY, SZ, dt.date(2023, 12, 18)), (S_PROV, QX, dt.date(2023, 12, 22)),
             (S_CITY, SZTCM, dt.date(2023, 12, 18))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag, None])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S_PROV, S_CITY):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 石渚县
SZ_PEOPLE_NEW = [  # key, name, dept, title, start, end, rank, cat
    ("lan", "蓝正则", "心血管内科", "主任医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "正高级", "医疗"),
    ("mo", "莫清和", "普外科", "主治医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "中级", "医疗"),
    ("ning", "宁晚秋", "护理部", "主管护师", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "中级", "护理"),
    (None, "晏知微", "麻醉科", "副主任医师", dt.date(2024, 3, 18), dt.date(2024, 9, 17), "副高级", "医疗"),
]


def sz_roster(path: Path, filled: str, people, record: bool):
    """枫溪市人民医院 → 石渚县人民医院 roster: title, a 填报日期 line, header in row 3, dates as date cells."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫溪市人民医院派驻石渚县人民医院人员名册（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append([f"填报单位：枫溪市人民医院    填报日期：{filled}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始时间", "派驻结束时间"])
    for i, (key, name, dept, title, s, e, rank, cat) in enumerate(people, 1):
        ws.append([i, name, use_id(key) if key else None, dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if record:
            row("deployments", [(fn, sh, r)], dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
                {"support_hospital_id": S_CITY, "recipient_hospital_id": SZ}, ["start_date", "department"],
                id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
    ws.append(["合计", f"{len(people)}人"])
    ws.append([f"注：{SYN}"])
    wb.save(path)


def f_sz_roster_new(path: Path):
    """The roster received 2024.03.15 (填报日期 2024年3月14日): four people, one named without an ID number."""
    sz_roster(path, "2024年3月14日", SZ_PEOPLE_NEW, record=True)


def f_sz_roster_old(path: Path):
    """旧版: the superseded copy received 2024.03.02 (填报日期 2024年3月1日): three of the four, 莫清和 still as
    住院医师 in 急诊科 and all ending 2024-08-31 — replaced by the later file, no row of its own in the truth."""
    old = [(k, n, ("急诊科" if k == "mo" else dp), ("住院医师" if k == "mo" else t), s, dt.date(2024, 8, 31), rk, c)
           for k, n, dp, t, s, e, rk, c in SZ_PEOPLE_NEW if k]
    sz_roster(path, "2024年3月1日", old, record=False)


def f_sz_trainees_xls(path: Path):
    """石渚县人民医院 trainees at 枫溪市人民医院, xls (xlwt); dates as text "2024-04-01"; one 15-digit ID; 费用(元)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石渚县人民医院2024年赴支援医院进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "进修科室", "进修医院", "进修开始", "进修结束", "进修费用(元)", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    y = ID["yan"]
    fifteen = y[:6] + y[8:17]
    people = [("gu", "谷听澜", None, "内科", "2024-04-01", "2024-09-30", 3000, "是", True),
              ("yan", "阎书白", fifteen, "急诊科", "2024-04-01", "2024-09-30", 3000, "是", True),
              ("ke", "柯映雪", None, "影像科", "2024-07-01", "2024-12-31", 0, "否", False)]
    for i, (key, name, sp, dept, s, e, fee, done, donev) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept, S_CITY, s, e, fee, done]):
            ws.write(r, j, v)
        row("trainees", [(fn, sh, r + 1)], dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                                 completed=donev),
            {"recipient_hospital_id": SZ, "host_hospital_id": S_CITY}, ["start_date", "department"], id_number=ID[key])
        if sp:
            finding(fn, r + 1, "ID_15_DIGIT")
    ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_sz_techniques_xlsx_as_xls(path: Path):
    """石渚县人民医院 techniques: an .xlsx saved with the extension .xls; "约20例" in 开展例数."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石渚县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 16), 12, "是", 12, True),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 9), "约20例", "否", None, False),
             ("无痛胃肠镜", "麻醉科", dt.date(2024, 6, 3), 45, "是", 45, True)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, S_CITY])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", [(fn, sh, ws.max_row)], dict(name=name, department=dept,
                                                       first_performed_date=day.isoformat(), cases=casesv,
                                                       fills_county_gap=gapv),
            {"recipient_hospital_id": SZ, "support_hospital_id": S_CITY}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_sz_assessments_ods(path: Path):
    """石渚县人民医院 monthly assessment of the dispatched staff, May 2024, ods."""
    fn, sh = path.name, "2024年5月"
    rows = [[f"石渚县人民医院派驻人员月度考核表（2024年5月）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
    for i, (key, name, sc, present) in enumerate((("lan", "蓝正则", 95, 4), ("mo", "莫清和", 92.5, 4),
                                                  ("ning", "宁晚秋", 90, 3)), 1):
        rows.append([i, name, use_id(key), S_CITY, sc, 4, present])
        row("staff_monthly_assessments", [(fn, sh, len(rows))],
            dict(year=2024, month=5, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": SZ}, ["month"], id_number=ID[key])
    rows.append(["考核人：院办"])
    ods_doc(path, {sh: rows})


def f_sz_monthly_csv(path: Path):
    """石渚县人民医院 1–6月 workload, CSV in GBK, CRLF, title line then header."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"石渚县人民医院2024年1-6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    r = 2
    for m in range(1, 7):
        v = [14800 + 230 * m, 1050 + 19 * m, 240 + 6 * m, 38 - 2 * m]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SZ}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 青荇县
QX_ACTS = [(dt.date(2024, 3, 6), "学术讲座", "急性胸痛的识别与处置", "35", 35),
           (dt.date(2024, 3, 13), "教学查房", "慢阻肺急性加重查房", "18", 18),
           (dt.date(2024, 3, 20), "技术培训", "心肺复苏培训", "约40人", None),
           (dt.date(2024, 3, 27), "义诊", "高血压义诊", "120", 120)]
QX_ACT_HDR = ["日期", "活动形式", "主题", "参加人数", "支援单位"]
QX_ACT_TITLE = f"青荇县人民医院2024年3月对口帮扶活动登记（{SYN}）"


def f_qx_activities_csv(path: Path, et_name: str):
    """青荇县人民医院 activities, CSV UTF-8 with BOM; the same attachment also kept as a WPS .et (et_name)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([QX_ACT_TITLE, "", "", "", ""])
    w.writerow(QX_ACT_HDR)
    r = 2
    for day, typ, topic, n, nv in QX_ACTS:
        w.writerow([day.isoformat(), typ, topic, n, S_PROV])
        r += 1
        # the .et holds the same rows at the same places: one row whichever of the two is read
        row("activities", [(fn, None, r), (et_name, "Sheet1", r)],
            dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QX, "support_hospital_id": S_PROV}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_qx_activities_et(path: Path):
    """The same activity list saved by WPS as .et (written here as BIFF8 compound file, as WPS's .et is)."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    ws.write(0, 0, QX_ACT_TITLE)
    for j, h in enumerate(QX_ACT_HDR):
        ws.write(1, j, h)
    for i, (day, typ, topic, n, _nv) in enumerate(QX_ACTS, 2):
        for j, v in enumerate([day.isoformat(), typ, topic, n, S_PROV]):
            ws.write(i, j, v)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())


def f_qx_roster_xlsx(path: Path):
    """澂岭省人民医院 → 青荇县人民医院 roster; 性别 column; one ID with a wrong check digit."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澂岭省人民医院派驻青荇县人民医院医务人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻开始", "派驻结束"])
    f = ID["fang"]
    wrong = f[:17] + ("0" if f[17] != "0" else "1")
    people = [("su", "苏远帆", "男", None, "神经内科", "副主任医师", "副高级", "医疗", dt.date(2024, 4, 1),
               dt.date(2024, 9, 30)),
              ("fang", "方栖梧", "女", wrong, "儿科", "主治医师", "中级", "医疗", dt.date(2024, 4, 1),
               dt.date(2024, 9, 30)),
              ("lu", "陆采薇", "女", None, "检验科", "主管技师", "中级", "医技", dt.date(2024, 7, 1),
               dt.date(2024, 12, 31))]
    for i, (key, name, sex, sp, dept, title, rank, cat, s, e) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, r)], dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": S_PROV, "recipient_hospital_id": QX}, ["start_date", "department"],
            id_number=wrong if sp else ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["填表人：医务科", None, None, None, "2024年4月2日"])
    wb.save(path)


def f_qx_monthly_ods(path: Path):
    """青荇县人民医院 7–12月 workload, ods, months "2024年7月"."""
    fn, sh = path.name, "7-12月"
    rows = [[f"青荇县人民医院2024年7-12月主要业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for m in range(7, 13):
        v = [9100 + 140 * m, 610 + 11 * m, 130 + 3 * m, 25 - m]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QX}, ["month"])
    rows.append(["填报人：统计室"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 市本级
def f_county_stats(path: Path):
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫溪市各县2024年县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年份", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, tot, out in (("石渚县", "999801", 41230, 6120), ("青荇县", "999802", 26870, 4315)):
        ws.append([county, code, 2024, tot, out])
        row("county_inpatient_stats", [(fn, sh, ws.max_row)],
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- not spreadsheets
def f_docx(path: Path):
    """A cover letter (关于报送派驻人员名册的函) as a minimal, valid .docx."""
    body = (f"关于报送2024年派驻人员名册的函（{SYN}）。枫溪市人民医院：现将派驻石渚县人民医院人员名册报送，"
            "请查收。")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats'
           f'.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+'
          'xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlfor'
            'mats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w") as z:
        for name, text in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 14, 9, 0, 0))
            z.writestr(info, text)


def f_pdf(path: Path):
    """A one-page PDF (the scanned agreement's stand-in), ASCII text only, xref offsets computed."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>"]
    text = b"BT /F1 14 Tf 72 760 Td (SYNTHETIC counterpart support agreement - fictional) Tj ET"
    objs.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    path.write_bytes(bytes(out))


def f_wps(path: Path):
    """A WPS text document (.wps): an OLE compound file signature then text — not a spreadsheet."""
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 24
                     + f"青荇县人民医院2024年一季度对口支援工作总结（{SYN}）".encode("utf-16-le"))


def junk(folder: Path):
    """What Windows and Office leave behind: a lock file of a few bytes, Thumbs.db, desktop.ini."""
    (folder / "~$派驻人员.xlsx").write_bytes(b"\x0cAdministrator" + b"\x00" * 40)
    (folder / "Thumbs.db").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 56)
    (folder / "desktop.ini").write_bytes("[.ShellClassInfo]\r\nIconResource=C:\\Windows\\system32\\imageres.dll,-3\r\n"
                                         .encode("utf-16"))


JUNK = ("~$派驻人员.xlsx", "Thumbs.db", "desktop.ini")


def main(out: Path):
    raw = out / "data" / "raw"
    y = raw / "2024"
    dirs = {k: y / k for k in ("石渚县/03月", "石渚县/04月", "石渚县/05月", "石渚县/06月", "石渚县/旧版", "石渚县/汇总",
                               "青荇县/03月", "青荇县/04月", "青荇县/12月", "市本级")}
    for p in [raw / "reference", *dirs.values()]:
        p.mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澂岭省对口支援关系表（2024—2026年）.xlsx")
    et_name = "SYNTHETIC_青荇县人民医院帮扶活动登记3月.et"
    files = [(f_sz_roster_new, "石渚县/03月", "SYNTHETIC_石渚县人民医院派驻人员名册(2024.03.15收).xlsx"),
             (f_sz_roster_old, "石渚县/旧版", "SYNTHETIC_石渚县人民医院派驻人员名册(2024.03.02收).xlsx"),
             (f_sz_trainees_xls, "石渚县/04月", "SYNTHETIC_石渚县人民医院进修人员登记表 2024.04.08收.xls"),
             (f_sz_techniques_xlsx_as_xls, "石渚县/05月", "SYNTHETIC_石渚县人民医院新技术新项目.xls"),
             (f_sz_assessments_ods, "石渚县/06月", "SYNTHETIC_派驻人员考核2024年5月（2024.06.03收）.ods"),
             (f_sz_monthly_csv, "石渚县/06月", "SYNTHETIC_石渚县人民医院1-6月业务量.csv"),
             (lambda p: f_qx_activities_csv(p, et_name), "青荇县/03月",
              "SYNTHETIC_青荇县人民医院帮扶活动登记3月(2024.04.02收).csv"),
             (f_qx_activities_et, "青荇县/03月", et_name),
             (f_qx_roster_xlsx, "青荇县/04月", "SYNTHETIC_澂岭省人民医院派驻人员名单(2024.04.03收).xlsx"),
             (f_qx_monthly_ods, "青荇县/12月", "SYNTHETIC_青荇县人民医院7-12月业务量.ods"),
             (f_county_stats, "市本级", "SYNTHETIC_各县县域住院流向2024（2025.01.10收）.xlsx"),
             (f_docx, "石渚县/03月", "SYNTHETIC_关于报送派驻人员名册的函.docx"),
             (f_pdf, "石渚县/03月", "SYNTHETIC_对口支援协议扫描件.pdf"),
             (f_wps, "青荇县/03月", "SYNTHETIC_一季度工作总结.wps")]
    for fnc, folder, name in files:
        fnc(dirs[folder] / name)
        if Path(name).suffix in (".xlsx", ".xls", ".ods", ".csv"):
            truth["submission_files"].append(name)
    # the same trainee attachment also saved in the county's 汇总 folder (byte for byte)
    tr = "SYNTHETIC_石渚县人民医院进修人员登记表 2024.04.08收.xls"
    shutil.copyfile(dirs["石渚县/04月"] / tr, dirs["石渚县/汇总"] / tr)
    # file times as received: the 旧版 copy older than its replacement
    for folder, name, day in (("石渚县/旧版", "SYNTHETIC_石渚县人民医院派驻人员名册(2024.03.02收).xlsx", 2),
                              ("石渚县/03月", "SYNTHETIC_石渚县人民医院派驻人员名册(2024.03.15收).xlsx", 15)):
        t = dt.datetime(2024, 3, day, 10, 0).timestamp()
        os.utime(dirs[folder] / name, (t, t))
    for folder in ("石渚县/03月", "青荇县/03月"):
        junk(dirs[folder])
    truth["junk_files"] = list(JUNK)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
