"""realworld41 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/ and fifteen submissions filled the way forms are filled in a hurry — ticks, abbreviations and
codes rather than words. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,县区}/…, OUT/truth.json

Focus: yes/no columns written √ / × / ✓ / ✔ / ☑ / □ / 是 / 否 / 有 / 无 / Y / N; activity types as a row of tick
columns (教学查房 | 手术示教 | 学术讲座 | 病例讨论, a tick in one of them); 职称 abbreviated (正高 / 副高 / 中级 / 初级 /
主治 / 住院医 / 主管护师 / 副主任护师); 性别 男/女; an 11-digit 手机号 and a 工号 column beside the ID number (never
ID numbers); a roster with a 银行卡号 column for subsidies (personal data: never stored by the tool); ID numbers
written with a lower-case x, spaces or dashes inside; months as codes (202401); spot checks as ticks per visit.

Every hospital, county, person, phone, bank card and ID number is invented; ID numbers use region codes 99xxxx
with the check digit computed (the wrong-check-digit and 15-digit spellings are spellings of valid numbers, listed
in truth.json). Written without reading the tool's parser.
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


def check(body: str) -> str:
    return "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + check(body)


def idn_x(region: str, birth: str) -> str:
    """The first sequence number from 101 whose check digit is X (for the lower-case x spellings)."""
    for s in range(101, 1000):
        body = region + birth + f"{s:03d}"
        if check(body) == "X":
            return body + "X"
    raise AssertionError("no X check digit")


# hospitals ------------------------------------------------------------------------------------------------------
S1, S2, S3 = "霁川省人民医院", "霁川省中医院", "沅州市中心医院"
R1, R2, R3, R4, R5 = "棣岚县人民医院", "棣岚县中医医院", "芷溪县人民医院", "芷溪县妇幼保健院", "枫渚县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "棣岚县"), R2: ("二级", "乙等", "中医医院", "棣岚县"),
         R3: ("二级", "甲等", "综合医院", "芷溪县"), R4: ("二级", None, "妇幼保健院", "芷溪县"),
         R5: ("二级", "乙等", "综合医院", "枫渚县")}
COUNTY_CODE = {"棣岚县": "990421", "芷溪县": "990422", "枫渚县": "990431"}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19700312", "031"), "gu": ("990101", "19781105", "042"), "fang": ("990102", "19850220", "015"),
    "yu": ("990102", "19900716", "026"), "meng": ("990103", "19930928", "037"), "hua": ("990101", "19800514", "048"),
    "ning": ("990105", "19760830", "051"), "qiu": ("990105", "19881212", "063"), "lan": ("990106", "19920403", "074"),
    "xue": ("990301", "19830619", "085"), "yan": ("990301", "19870101", "096"), "tang": ("990302", "19911023", "017"),
    "song": ("990421", "19940215", "028"), "liu": ("990421", "19960807", "039"), "jin": ("990422", "19890330", "041"),
    "ke": ("990422", "19950611", "052"), "bao": ("990421", "19900909", "063"),
}.items()}
ID.update({"zhuo": idn_x("990101", "19820707"), "miao": idn_x("990421", "19930111"),
           "qu": idn_x("990422", "19971224"), "wen": idn_x("990105", "19790418")})

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}
BANK_CARDS: list[str] = []


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def spaced(i: str) -> str:          # '990101 19800101 123X'
    return f"{i[:6]} {i[6:14]} {i[14:]}"


def dashed(i: str) -> str:          # '990101-19800101-123X'
    return f"{i[:6]}-{i[6:14]}-{i[14:]}"


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


# 职称 as abbreviated on the forms → what a careful reader can say. "正高" / "副高" / "中级" / "初级" name only the rank
# (a 正高 may be 主任医师 or 主任护师 or 主任药师): the truth leaves title and staff category open for them.
TITLE = {"主治": dict(title="主治医师", title_rank="中级", staff_category="医疗"),
         "住院医": dict(title="住院医师", title_rank="初级", staff_category="医疗"),
         "主管护师": dict(title="主管护师", title_rank="中级", staff_category="护理"),
         "副主任护师": dict(title="副主任护师", title_rank="副高级", staff_category="护理"),
         "正高": dict(title_rank="正高级"), "副高": dict(title_rank="副高级"),
         "中级": dict(title_rank="中级"), "初级": dict(title_rank="初级")}


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    return (("\ufeff" + text) if encoding == "utf-8-sig" else text).encode("utf-8" if encoding == "utf-8-sig"
                                                                              else encoding)


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
    """支援医院 first, 级别 and 等次 in two columns, 协议签订日期 as text, 支援期限 for one pairing, blank for the others
    (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(S1, R1, "2023年12月8日", dt.date(2023, 12, 8), None),
             (S2, R2, "2023年12月8日", dt.date(2023, 12, 8), None),
             (S1, R3, "2024年1月16日", dt.date(2024, 1, 16), "2024-3-1~2027-2-28"),
             (S3, R4, "2023年12月20日", dt.date(2023, 12, 20), None),
             (S3, R5, "2023年12月20日", dt.date(2023, 12, 20), None)]
    for i, (s, r, agt, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, agt, per])
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省人民医院 (xlsx): 职称 abbreviated (正高 / 副高 / 主治 / 住院医 / 主管护师), 性别 男/女, 工号 (8 digits) and
    手机 (11 digits) beside the ID number, 挂职科主任 √ / ×, IDs with a lower-case x, spaces and dashes inside."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["序号", "工号", "姓名", "性别", "身份证号", "手机号码", "科室", "职称", "派驻医院", "派驻开始",
               "派驻结束", "挂职科主任"])
    people = [  # key, spelling, 工号, name, sex, phone, dept, title, recipient, start, end, 科主任
        ("lin", None, "20010417", "林澈", "男", "19900001101", "心血管内科", "正高", R1, d(2024, 3, 4), d(2024, 9, 3),
         "√"),
        ("zhuo", ID["zhuo"].lower(), "20080233", "卓一苇", "女", "19900001102", "妇产科", "副高", R1, d(2024, 3, 4),
         d(2024, 9, 3), "×"),
        ("gu", spaced(ID["gu"]), "20120951", "顾南枝", "女", "19900001103", "儿科", "主治", R3, d(2024, 4, 1),
         d(2024, 12, 31), "√"),
        ("fang", dashed(ID["fang"]), "20190310", "方怀瑾", "男", "19900001104", "急诊科", "住院医", R3, d(2024, 4, 1),
         d(2024, 9, 30), "×"),
        ("yu", None, "20150722", "俞晚晴", "女", "19900001105", "护理部", "主管护师", R3, d(2024, 7, 1),
         d(2024, 12, 31), "×"),
    ]
    for i, (key, sp, job, name, sex, phone, dept, title, rec, s, e, head) in enumerate(people, 1):
        ws.append([i, job, name, sex, use_id(key, sp), phone, dept, title, rec, dt.date.fromisoformat(s),
                   dt.date.fromisoformat(e), head])
        r = ws.max_row
        for c in (2, 5, 6):
            ws.cell(r, c).number_format = "@"
        for c in (10, 11):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        f = dict(department=dept, start_date=s, end_date=e, **TITLE[title],
                 position_at_recipient="科主任" if head == "√" else None)
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key])
    ws.append(["合计", None, "5人"])
    ws.append(["填表人：医务处", None, None, None, "联系电话：19900009999"])
    wb.save(path)


def f_s2_subsidy_roster(path: Path):
    """省中医院 (xlsx): the roster the finance office uses for subsidies — 银行卡号 (16–19 digits, text) and 开户行
    beside the ID number; 职称 中级 / 副主任护师 / 初级; 是否在岗 ✔."""
    fn, sh = path.name, "补贴发放"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省中医院派驻棣岚县中医医院人员及补贴发放表（2024年）{SYN}"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻时间", "银行卡号", "开户行", "补贴标准（元/月）",
               "是否在岗"])
    people = [("ning", "宁远舟", "男", "针灸科", "中级", "2024.03.04-2024.09.03", d(2024, 3, 4), d(2024, 9, 3),
               "6217990000012345678"),
              ("wen", "温如故", "女", "护理部", "副主任护师", "2024.03.04-2024.09.03", d(2024, 3, 4), d(2024, 9, 3),
               "6228990000098765"),
              ("qiu", "邱雨眠", "女", "脾胃病科", "初级", "2024.09.02-2025.03.01", d(2024, 9, 2), d(2025, 3, 1),
               "62149900000555123")]
    for i, (key, name, sex, dept, title, period, s, e, card) in enumerate(people, 1):
        sp = ID[key].lower() if key == "wen" else None
        ws.append([i, name, sex, use_id(key, sp), dept, title, period, card, "霁川农商银行（虚构）", 3000, "✔"])
        r = ws.max_row
        for c in (4, 8):
            ws.cell(r, c).number_format = "@"
        BANK_CARDS.append(card)
        row("deployments", fn, sh, r, dict(department=dept, start_date=s, end_date=e, **TITLE[title]),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], id_number=ID[key])
    ws.append(["合计", None, None, None, None, None, None, None, None, 9000])
    ws.append(["经办人：财务处", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def f_s3_activities_xlsx(path: Path):
    """市中心医院 (xlsx): activity types as a row of tick columns under a merged 活动类型 header (two header rows),
    ticks ✓ / √ / ✔; one row ticks nothing (type unknown → held); a 备注 column; 合计 row."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"沅州市中心医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["日期", "受援单位", "活动类型", None, None, None, "参加人数", "主讲/带教", "备注"])
    ws.append([None, None, "教学查房", "手术示教", "学术讲座", "病例讨论", None, None, None])
    ws.merge_cells("C2:F2")
    for c in ("A", "B", "G", "H", "I"):
        ws.merge_cells(f"{c}2:{c}3")
    types = ["教学查房", "手术示教", "学术讲座"]
    acts = [(dt.date(2024, 3, 14), R4, "教学查房", "✓", 18), (dt.date(2024, 3, 28), R4, "手术示教", "√", 9),
            (dt.date(2024, 4, 11), R5, "学术讲座", "✔", 46), (dt.date(2024, 5, 9), R5, "教学查房", "√", 21),
            (dt.date(2024, 6, 6), R4, "学术讲座", "✓", 33)]
    for day, rec, typ, mark, n in acts:
        ws.append([day, rec, *[mark if t == typ else None for t in types], None, n, "某主任", None])
        ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
    ws.append([dt.date(2024, 6, 20), R5, None, None, None, None, 15, "某主任", "类型待补"])
    ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
    truth["quarantines"].append({"file": fn, "sheet": sh, "row": ws.max_row, "category": "missing_required",
                                 "why": "no activity type ticked (备注 类型待补)"})
    ws.append(["合计", None, None, None, None, None, "=SUM(G4:G9)"])
    wb.save(path)


def f_s2_activities_csv(path: Path):
    """省中医院 (CSV, GBK): a title line, then one header row with the tick columns, √ for the type (✓ and ✔ are
    not in GBK); 参加人数 "约40人" (→ empty + finding)."""
    fn = path.name
    rows = [[f"霁川省中医院赴棣岚县中医医院带教活动记录（{SYN}）", "", "", "", "", "", ""],
            ["活动日期", "受援医院", "教学查房", "手术示教", "学术讲座", "病例讨论", "参加人数"]]
    types = ["教学查房", "手术示教", "学术讲座"]
    acts = [("2024-03-20", "学术讲座", "约40人", None), ("2024-04-17", "教学查房", "12", 12),
            ("2024-05-22", "手术示教", "6", 6), ("2024-07-10", "学术讲座", "55", 55)]
    for day, typ, n, nv in acts:
        rows.append([day, R2, *["√" if t == typ else "" for t in types], "", n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_county_xls(path: Path):
    """省卫健委 (xls): county inpatient flow with the 6-digit 区划代码 as text, a 年度 column, a 备注 line."""
    fn, sh = path.name, "县域住院"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"2024年各县县域住院流向统计（{SYN}）")
    hdr = ["县名", "区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    vals = {"棣岚县": (41250, 7820), "芷溪县": (36480, 6105), "枫渚县": (28930, 5512)}
    for i, (county, (tot, out)) in enumerate(vals.items()):
        r = 2 + i
        for j, v in enumerate([county, COUNTY_CODE[county], 2024, tot, out]):
            ws.write(r, j, v)
        row("county_inpatient_stats", fn, sh, r + 1, dict(county_code=COUNTY_CODE[county], year=2024,
                                                          resident_admissions=tot,
                                                          resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.write(5, 0, "注：数据虚构，仅供测试。")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 县区
def f_r1_trainees_xlsx(path: Path):
    """棣岚县人民医院 (xlsx): 结业 √ / ×, 性别, 工号 and 手机, an ID with a lower-case x and one with spaces, 进修医院 as
    the support hospital's full name, 费用(元)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"棣岚县人民医院2024年外出进修人员登记表（{SYN}）"])
    ws.append(["序号", "工号", "姓名", "性别", "身份证号", "联系电话", "进修科室", "进修医院", "开始日期", "结束日期",
               "费用(元)", "结业"])
    people = [("song", None, "0318", "宋知微", "女", "19900002201", "麻醉科", d(2024, 3, 1), d(2024, 8, 31), 3000,
               "√", True),
              ("miao", ID["miao"].lower(), "0427", "苗青禾", "男", "19900002202", "重症医学科", d(2024, 3, 1),
               d(2024, 8, 31), 3000, "√", True),
              ("liu", spaced(ID["liu"]), "0533", "柳拂衣", "女", "19900002203", "超声科", d(2024, 9, 1),
               d(2025, 2, 28), 0, "×", False)]
    for i, (key, sp, job, name, sex, phone, dept, s, e, fee, mark, done) in enumerate(people, 1):
        ws.append([i, job, name, sex, use_id(key, sp), phone, dept, S1, dt.date.fromisoformat(s),
                   dt.date.fromisoformat(e), fee, mark])
        r = ws.max_row
        for c in (2, 5, 6):
            ws.cell(r, c).number_format = "@"
        for c in (9, 10):
            ws.cell(r, c).number_format = "yyyy年m月d日"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                         completed=done),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, "审核：", None, "2025年1月10日"])
    wb.save(path)


def f_r3_trainees_csv(path: Path):
    """芷溪县人民医院 (CSV, UTF-8 with BOM): 是否结业 Y / N / 是 / 否, IDs with dashes and spaces, one trainee
    without an ID number (→ NAME_ONLY), 进修时间 as "2024.3.1-2024.8.31"."""
    fn = path.name
    rows = [[f"填报单位：芷溪县人民医院（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "性别", "身份证号", "进修医院", "进修科室", "进修时间", "进修费(元)", "是否结业"]]
    people = [("jin", dashed, "金栖迟", "男", "心血管内科", "2024.3.1-2024.8.31", d(2024, 3, 1), d(2024, 8, 31),
               "2500", "Y", True),
              ("ke", spaced, "柯望舒", "女", "妇产科", "2024.3.1-2024.8.31", d(2024, 3, 1), d(2024, 8, 31), "2500",
               "是", True),
              ("qu", None, "瞿知秋", "女", "儿科", "2024.9.1-2025.2.28", d(2024, 9, 1), d(2025, 2, 28), "2500", "N",
               False),
              (None, None, "包听澜", "男", "检验科", "2024.9.1-2024.12.31", d(2024, 9, 1), d(2024, 12, 31), "0",
               "否", False)]
    for key, how, name, sex, dept, period, s, e, fee, mark, done in people:
        idtext = "" if key is None else use_id(key, how(ID[key]) if how else None)
        rows.append([name, sex, idtext, S1, dept, period, fee, mark])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                                   completed=done),
            {"recipient_hospital_id": R3, "host_hospital_id": S1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["合计：4人", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


def f_r1_techniques_ods(path: Path):
    """棣岚县人民医院 (ods): 填补县域空白 ✓ / × / ☑, 开展例数 as numbers, 支援单位 as a column."""
    fn, sh = path.name, "新技术"
    rows = [[f"棣岚县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "填补县域空白", "支援单位"]]
    items = [("冠状动脉造影术", "心血管内科", "2024-04-15", 14, "✓", True),
             ("无痛分娩", "妇产科", "2024-05-06", 52, "×", False),
             ("经鼻高流量氧疗", "儿科", "2024-06-18", 30, "☑", True)]
    for i, (name, dept, day, n, mark, gap) in enumerate(items, 1):
        rows.append([i, name, dept, day, n, mark, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=n,
                                                   fills_county_gap=gap),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_r3_techniques_xls(path: Path):
    """芷溪县人民医院 (xls): 是否填补县域空白 有 / 无 / Y / N; 例数 "约20例" (→ empty + finding)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"芷溪县人民医院新技术新业务开展情况（2024年）{SYN}")
    hdr = ["序号", "新技术名称", "开展科室", "开展时间", "例数", "是否填补县域空白", "支援医院"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [("腹腔镜胆囊切除术", "普外科", "2024-05-20", 18, 18, "有", True),
             ("床旁超声引导穿刺", "急诊科", "2024-06-03", "约20例", None, "无", False),
             ("新生儿黄疸光疗", "儿科", "2024-08-12", 41, 41, "Y", True),
             ("胃镜下息肉切除", "消化内科", "2024-10-08", 9, 9, "N", False)]
    for i, (name, dept, day, n, nv, mark, gap) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, dept, day, n, mark, S1]):
            ws.write(r, j, v)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=day, cases=nv,
                                              fills_county_gap=gap),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
        if nv is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(6, 0, "填表人：医务科")
    wb.save(str(path))


def f_r1_monthly_xlsx(path: Path):
    """棣岚县人民医院 (xlsx): 统计月份 as codes 202401 … 202406 (numbers), abbreviated headers 门急诊 / 出院 / 手术 / 转出."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"棣岚县人民医院2024年上半年主要业务量（{SYN}）"])
    ws.append(["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [18300 + 240 * m, 1310 + 21 * m, 305 + 7 * m, 52 - 3 * m]
        ws.append([202400 + m, *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_r4_monthly_csv(path: Path):
    """芷溪县妇幼保健院 (CSV, GBK): months as "2024-07" codes, 上转/下转接收 columns."""
    fn = path.name
    rows = [[f"芷溪县妇幼保健院2024年7—12月业务量（{SYN}）", "", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [5400 + 88 * m, 366 + 5 * m, 71 + m, 14 - m // 2, 2 + m % 3, 4 + m % 5]
        rows.append([f"2024-{m:02d}", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4], referrals_down_received=v[5]), {"recipient_hospital_id": R4}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_r1_assessments_ods(path: Path):
    """棣岚县人民医院 (ods): monthly assessment of the dispatched staff, one sheet per month ("2024年5月", "2024年6月");
    在岗抽查 as four visit columns 第1次 … 第4次 with √ (present) / × (absent); 考核得分."""
    fn = path.name
    sheets = {}
    people = [("lin", "林澈"), ("zhuo", "卓一苇")]
    marks = {(5, "lin"): "√√√√", (5, "zhuo"): "√√×√", (6, "lin"): "√√√√", (6, "zhuo"): "√√√√"}
    scores = {(5, "lin"): 96, (5, "zhuo"): 88.5, (6, "lin"): 97, (6, "zhuo"): 93}
    for m in (5, 6):
        sh = f"2024年{m}月"
        rows = [[f"棣岚县人民医院派驻人员月度考核表（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "在岗抽查", None, None, None, "考核得分"],
                [None, None, None, None, "第1次", "第2次", "第3次", "第4次", None]]
        for i, (key, name) in enumerate(people, 1):
            mk = marks[(m, key)]
            sp = ID[key].lower() if key == "zhuo" else None
            rows.append([i, name, use_id(key, sp), S1, *list(mk), scores[(m, key)]])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(scores[(m, key)]), spot_checks=4,
                     spot_checks_present=mk.count("√")),
                {"recipient_hospital_id": R1}, ["month"], id_number=ID[key])
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_s3_roster_r5_xlsx(path: Path):
    """市中心医院 → 枫渚县人民医院 (xlsx): 职称 中级 / 主治 / 副主任护师, a wrong check digit, a 15-digit ID, a name
    without an ID number, 性别 男/女, 手机 column, 在岗 ☑ / □ ticks (a WPS checkbox look)."""
    fn, sh = path.name, "派驻名单"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"沅州市中心医院派驻枫渚县人民医院人员名单（2024年）{SYN}"])
    ws.append(["序号", "姓名", "性别", "身份证号", "手机", "科室", "职称", "派驻起始", "派驻截止", "在岗"])
    wrong = ID["yan"][:17] + ("0" if ID["yan"][17] != "0" else "1")
    x = ID["tang"]
    fifteen = x[:6] + x[8:14] + x[14:17]
    people = [("xue", None, "薛长庚", "男", "19900003301", "骨科", "主治", d(2024, 3, 11), d(2024, 9, 10), ID["xue"],
               None),
              ("yan", wrong, "晏清和", "女", "19900003302", "护理部", "副主任护师", d(2024, 3, 11), d(2024, 9, 10), wrong,
               "ID_CHECK_DIGIT"),
              ("tang", fifteen, "唐稚鱼", "女", "19900003303", "内分泌科", "中级", d(2024, 9, 2), d(2025, 3, 1),
               ID["tang"], "ID_15_DIGIT"),
              (None, None, "鲍千山", "男", "19900003304", "放射科", "住院医", d(2024, 9, 2), d(2025, 3, 1), None,
               "NAME_ONLY")]
    for i, (key, sp, name, sex, phone, dept, title, s, e, tid, code) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp) if key else None, phone, dept, title, dt.date.fromisoformat(s),
                   dt.date.fromisoformat(e), "☑" if i != 4 else "□"])
        r = ws.max_row
        for c in (4, 5):
            ws.cell(r, c).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy.mm.dd"
        row("deployments", fn, sh, r, dict(department=dept, start_date=s, end_date=e, **TITLE[title]),
            {"support_hospital_id": S3, "recipient_hospital_id": R5}, ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r, code)
    ws.append(["制表：医务部", None, None, "联系电话：19900009998"])
    wb.save(path)


def f_r4_activities_ods(path: Path):
    """芷溪县妇幼保健院 (ods): a WPS-style checkbox row — each type column holds ☑ (ticked) or □ (not); 支援单位
    column; 参加人数 with 人."""
    fn, sh = path.name, "活动"
    rows = [[f"芷溪县妇幼保健院接受帮扶活动记录（2024年）{SYN}"],
            ["日期", "支援单位", "教学查房", "手术示教", "学术讲座", "病例讨论", "参加人数"]]
    types = ["教学查房", "手术示教", "学术讲座"]
    acts = [("2024-07-03", "手术示教", "8人", 8), ("2024-08-14", "学术讲座", "60人", 60),
            ("2024-09-25", "教学查房", "15人", 15)]
    for day, typ, n, nv in acts:
        rows.append([day, S3, *["☑" if t == typ else "□" for t in types], "□", n])
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date"])
    rows.append(["填报：院办", None, None, None, None, None, "合计83人"])
    ods_doc(path, {sh: rows})


def f_r5_trainees_xls(path: Path):
    """枫渚县人民医院 (xls): 是否结业 是 / 否, 职称 column (主管护师 / 住院医 — not a trainees field), 进修单位."""
    fn, sh = path.name, "进修"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫渚县人民医院赴沅州市中心医院进修人员（2024年）{SYN}")
    hdr = ["序号", "姓名", "性别", "身份证号", "职称", "进修科室", "进修单位", "起始日期", "结束日期", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("bao", "鲍知远", "男", "住院医", "急诊科", "2024-04-01", "2024-09-30", "是", True),
              ("hua", "华映雪", "女", "主管护师", "重症医学科", "2024-10-08", "2025-01-07", "否", False)]
    for i, (key, name, sex, title, dept, s, e, mark, done) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, sex, use_id(key), title, dept, S3, s, e, mark]):
            ws.write(r, j, v)
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=s, end_date=e, completed=done),
            {"recipient_hospital_id": R5, "host_hospital_id": S3}, ["start_date", "department"], id_number=ID[key])
    ws.write(4, 0, "填表人：科教科")
    wb.save(str(path))


def f_r2_techniques_csv(path: Path):
    """棣岚县中医医院 (CSV, UTF-8 without BOM): 填补空白 ✓ / 否, 开展例数 "6例"."""
    fn = path.name
    rows = [["项目名称", "科室", "开展日期", "开展例数", "填补县域空白", "支援单位", "备注"]]
    items = [("浮针疗法", "针灸科", "2024-04-22", "6例", 6, "✓", True),
             ("中药穴位贴敷", "脾胃病科", "2024-06-30", "120例", 120, "否", False)]
    for name, dept, day, n, nv, mark, gap in items:
        rows.append([name, dept, day, n, mark, S2, SYN])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=nv,
                                                     fills_county_gap=gap),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "县区"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员花名册2024.xlsx"),
             (f_s2_subsidy_roster, "省直", "SYNTHETIC_省中医院派驻人员补贴发放表2024.xlsx"),
             (f_s2_activities_csv, "省直", "SYNTHETIC_省中医院带教活动记录2024.csv"),
             (f_s3_activities_xlsx, "省直", "SYNTHETIC_沅州市中心医院帮扶活动登记表2024.xlsx"),
             (f_s3_roster_r5_xlsx, "省直", "SYNTHETIC_沅州市中心医院派驻枫渚名单2024.xlsx"),
             (f_county_xls, "省直", "SYNTHETIC_县域住院流向2024.xls"),
             (f_r1_trainees_xlsx, "县区", "SYNTHETIC_棣岚县人民医院进修人员2024.xlsx"),
             (f_r1_techniques_ods, "县区", "SYNTHETIC_棣岚县人民医院新技术2024.ods"),
             (f_r1_monthly_xlsx, "县区", "SYNTHETIC_棣岚县人民医院业务量2024上半年.xlsx"),
             (f_r1_assessments_ods, "县区", "SYNTHETIC_棣岚县人民医院派驻人员考核5-6月.ods"),
             (f_r2_techniques_csv, "县区", "SYNTHETIC_棣岚县中医医院新技术2024.csv"),
             (f_r3_trainees_csv, "县区", "SYNTHETIC_芷溪县人民医院进修人员2024.csv"),
             (f_r3_techniques_xls, "县区", "SYNTHETIC_芷溪县人民医院新技术2024.xls"),
             (f_r4_monthly_csv, "县区", "SYNTHETIC_芷溪县妇幼保健院业务量下半年.csv"),
             (f_r4_activities_ods, "县区", "SYNTHETIC_芷溪县妇幼保健院帮扶活动2024.ods"),
             (f_r5_trainees_xls, "县区", "SYNTHETIC_枫渚县人民医院进修人员2024.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    truth["bank_cards"] = sorted(BANK_CARDS)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
