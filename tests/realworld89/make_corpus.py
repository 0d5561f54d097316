"""realworld89 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜屿省) for 2024 whose hospitals send
in files exported from information systems that write CODES instead of words: hospitals as 机构代码 (the pairing
list gives each hospital's code), 性别 1/2, 职称 as GB/T 8561 codes (231 主任医师 … 234 医师, 253 主管护师), 科室 as
codes explained by a 科室代码表 sheet in the same workbook, dates as YYYYMMDD integers and as Excel serial numbers
stored as text ('45352'), 是否 as 1/0 and Y/N, months as 202403 — plus one ordinary file per form. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json). A code not
explained anywhere in the folder (a 科室代码 missing from its code table) leaves that value out of the truth.
Written without reading the tool's parser.
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

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def serial(day: dt.date) -> str:
    """Excel's 1900-system serial number of a date, as the text an export writes ('45352' = 2024-03-01)."""
    return str((day - dt.date(1899, 12, 30)).days)


def ymd(day: dt.date) -> int:
    return int(day.strftime("%Y%m%d"))


def d(y, m, dd):
    return dt.date(y, m, dd)


# ------------------------------------------------------------------------------------------- hospitals
S1, S2, T1 = "澜屿省人民医院", "澜屿省中医院", "汀州市第一人民医院"
CW, CWTCM, LC, LCMCH, YT = "苍梧县人民医院", "苍梧县中医医院", "栎川县人民医院", "栎川县妇幼保健院", "雁汀县人民医院"
CODE = {S1: "49901001-7", S2: "49901002-5", T1: "49902001-3", CW: "49921001-X", CWTCM: "49921002-8",
        LC: "49922001-4", LCMCH: "49922002-2", YT: "49923001-0"}
UNKNOWN_CODE = "49929999-9"            # in no file of the folder
COUNTY = {"苍梧县": "999201", "栎川县": "999202", "雁汀县": "999203"}
RECIP = {CW: ("二级", "甲等", "综合医院", "苍梧县"), CWTCM: ("二级", "乙等", "中医医院", "苍梧县"),
         LC: ("二级", "甲等", "综合医院", "栎川县"), LCMCH: ("二级", "甲等", "妇幼保健院", "栎川县"),
         YT: ("二级", "乙等", "综合医院", "雁汀县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19730412", "031"), "tao": ("990102", "19860923", "042"), "he": ("990101", "19790605", "017"),
    "jiang": ("990103", "19920118", "064"), "shen": ("990102", "19840730", "053"),
    "wei": ("990201", "19810214", "028"), "ouyang": ("990201", "19880503", "019"), "cen": ("990202", "19900817", "046"),
    "kong": ("990104", "19770309", "035"), "luo": ("990104", "19850621", "012"),
    "luoqh": ("999201", "19910402", "073"), "bai": ("999201", "19930915", "084"), "ma": ("999201", "19890128", "015"),
    "du": ("999202", "19870611", "026"), "qin": ("999202", "19940204", "047"),
    "shao": ("999202", "19950722", "068"), "han": ("999202", "19921130", "039"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "pairing_file": None}
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


TITLE = {  # GB/T 8561 专业技术职务代码 → (title, rank, category); 234 医师: the tool may call it 住院医师
    "231": ("主任医师", "正高级", "医疗"), "232": ("副主任医师", "副高级", "医疗"), "233": ("主治医师", "中级", "医疗"),
    "234": ({"one_of": ["医师", "住院医师"]}, "初级", "医疗"), "253": ("主管护师", "中级", "护理")}


def dep(dept, title_code, start, end):
    title, rank, cat = TITLE[title_code]
    f = dict(title=title, title_rank=rank, staff_category=cat, start_date=start.isoformat(),
             end_date=end.isoformat() if end else None)
    if dept is not None:          # a code the folder does not explain: not in the truth
        f["department"] = dept
    return f


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (strings stay strings: '45352' is text)."""
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


def text_cells(ws, r, cols):
    for c in cols:
        ws.cell(r, c).number_format = "@"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 with a 机构代码 column for each side and the county's 区划代码; 支援期限 for one pairing, the title's
    2024—2026年 for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜屿省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "支援医院", "支援医院机构代码", "受援医院", "受援医院机构代码", "等级", "类别", "所在县",
               "区划代码", "协议签订日期", "支援期限"])
    pairs = [(S1, CW, d(2023, 12, 15), None), (S1, LC, d(2023, 12, 15), "2024年3月1日至2027年2月28日"),
             (S2, CWTCM, d(2023, 12, 18), None), (T1, LCMCH, d(2023, 12, 22), None), (T1, YT, d(2023, 12, 22), None)]
    for i, (s, r, agreed, period) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, CODE[s], r, CODE[r], level + grade, cat, county, COUNTY[county], agreed, period])
        ws.cell(ws.max_row, 10).number_format = "yyyy-mm-dd"
        text_cells(ws, ws.max_row, (3, 5, 9))
        if period:
            start, end, src = "2024-03-01", "2027-02-28", "support_period"
        else:
            start, end, src = "2024-01-01", "2026-12-31", "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agreed.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、机构代码与区划代码均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "code": CODE[r], "county_code": COUNTY[county]})
    for s in (S1, S2, T1):
        truth["hospitals"].append({"name": s, "code": CODE[s]})


# ------------------------------------------------------------------------------------------- deployments
def f_s1_hrp_roster(path: Path):
    """省人民医院 HRP export: hospitals only as 机构代码, 性别 1/2, 职称代码 alone, 科室代码 with a 科室代码表 sheet,
    dates YYYYMMDD integers, 结束日期 blank (still there); one ID with a wrong check digit; one 科室代码 missing
    from the code table (department left out of the truth); one 派驻机构代码 in no file (unresolved)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(["序号", "人员编号", "姓名", "性别", "证件号码", "派出机构代码", "派驻机构代码", "科室代码", "职称代码",
               "开始日期", "结束日期"])
    wrong = ID["he"][:17] + ("1" if ID["he"][17] != "1" else "2")
    depts = {"0301": "心血管内科", "0302": "呼吸内科", "0501": "普外科", "0701": "儿科", "1201": "护理部"}
    people = [  # key, name, sex, id as written, recipient code, dept code, title code, start, end
        ("xu", "许闻达", 1, None, CODE[CW], "0301", "231", d(2024, 3, 1), d(2024, 8, 31)),
        ("tao", "陶语桐", 2, None, CODE[CW], "0302", "233", d(2024, 3, 1), d(2024, 8, 31)),
        ("he", "贺凌峰", 1, wrong, CODE[LC], "0501", "232", d(2024, 4, 1), None),
        ("jiang", "江映雪", 2, None, CODE[LC], "0702", "234", d(2024, 4, 1), d(2024, 9, 30)),
        ("shen", "沈嘉木", 1, None, UNKNOWN_CODE, "0301", "233", d(2024, 5, 6), d(2024, 11, 5)),
    ]
    for i, (key, name, sex, sp, rcode, dcode, tcode, start, end) in enumerate(people, 1):
        ws.append([i, f"E{20150 + 7 * i:05d}", name, sex, use_id(key, sp), CODE[S1], rcode, dcode, tcode, ymd(start),
                   ymd(end) if end else None])
        r = ws.max_row
        text_cells(ws, r, (2, 5, 6, 7, 8, 9))
        if rcode == UNKNOWN_CODE:
            truth["quarantines"].append({"file": fn, "sheet": sh, "row": r, "category": "unresolved_hospital",
                                         "why": f"派驻机构代码 {UNKNOWN_CODE} is in no pairing list or file"})
            continue
        rec = next(h for h, c in CODE.items() if c == rcode)
        row("deployments", fn, sh, r, dep(depts.get(dcode), tcode, start, end),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append([])
    ws.append([f"导出时间：20250106 09:12:33　{SYN}"])
    ct = wb.create_sheet("科室代码表")
    ct.append(["科室代码", "科室名称"])
    for c, n in depts.items():
        ct.append([c, n])
        ct.cell(ct.max_row, 1).number_format = "@"
    ct.append([SYN])
    wb.save(path)


def f_t1_roster_xls(path: Path):
    """汀州市第一人民医院 (.xls): the recipient as 受援机构代码 only, 性别 1/2, 职称代码 next to 职称, dates as Excel
    serial numbers stored as text ('45352'); the support hospital in the title."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"汀州市第一人民医院2024年对口支援派驻人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "性别", "身份证号", "受援机构代码", "科室", "职称代码", "职称", "派驻开始", "派驻结束"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("wei", "韦青禾", 2, YT, "妇产科", "232", "副主任医师", d(2024, 3, 1), d(2024, 8, 31)),
              ("ouyang", "欧阳澈", 1, YT, "儿科", "233", "主治医师", d(2024, 4, 1), d(2024, 9, 30)),
              ("cen", "岑若水", 2, LCMCH, "护理部", "253", "主管护师", d(2024, 5, 1), d(2024, 10, 31))]
    for i, (key, name, sex, rec, dept, tcode, tname, start, end) in enumerate(people, 1):
        vals = [i, name, sex, use_id(key), CODE[rec], dept, tcode, tname, serial(start), serial(end)]
        for j, v in enumerate(vals):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, tcode, start, end),
            {"support_hospital_id": T1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：医务科")
    wb.save(str(path))


def f_s2_roster_csv(path: Path):
    """省中医院 (ordinary, CSV UTF-8 with BOM): names, dates 2024-03-04; a 15-digit ID; one person without an ID."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澜屿省中医院2024年派驻人员名单（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间"])
    lu = ID["luo"]
    fifteen = lu[:6] + lu[8:17]
    people = [("kong", "孔德瑞", None, "针灸科", "副主任中医师", "副高级", "2024-03-04", "2024-09-03"),
              ("luo", "罗晴川", fifteen, "推拿科", "主治中医师", "中级", "2024-03-04", "2024-09-03"),
              (None, "钟子期", "", "康复科", "主治中医师", "中级", "2024-06-03", "2024-12-02")]
    r = 2
    for key, name, sp, dept, title, rank, start, end in people:
        w.writerow([name, use_id(key, sp) if key else sp, dept, title, CWTCM, start, end])
        r += 1
        row("deployments", fn, None, r, dict(department=dept, title=title, title_rank=rank, staff_category="医疗",
                                              start_date=start, end_date=end),
            {"support_hospital_id": S2, "recipient_hospital_id": CWTCM}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- trainees
def f_cw_trainees_gbk(path: Path):
    """苍梧县人民医院 HIS export (CSV, GBK): the sending hospital only as 填报机构代码 in the first line, the host as
    进修机构代码, 性别 1/2, dates YYYYMMDD, 是否结业 1/0."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报机构代码：{CODE[CW]}（{SYN}）", "", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "性别", "证件号码", "科室", "进修机构代码", "开始日期", "结束日期", "进修费用(元)", "是否结业"])
    people = [("luoqh", "罗青禾", 1, "内科", d(2024, 3, 4), d(2024, 9, 3), 3000, 1),
              ("bai", "白芷若", 2, "急诊科", d(2024, 9, 2), d(2025, 3, 1), 3000, 0),
              ("ma", "马骁", 1, "麻醉科", d(2024, 6, 3), d(2024, 11, 29), 0, 1)]
    r = 2
    for key, name, sex, dept, start, end, fee, done in people:
        w.writerow([name, sex, use_id(key), dept, CODE[S1], ymd(start), ymd(end), fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=start.isoformat(), end_date=end.isoformat(),
                                           fee_charged=float(fee), completed=bool(done)),
            {"recipient_hospital_id": CW, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_lc_trainees_xlsx(path: Path):
    """栎川县人民医院 (ordinary xlsx): names, date cells, 是/否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栎川县人民医院2024年赴支援医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始", "进修结束", "进修费(元)", "是否结业"])
    people = [("du", "杜明川", "骨科", d(2024, 3, 1), d(2024, 8, 31), 2500, "是", True),
              ("qin", "秦书瑶", "儿科", d(2024, 9, 1), d(2025, 2, 28), 2500, "否", False)]
    for i, (key, name, dept, start, end, fee, done, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, S1, start, end, fee, done])
        r = ws.max_row
        text_cells(ws, r, (3,))
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=start.isoformat(), end_date=end.isoformat(),
                                         fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": LC, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def f_lcmch_trainees_ods(path: Path):
    """栎川县妇幼保健院 (.ods): 科室代码 with a 科室代码表 sheet (one code not in it), 性别 1/2, dates as Excel serials
    stored as text, 是否结业 Y/N; the sending hospital in the title."""
    fn, sh = path.name, "进修人员"
    depts = {"01": "儿科", "02": "妇产科", "03": "新生儿科"}
    rows = [[f"栎川县妇幼保健院2024年外出进修人员（{SYN}）"],
            ["序号", "姓名", "性别", "身份证号", "科室代码", "进修单位", "开始日期", "结束日期", "是否结业"]]
    people = [("shao", "邵可欣", 2, "02", d(2024, 3, 1), d(2024, 8, 31), "Y"),
              ("han", "韩一鸣", 1, "05", d(2024, 7, 1), d(2024, 12, 31), "N")]
    for i, (key, name, sex, dcode, start, end, done) in enumerate(people, 1):
        rows.append([i, name, sex, use_id(key), dcode, T1, serial(start), serial(end), done])
        f = dict(start_date=start.isoformat(), end_date=end.isoformat(), completed=done == "Y")
        if dcode in depts:
            f["department"] = depts[dcode]
        row("trainees", fn, sh, len(rows), f, {"recipient_hospital_id": LCMCH, "host_hospital_id": T1},
            ["start_date"], id_number=ID[key])
    rows.append(["填报人：办公室"])
    ods_doc(path, {sh: rows, "科室代码表": [["代码", "科室"]] + [[c, n] for c, n in depts.items()] + [[SYN]]})


# ------------------------------------------------------------------------------------------- techniques
def f_yt_techniques_xlsx(path: Path):
    """雁汀县人民医院 export: 受援机构代码 / 支援机构代码, 科室代码 with a 科室代码表 sheet, 首次开展日期 YYYYMMDD,
    是否填补县域空白 1/0."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    depts = {"0402": "妇产科", "0701": "儿科", "0301": "心血管内科"}
    ws.append(["项目名称", "受援机构代码", "支援机构代码", "科室代码", "首次开展日期", "开展例数", "是否填补县域空白"])
    items = [("分娩镇痛", "0402", d(2024, 4, 15), 12, 1), ("小儿雾化吸入规范化治疗", "0701", d(2024, 5, 20), 45, 0),
             ("宫腔镜检查术", "0402", d(2024, 9, 10), 8, 1)]
    for name, dcode, day, cases, gap in items:
        ws.append([name, CODE[YT], CODE[T1], dcode, ymd(day), cases, gap])
        text_cells(ws, ws.max_row, (2, 3, 4))
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=depts[dcode],
                                                    first_performed_date=day.isoformat(), cases=cases,
                                                    fills_county_gap=bool(gap)),
            {"recipient_hospital_id": YT, "support_hospital_id": T1}, ["name"])
    ws.append([SYN])
    ct = wb.create_sheet("科室代码表")
    ct.append(["代码", "名称"])
    for c, n in depts.items():
        ct.append([c, n])
        ct.cell(ct.max_row, 1).number_format = "@"
    wb.save(path)


def f_cwtcm_techniques_ods(path: Path):
    """苍梧县中医医院 (ordinary .ods): names, dates as text 2024-05-10, 是/否, a 帮扶单位 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"苍梧县中医医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"]]
    items = [("雷火灸治疗", "针灸科", "2024-05-10", 30, "是", True), ("小针刀治疗", "推拿科", "2024-06-18", 22, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, S2])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": CWTCM, "support_hospital_id": S2}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- activities
def f_s1_activities_csv(path: Path):
    """省人民医院 activity log export (CSV UTF-8, no BOM): both hospitals as 机构代码, 活动日期 YYYYMMDD."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"数据说明：{SYN}", "", "", "", "", ""])
    w.writerow(["支援机构代码", "受援机构代码", "活动日期", "活动类型", "活动主题", "参加人数"])
    acts = [(CW, d(2024, 3, 15), "学术讲座", "高血压规范化管理", 45), (LC, d(2024, 3, 22), "教学查房", "腹痛待查", 18),
            (CW, d(2024, 4, 12), "手术示教", "经皮冠脉介入", 6), (LC, d(2024, 5, 17), "疑难病例讨论", "反复发热", 21)]
    r = 2
    for rec, day, typ, topic, n in acts:
        w.writerow([CODE[S1], CODE[rec], ymd(day), typ, topic, n])
        r += 1
        row("activities", fn, None, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_t1_activities_xls(path: Path):
    """汀州市第一人民医院 (ordinary .xls): date cells, names; 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"汀州市第一人民医院2024年对口帮扶活动登记（{SYN}）")
    for j, h in enumerate(["日期", "受援单位", "活动形式", "内容", "参加人数"]):
        ws.write(1, j, h)
    acts = [(d(2024, 4, 18), LCMCH, "学术讲座", "产科急救", 32, 32), (d(2024, 6, 6), LCMCH, "技术培训", "新生儿复苏",
                                                                  "约40人", None),
            (d(2024, 9, 12), YT, "义诊", "妇幼健康义诊", 120, 120)]
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 2):
        ws.write(i, 0, day, date_style)
        for j, v in enumerate([rec, typ, topic, n], 1):
            ws.write(i, j, v)
        row("activities", fn, sh, i + 1, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": T1}, ["activity_date"])
        if nv is None:
            finding(fn, i + 1, "UNPARSEABLE_OPTIONAL")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- monthly statistics
def f_monthly_codes_xlsx(path: Path):
    """省卫健统计平台 export: one row per hospital-month, the hospital as 机构代码, 统计月份 as 202401 integers."""
    fn, sh = path.name, "月报"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(["机构代码", "统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for k, h in enumerate((CW, LC)):
        for m in range(1, 7):
            v = [14100 + 230 * m - 3100 * k, 980 + 21 * m - 240 * k, 210 + 6 * m - 50 * k, 36 - 2 * m + k]
            ws.append([CODE[h], 2024 * 100 + m, *v])
            text_cells(ws, ws.max_row, (1,))
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": h}, ["month"])
    ws.append([])
    ws.append([f"说明：{SYN}"])
    wb.save(path)


def f_yt_monthly_gbk(path: Path):
    """雁汀县人民医院 (ordinary CSV, GBK): title line, months "2024年1月"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"雁汀县人民医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r = 2
    for m in range(1, 7):
        v = [8200 + 150 * m, 610 + 11 * m, 120 + 3 * m, 22 - m]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": YT}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- assessments
def f_cw_assessments_ods(path: Path):
    """苍梧县人民医院 export (.ods): 考核月份 202405, 受援机构代码, 证件号码, counts."""
    fn, sh = path.name, "考核"
    rows = [["考核月份", "受援机构代码", "姓名", "证件号码", "考核得分", "抽查次数", "在岗次数"]]
    for m, scores in ((5, (95, 92.5)), (6, (96.5, 90))):
        for (key, name), sc in zip((("xu", "许闻达"), ("tao", "陶语桐")), scores):
            present = 3 if (key, m) == ("tao", 6) else 4
            rows.append([2024 * 100 + m, CODE[CW], name, use_id(key), sc, 4, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": CW}, ["month"], id_number=ID[key])
    rows.append([])
    rows.append([f"说明：{SYN}"])
    ods_doc(path, {sh: rows})


def f_cwtcm_assessments_xlsx(path: Path):
    """苍梧县中医医院 (ordinary xlsx): the recipient in the title, 月份 "2024年4月"."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苍梧县中医医院派驻人员月度考核表（2024年4—5月）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "月份", "考核分数", "在岗抽查次数", "在岗次数"])
    i = 0
    for m in (4, 5):
        for key, name, sc in (("kong", "孔德瑞", 94 if m == 4 else 95), ("luo", "罗晴川", 91 if m == 4 else 93)):
            i += 1
            ws.append([i, name, use_id(key), f"2024年{m}月", sc, 2, 2])
            text_cells(ws, ws.max_row, (3,))
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=2, spot_checks_present=2),
                {"recipient_hospital_id": CWTCM}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- county inpatient flow
def f_county_codes_csv(path: Path):
    """统计平台 export (CSV UTF-8 with BOM): counties only as 行政区划代码, 年份 2024."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["行政区划代码", "年份", "县域内常住居民住院总人次", "县域外住院人次"])
    r = 1
    for code, tot, out in (("999201", 41230, 6120), ("999202", 30455, 5381), ("999203", 22718, 4477)):
        w.writerow([code, 2024, tot, out])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=tot,
                                                         resident_admissions_outside_county=out), {},
            ["county_code", "year"])
    w.writerow([f"说明：{SYN}", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_county_names_xlsx(path: Path):
    """Ordinary xlsx: counties by name only (their codes from the pairing list's 区划代码), the year in the title."""
    fn, sh = path.name, "2023年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2023年各县县域住院流向统计（{SYN}）"])
    ws.merge_cells("A1:C1")
    ws.append(["县（市、区）", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, tot, out in (("苍梧县", 39870, 6544), ("栎川县", 29902, 5612), ("雁汀县", 21985, 4690)):
        ws.append([county, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=COUNTY[county], year=2023,
                                                                resident_admissions=tot,
                                                                resident_admissions_outside_county=out), {},
            ["county_code", "year"])
    ws.append(["填报单位：澜屿省卫生健康委员会统计信息中心"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pname = "SYNTHETIC_附件1_澜屿省对口支援关系表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / pname)
    truth["pairing_file"] = pname
    files = [(f_s1_hrp_roster, "SYNTHETIC_省人民医院HRP导出_派驻人员2024.xlsx"),
             (f_t1_roster_xls, "SYNTHETIC_汀州一院派驻人员登记（系统导出）.xls"),
             (f_s2_roster_csv, "SYNTHETIC_省中医院派驻人员名单2024.csv"),
             (f_cw_trainees_gbk, "SYNTHETIC_苍梧县人民医院进修人员_HIS导出.csv"),
             (f_lc_trainees_xlsx, "SYNTHETIC_栎川县人民医院进修人员2024.xlsx"),
             (f_lcmch_trainees_ods, "SYNTHETIC_栎川县妇幼保健院进修人员2024.ods"),
             (f_yt_techniques_xlsx, "SYNTHETIC_雁汀县人民医院新技术_系统导出.xlsx"),
             (f_cwtcm_techniques_ods, "SYNTHETIC_苍梧县中医医院新技术2024.ods"),
             (f_s1_activities_csv, "SYNTHETIC_省人民医院帮扶活动_导出.csv"),
             (f_t1_activities_xls, "SYNTHETIC_汀州一院帮扶活动登记2024.xls"),
             (f_monthly_codes_xlsx, "SYNTHETIC_受援医院月报_平台导出2024H1.xlsx"),
             (f_yt_monthly_gbk, "SYNTHETIC_雁汀县人民医院业务量1-6月.csv"),
             (f_cw_assessments_ods, "SYNTHETIC_苍梧县人民医院派驻人员考核_导出.ods"),
             (f_cwtcm_assessments_xlsx, "SYNTHETIC_苍梧县中医医院派驻人员月考核.xlsx"),
             (f_county_codes_csv, "SYNTHETIC_县域住院流向2024_平台导出.csv"),
             (f_county_names_xlsx, "SYNTHETIC_县域住院流向2023.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
