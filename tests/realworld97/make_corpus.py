"""realworld97 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜汀省) for 2024 whose hospitals mask
ID numbers (脱敏) before sending, in several ways — 990101********0014, 9901011980****0014, ****1980010100**,
full-width ＊, a 身份证号后四位 column holding only the last four digits, a column 证件号码（已脱敏） — mixed in the
same folders with files that give the full numbers of the same people. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,泊州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). A masked number
identifies no one: the truth gives those rows a name-based person id (``person_id_basis = 'name'``, the contract's
"no usable ID number was given") and expects a finding on the row. Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澜汀省人民医院", "澜汀省第二人民医院", "泊州市中心医院"
R1, R2, R3, R4, R5 = "青禾县人民医院", "青禾县中医医院", "苇塘县人民医院", "苇塘县妇幼保健院", "石渠县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青禾县"), R2: ("二级", "乙等", "中医医院", "青禾县"),
         R3: ("二级", "甲等", "综合医院", "苇塘县"), R4: ("二级", None, "妇幼保健院", "苇塘县"),
         R5: ("二级", "乙等", "综合医院", "石渠县")}
PAIRS = [(S1, R1, dt.date(2023, 12, 6)), (S1, R3, dt.date(2023, 12, 6)), (S2, R2, dt.date(2023, 12, 18)),
         (S3, R4, dt.date(2024, 1, 9)), (S3, R5, dt.date(2024, 1, 9))]

ID = {k: idn(*v) for k, v in {
    # dispatched staff
    "lin": ("990101", "19800101", "001"), "su": ("990101", "19870523", "036"), "gu": ("990102", "19760918", "052"),
    "wen": ("990103", "19890407", "068"), "fang": ("990201", "19850312", "074"), "li": ("990202", "19780826", "083"),
    "cheng": ("990301", "19800101", "009"), "song": ("990302", "19911130", "047"), "han": ("990301", "19721014", "058"),
    # trainees
    "zhou": ("990111", "19930214", "061"), "yao": ("990111", "19950709", "072"), "qi": ("990112", "19900321", "035"),
    "bian": ("990121", "19920605", "016"), "mo": ("990121", "19880917", "027"), "tang": ("990122", "19941108", "048"),
    "yu": ("990131", "19901203", "019"), "ning": ("990131", "19890615", "043"), "xia": ("990132", "19750430", "021"),
    "ji": ("990141", "19960222", "054"), "lou": ("990141", "19930818", "065"), "pei": ("990142", "19910505", "076"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": [], "same_person": {}, "masked_spellings": []}
spell: dict[str, set] = {k: set() for k in ID.values()}

# a masked number's finding: the contract names no code for it (ID_MALFORMED "not an ID number" and NAME_ONLY
# "named without an ID number" both fit), so any finding on the row about the ID number or the person is accepted
MASKED_WHAT = ["ID_MALFORMED", "NAME_ONLY", "ID_MASKED", "ID_PARTIAL", "ID_INCOMPLETE", "MASKED_ID",
               "id_number", "person_id", "身份证号"]


def mask(key: str, style: str) -> str:
    """The spellings hospitals use when they mask (脱敏) an ID number before sending it."""
    n = ID[key]
    s = {"A": n[:6] + "*" * 8 + n[14:],          # 990101********0014
         "B": n[:10] + "****" + n[14:],          # 9901011980****0014
         "C": "****" + n[6:16] + "**",           # ****1980010100**
         "D": n[:6] + "＊" * 8 + n[14:],         # full-width asterisks
         "E": n[:14] + "****",                   # the last four hidden
         "L4": n[14:]}[style]                    # 身份证号后四位: the last four digits only
    truth["masked_spellings"].append(s)
    return s


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def same(who, table, file, sheet, r):
    truth["same_person"].setdefault(who, []).append([table, file, sheet, r])


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def full(key):
    spell[ID[key]]
    return ID[key]


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


def csv_bytes(rows, enc):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if enc == "utf-8-sig" else "") + buf.getvalue()).encode("utf-8" if enc == "utf-8-sig" else enc)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜汀省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、人员均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直 (support hospitals)
S1_STAFF = [("lin", "林见山", "骨科", "主任医师", "正高级", "医疗", R1), ("su", "苏映雪", "儿科", "主治医师", "中级", "医疗", R1),
            ("gu", "顾长风", "普外科", "副主任医师", "副高级", "医疗", R3),
            ("wen", "温一苇", "护理部", "主管护师", "中级", "护理", R3)]


def f_s1_roster(path: Path):
    """省人民医院: 身份证号 masked 990101********0014 (eight asterisks over the birth date) for everyone."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汀省人民医院2024年对口支援派驻人员名册（{SYN}，身份证号已脱敏）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间"])
    for i, (key, name, dept, title, rank, cat, rec) in enumerate(S1_STAFF, 1):
        ws.append([i, name, mask(key, "A"), dept, title, rec, "2024-03-01", "2024-08-31"])
        r = ws.max_row
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(2024, 3, 1), d(2024, 8, 31)),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["department"])
        finding(fn, sh, r, MASKED_WHAT)
        if rec == R3:
            same(f"{name}（{S1}）", "deployments", fn, sh, r)
    ws.append(["填表人：医务部", None, None, None, "2024年9月5日"])
    wb.save(path)


S2_STAFF = [("fang", "方予安", "内科", "主治医师", "中级", "医疗"), ("li", "黎星河", "康复科", "副主任医师", "副高级", "医疗")]


def f_s2_roster(path: Path):
    """省第二人民医院 (.ods): a column 证件号码（已脱敏） spelled 9901011980****0014."""
    fn, sh = path.name, "名册"
    rows = [[f"澜汀省第二人民医院派驻青禾县中医医院人员名单（{SYN}）"],
            ["序号", "姓名", "证件号码（已脱敏）", "科室", "职称", "受援单位", "派驻时间"]]
    for i, (key, name, dept, title, rank, cat) in enumerate(S2_STAFF, 1):
        rows.append([i, name, mask(key, "B"), dept, title, R2, "2024-04-01至2024-09-30"])
        r = len(rows)
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(2024, 4, 1), d(2024, 9, 30)),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["department"])
        finding(fn, sh, r, MASKED_WHAT)
        same(f"{name}（{S2}）", "deployments", fn, sh, r)
    ods_doc(path, {sh: rows})


S3_STAFF = [("cheng", "程北辰", "妇产科", "副主任医师", "副高级", "医疗", R4), ("song", "宋知微", "儿科", "主治医师", "中级", "医疗", R4),
            ("han", "韩枫", "心血管内科", "主任医师", "正高级", "医疗", R5)]


def f_s3_roster(path: Path):
    """市中心医院: CSV UTF-8 with BOM, full ID numbers (the same people are masked in 苇塘妇幼's assessments)."""
    fn = path.name
    rows = [[f"泊州市中心医院2024年派驻人员花名册（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"]]
    for i, (key, name, dept, title, rank, cat, rec) in enumerate(S3_STAFF, 1):
        rows.append([i, name, full(key), dept, title, rec, "2024-02-01", "2024-07-31"])
        row("deployments", fn, None, len(rows), dep(dept, title, rank, cat, d(2024, 2, 1), d(2024, 7, 31)),
            {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["department"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


# ------------------------------------------------------------------------------------------- 泊州市 (recipients)
def f_r1_assess_xls(path: Path):
    """青禾县人民医院 (.xls): full ID numbers for 林见山 and 苏映雪, whom the 省人民医院 roster masked."""
    fn, sh = path.name, "考核"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青禾县人民医院派驻人员月度考核汇总（2024年4—5月）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "抽查次数", "在岗次数"]):
        ws.write(1, j, h)
    r = 2
    for m in (4, 5):
        for i, (key, name) in enumerate((("lin", "林见山"), ("su", "苏映雪")), 1):
            sc = {("lin", 4): 95, ("lin", 5): 96.5, ("su", 4): 92, ("su", 5): 90.5}[(key, m)]
            present = 3 if (key, m) == ("su", 5) else 4
            for j, v in enumerate([i, name, full(key), S1, f"2024年{m}月", sc, 4, present]):
                ws.write(r, j, v)
            r += 1
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=4,
                                                              spot_checks_present=present),
                {"recipient_hospital_id": R1}, ["month", "score"], id_number=ID[key])
    wb.save(str(path))


def f_r2_assess_csv(path: Path):
    """青禾县中医医院: CSV GBK, a column 身份证号后四位 holding only the last four digits."""
    fn = path.name
    rows = [[f"青禾县中医医院派驻人员考核表（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号后四位", "派出医院", "年份", "月份", "考核分数", "抽查次数", "在岗次数"]]
    for m in (6, 7):
        for key, name, *_ in S2_STAFF:
            sc = {("fang", 6): 88, ("fang", 7): 91, ("li", 6): 94, ("li", 7): 93}[(key, m)]
            rows.append([name, mask(key, "L4"), S2, "2024", str(m), str(sc), "3", "3"])
            r = len(rows)
            row("staff_monthly_assessments", fn, None, r, dict(year=2024, month=m, score=float(sc), spot_checks=3,
                                                                spot_checks_present=3),
                {"recipient_hospital_id": R2}, ["month", "score"])
            finding(fn, None, r, MASKED_WHAT)
            same(f"{name}（{S2}）", "staff_monthly_assessments", fn, None, r)
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_r4_assess_xlsx(path: Path):
    """苇塘县妇幼保健院: ****1980010100** (region and last two hidden) for people the 市中心医院 roster gives in full."""
    fn, sh = path.name, "2024年3-4月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇塘县妇幼保健院对口支援派驻人员考核登记（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号（脱敏）", "支援医院", "月份", "得分", "抽查(次)", "在岗(次)"])
    i = 0
    for m in (3, 4):
        for key, name in (("cheng", "程北辰"), ("song", "宋知微")):
            i += 1
            sc = {("cheng", 3): 97, ("cheng", 4): 98, ("song", 3): 89.5, ("song", 4): 92}[(key, m)]
            ws.append([i, name, mask(key, "C"), S3, f"2024-{m:02d}", sc, 2, 2])
            ws.cell(ws.max_row, 5).number_format = "@"
            r = ws.max_row
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=2,
                                                              spot_checks_present=2),
                {"recipient_hospital_id": R4}, ["month", "score"])
            finding(fn, sh, r, MASKED_WHAT)
    wb.save(path)


def f_r3_assess_ods(path: Path):
    """苇塘县人民医院 (.ods): full-width ＊ masks (990102＊＊＊＊＊＊＊＊0528) for the 省人民医院 staff."""
    fn, sh = path.name, "月考核"
    rows = [[f"苇塘县人民医院派驻人员月考核（2024年）{SYN}"],
            ["序号", "姓名", "身份证号码", "派驻单位", "考核月份", "考核分", "抽查次数", "在岗次数"]]
    staff = [s for s in S1_STAFF if s[6] == R3]
    i = 0
    for m in (5, 6):
        for key, name, *_ in staff:
            i += 1
            sc = {("gu", 5): 93, ("gu", 6): 95, ("wen", 5): 90, ("wen", 6): 91.5}[(key, m)]
            rows.append([i, name, mask(key, "D"), S1, f"{m}月", sc, 4, 4])
            r = len(rows)
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=4,
                                                              spot_checks_present=4),
                {"recipient_hospital_id": R3}, ["month", "score"])
            finding(fn, sh, r, MASKED_WHAT)
            same(f"{name}（{S1}）", "staff_monthly_assessments", fn, sh, r)
    ods_doc(path, {sh: rows})


def trainee(fn, sh, r, rec, host, dept, sd, ed, fee, done, id_number=None):
    row("trainees", fn, sh, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=fee, completed=done),
        {"recipient_hospital_id": rec, "host_hospital_id": host}, ["department"], id_number=id_number)


def f_r1_trainees_xlsx(path: Path):
    """青禾县人民医院: 证件号码（已脱敏） 990111********0613 for all three trainees."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院2024年赴上级医院进修人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "证件号码（已脱敏）", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"])
    for i, (key, name, dept, fee, done) in enumerate((("zhou", "周望舒", "骨科", 3000, "是"),
                                                      ("yao", "姚青禾", "儿科", 3000, "是"),
                                                      ("qi", "戚远帆", "麻醉科", 0, "否")), 1):
        ws.append([i, name, mask(key, "A"), dept, S1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), fee, done])
        for c in (6, 7):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        r = ws.max_row
        trainee(fn, sh, r, R1, S1, dept, d(2024, 3, 1), d(2024, 8, 31), float(fee), done == "是")
        finding(fn, sh, r, MASKED_WHAT)
    wb.save(path)


def f_r3_trainees_xls(path: Path):
    """苇塘县人民医院 (.xls): full numbers, one with a wrong check digit, one masked 990122********1108-style."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苇塘县人民医院进修人员登记表（2024年）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "进修单位", "进修起始日期", "进修结束日期", "费用(元)", "结业"]):
        ws.write(1, j, h)
    b = ID["bian"]
    wrong = b[:17] + ("0" if b[17] != "0" else "1")
    spell[b].add(wrong)
    people = [("bian", "卞知秋", wrong, "普外科", wrong), ("mo", "莫听澜", full("mo"), "护理部", ID["mo"]),
              ("tang", "唐晚晴", mask("tang", "A"), "检验科", None)]
    for i, (key, name, idv, dept, tid) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, idv, dept, S1, "2024-04-01", "2024-09-30", 2400, "是"]):
            ws.write(r, j, v)
        trainee(fn, sh, r + 1, R3, S1, dept, d(2024, 4, 1), d(2024, 9, 30), 2400.0, True, id_number=tid)
        if idv == wrong:
            finding(fn, sh, r + 1, "ID_CHECK_DIGIT")
        elif tid is None:
            finding(fn, sh, r + 1, MASKED_WHAT)
    wb.save(str(path))


def f_r5_trainees_ods(path: Path):
    """石渠县人民医院 (.ods): one column, four spellings — a full number, the last four hidden (…****), a legacy
    15-digit number, and a blank."""
    fn, sh = path.name, "进修"
    rows = [[f"石渠县人民医院2024年进修人员情况（{SYN}）"],
            ["姓名", "身份证号", "进修科室", "进修医院", "进修时间", "进修费", "是否结业"]]
    x = ID["xia"]
    fifteen = x[:6] + x[8:14] + x[14:17]
    spell[x].add(fifteen)
    people = [("yu", "余照野", full("yu"), "心血管内科", ID["yu"], None),
              ("ning", "宁可期", mask("ning", "E"), "超声科", None, MASKED_WHAT),
              ("xia", "夏栖梧", fifteen, "重症医学科", x, "ID_15_DIGIT"),
              (None, "柏舟", "", "药剂科", None, "NAME_ONLY")]
    for key, name, idv, dept, tid, what in people:
        rows.append([name, idv or None, dept, S3, "2024-05-06至2024-11-05", 1800, "否"])
        r = len(rows)
        trainee(fn, sh, r, R5, S3, dept, d(2024, 5, 6), d(2024, 11, 5), 1800.0, False, id_number=tid)
        if what:
            finding(fn, sh, r, what)
    ods_doc(path, {sh: rows})


def f_r4_trainees_xls(path: Path):
    """苇塘县妇幼保健院 (.xls): 姓名 and 身份证号后四位 only."""
    fn, sh = path.name, "进修名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苇塘县妇幼保健院外出进修人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号后四位", "进修科室", "接收医院", "开始日期", "结束日期", "进修费用", "是否结业"]):
        ws.write(1, j, h)
    for i, (key, name, dept) in enumerate((("ji", "纪南星", "妇产科"), ("lou", "娄云岫", "新生儿科"),
                                          ("pei", "裴若谷", "儿科")), 1):
        r = 1 + i
        for j, v in enumerate([i, name, mask(key, "L4"), dept, S3, "2024-06-01", "2024-11-30", 0, "是"]):
            ws.write(r, j, v)
        trainee(fn, sh, r + 1, R4, S3, dept, d(2024, 6, 1), d(2024, 11, 30), 0.0, True)
        finding(fn, sh, r + 1, MASKED_WHAT)
    wb.save(str(path))


def f_r1_monthly_csv(path: Path):
    """青禾县人民医院: CSV GBK, no person in it (the folder's other files carry masked numbers)."""
    fn = path.name
    rows = [[f"青禾县人民医院2024年1—6月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(1, 7):
        v = [12400 + 180 * m, 930 + 11 * m, 210 + 4 * m, 36 - m, 5 + m % 3]
        rows.append([f"2024年{m}月", *map(str, v)])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R1}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_s3_activities_xlsx(path: Path):
    """市中心医院 activities at 苇塘县妇幼保健院: no person, ordinary dates."""
    fn, sh = path.name, "活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"泊州市中心医院对口支援带教培训活动记录（2024年）{SYN}"])
    ws.append(["日期", "受援单位", "活动类型", "主题", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 3, 14), "学术讲座", "高危妊娠管理", 42),
                               (dt.date(2024, 4, 9), "教学查房", "新生儿黄疸查房", 15),
                               (dt.date(2024, 5, 22), "技术培训", "新生儿复苏培训", 28)):
        ws.append([day, R4, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "泊州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pf = "SYNTHETIC_附件1_澜汀省对口支援关系表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / pf)
    truth["pairing_file"] = pf
    files = [(f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册（脱敏）.xlsx"),
             (f_s2_roster, "省直", "SYNTHETIC_省二院派驻名单_已脱敏.ods"),
             (f_s3_roster, "省直", "SYNTHETIC_市中心医院派驻花名册2024.csv"),
             (f_r1_assess_xls, "泊州市", "SYNTHETIC_青禾县人民医院派驻人员考核4-5月.xls"),
             (f_r2_assess_csv, "泊州市", "SYNTHETIC_青禾中医院派驻考核6-7月.csv"),
             (f_r4_assess_xlsx, "泊州市", "SYNTHETIC_苇塘妇幼派驻人员考核.xlsx"),
             (f_r3_assess_ods, "泊州市", "SYNTHETIC_苇塘县人民医院月考核.ods"),
             (f_r1_trainees_xlsx, "泊州市", "SYNTHETIC_青禾县人民医院进修人员（脱敏）.xlsx"),
             (f_r3_trainees_xls, "泊州市", "SYNTHETIC_苇塘县人民医院进修登记.xls"),
             (f_r5_trainees_ods, "泊州市", "SYNTHETIC_石渠县人民医院进修人员.ods"),
             (f_r4_trainees_xls, "泊州市", "SYNTHETIC_苇塘妇幼进修名单.xls"),
             (f_r1_monthly_csv, "泊州市", "SYNTHETIC_青禾县人民医院业务量1-6月.csv"),
             (f_s3_activities_xlsx, "省直", "SYNTHETIC_市中心医院带教培训活动2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    # a masked spelling's visible digits must not collide with any other number of the corpus (the test looks for them)
    for s in truth["masked_spellings"]:
        for run in re.findall(r"[0-9Xx]{4,}", s):
            assert not re.fullmatch(r"20\d\d|19\d\d", run), run
    truth["masked_spellings"] = sorted(set(truth["masked_spellings"]))
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
