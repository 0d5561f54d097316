"""realworld114 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄嵘省) for 2024: the pairing list in
data/raw/reference/ and thirteen submissions, with the focus on PEOPLE'S NAMES as offices really type them — the same
person in several forms of several hospitals: two-character names padded to three (王　芳, 王  芳), minority names
with their interpunct typed four ways (·, •, ., none), a note typed into the name cell (李强（女）, 张伟(组长),
刘洋（已返回）), one recipient whose PC writes traditional characters (陳偉 for 陈伟), the roster with 身份证号 and the
assessments with the name only, namesakes in two support hospitals (张伟) and in one (王芳, told apart by ID number;
李娜 in one trainee list, told apart by department). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市,青杳县,桦溪县,墨川县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (GB 11643). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
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


# ------------------------------------------------------------------------------------------- hospitals
S1, S2, S3 = "澄嵘省人民医院", "澄州市第一人民医院", "澄嵘省中医院"
R1, R2, R3, R4, R5 = "青杳县人民医院", "桦溪县人民医院", "墨川县人民医院", "青杳县中医医院", "墨川县妇幼保健院"
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "青杳县"), R2: ("二级乙等", "二级", "乙等", "综合医院", "桦溪县"),
         R3: ("二级甲等", "二级", "甲等", "综合医院", "墨川县"), R4: ("二级甲等", "二级", "甲等", "中医医院", "青杳县"),
         R5: ("二级", "二级", None, "妇幼保健院", "墨川县")}

# ------------------------------------------------------------------------------------------- people
# key: (canonical name, region, birth, sequence) — every ID number valid and fictional (region 99)
PEOPLE = {
    "wangfang_a": ("王芳", "990301", "19860412", "024"),    # 省人民医院 内科 → 青杳县人民医院
    "wangfang_b": ("王芳", "990302", "19910923", "048"),    # 省人民医院 儿科 → 桦溪县人民医院 (namesake, same hospital)
    "ayiguli": ("阿依古丽·买买提", "990303", "19820115", "062"),
    "zhangwei_1": ("张伟", "990301", "19780630", "015"),    # 省人民医院 普外科, 组长
    "liuyang": ("刘洋", "990304", "19870308", "031"),
    "liqiang": ("李强", "990305", "19890521", "046"),       # a woman: 李强（女）
    "chenwei": ("陈伟", "990301", "19840917", "053"),
    "wujing": ("吴静", "990306", "19900204", "068"),
    "zhangwei_2": ("张伟", "990401", "19850811", "077"),    # 市一院 心血管内科 (namesake, other hospital)
    "reyila": ("热依拉·艾力", "990402", "19810326", "082"),
    "zhoutao": ("周涛", "990401", "19880712", "019"),
    "zhaomin": ("赵敏", "990403", "19920105", "027"),
    "mali": ("马丽", "990501", "19830419", "036"),
    "gulinaer": ("古丽娜尔·吐尔逊", "990502", "19860828", "044"),
    "maimaitijiang": ("买买提江·吐尔洪", "990601", "19930316", "058"),   # 青杳县人民医院 trainee
    "sunli": ("孙丽", "990602", "19950607", "063"),
}
ID = {k: idn(r, b, s) for k, (_n, r, b, s) in PEOPLE.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [],
         # the scenario's own checks (test_realworld114_corpus.py): which curated rows are one person, which
         # rows must not be, and every spelling of every person's name (none may reach a table)
         "persons": {}, "distinct_persons": [], "names": []}
USED_IDS: set[str] = set()
NAMES: set[str] = set()


def use_id(key):
    USED_IDS.add(ID[key])
    return ID[key]


def spelled(name):
    NAMES.add(name)
    return name


def row(table, file, sheet, r, fields, hospitals, keys, id_key=None, person=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": ID[id_key] if id_key else None})
    if person:
        truth["persons"].setdefault(person, []).append([table, file, sheet, r])


def finding(file, r, code):
    if {"file": file, "row": r, "code": code} not in truth["findings"]:
        truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


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
    fix_zip(path)


def fix_zip(path: Path):
    """Make an xlsx / ods byte-for-byte deterministic: a fixed time on every zip entry and in the document's
    properties (openpyxl and odfpy write the time of saving)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?", b"2025-01-08T00:00:00Z", data)
            new = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 8, 0, 0, 0))
            new.compress_type = info.compress_type
            new.external_attr = info.external_attr
            z.writestr(new, data)


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    return (("\ufeff" if bom else "") + text).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def f_pairing_list(path: Path):
    """附件1: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限; the period in the title
    (2023—2025年), one pairing with its own 支援期限."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄嵘省城乡医院对口支援关系一览表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2022, 12, 16), None), (R2, S1, dt.date(2022, 12, 16), None),
             (R3, S2, dt.date(2022, 12, 28), None), (R5, S2, dt.date(2022, 12, 28), None),
             (R4, S3, dt.date(2023, 12, 20), "2024年1月1日—2026年12月31日")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, _level, _grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称、地名均为虚构。"])
    wb.save(path)
    fix_zip(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省人民医院 roster (xlsx), with 身份证号 for everyone: names padded to three characters (王  芳 with two
    spaces, 王　芳 with a full-width space) — two different 王芳 of this one hospital, told apart by ID number;
    阿依古丽·买买提 (U+00B7) and, in the second batch, 阿依古丽•买买提 (U+2022, the same ID number); notes typed into
    the name cell: 张伟(组长), 刘洋（已返回）, 李强（女）; sections 第一批 / 第二批; a sign-off."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄嵘省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "在受援医院任职", "派驻开始时间",
               "派驻结束时间", "备注"])
    first = [  # key, name as typed, dept, title, rank, category, recipient, post, start, end, person
        ("wangfang_a", "王  芳", "内科", "主治医师", "中级", "医疗", R1, None, (2024, 3, 1), (2024, 8, 31), "王芳A"),
        ("wangfang_b", "王　芳", "儿科", "主管护师", "中级", "护理", R2, None, (2024, 3, 1), (2024, 8, 31), "王芳B"),
        ("ayiguli", "阿依古丽·买买提", "妇产科", "副主任医师", "副高级", "医疗", R1, None, (2024, 3, 1), (2024, 8, 31),
         "阿依古丽"),
        ("zhangwei_1", "张伟(组长)", "普外科", "副主任医师", "副高级", "医疗", R1, "副院长", (2024, 3, 1),
         (2024, 8, 31), "张伟-省人民医院"),
        ("liuyang", "刘洋（已返回）", "骨科", "主治医师", "中级", "医疗", R2, None, (2024, 3, 1), (2024, 5, 31), "刘洋"),
        ("liqiang", "李强（女）", "麻醉科", "主治医师", "中级", "医疗", R2, None, (2024, 3, 1), (2024, 8, 31), "李强"),
        ("chenwei", "陈伟", "检验科", "主管技师", "中级", "医技", R1, None, (2024, 3, 1), (2024, 8, 31), "陈伟"),
    ]
    second = [
        ("ayiguli", "阿依古丽•买买提", "妇产科", "副主任医师", "副高级", "医疗", R1, None, (2024, 9, 1), (2025, 2, 28),
         "阿依古丽"),
        ("wujing", "吴  静", "护理部", "主管护师", "中级", "护理", R2, None, (2024, 9, 1), (2025, 2, 28), "吴静"),
    ]
    n = 0
    for label, batch in (("第一批", first), ("第二批", second)):
        ws.append([label])
        for key, name, dept, title, rank, cat, rec, post, s, e, person in batch:
            n += 1
            ws.append([n, spelled(name), use_id(key), dept, title, rec, post, dt.date(*s), dt.date(*e), None])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            for c in (8, 9):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
            row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e), post),
                {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"], id_key=key, person=person)
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：院办", None, None, "填报日期：2025年1月8日"])
    wb.save(path)
    fix_zip(path)


def f_s3_roster(path: Path):
    """省中医院 roster (ods), with 身份证号: 马　丽 (full-width space), 古丽娜尔.吐尔逊 (an ASCII full stop for
    the dot); 派驻起止日期 in one cell "2024年4月1日至2024年9月30日"."""
    fn, sh = path.name, "派驻名单"
    rows = [[f"澄嵘省中医院2024年派驻青杳县中医医院人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻起止日期"]]
    for i, (key, name, dept, title, rank, cat, person) in enumerate(
            [("mali", "马　丽", "针灸科", "主治中医师", "中级", "医疗", "马丽"),
             ("gulinaer", "古丽娜尔.吐尔逊", "康复科", "主管护师", "中级", "护理", "古丽娜尔")], 1):
        rows.append([i, spelled(name), use_id(key), dept, title, R4, "2024年4月1日至2024年9月30日"])
        row("deployments", fn, sh, len(rows), dep(dept, title, rank, cat, d(2024, 4, 1), d(2024, 9, 30)),
            {"support_hospital_id": S3, "recipient_hospital_id": R4}, ["start_date"], id_key=key, person=person)
    rows.append(["填表人：医务处", None, None, None, "2024年4月3日"])
    ods_doc(path, {sh: rows})


def f_s1_activities(path: Path):
    """省人民医院 activities (xlsx): an ordinary log; the lecturer's name (主讲专家) typed as in the roster —
    张伟(组长), 王　芳 — is not a field and must reach no table."""
    fn, sh = path.name, "带教活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄嵘省人民医院2024年对口帮扶带教活动记录（{SYN}）"])
    ws.append(["日期", "受援医院", "活动类型", "活动主题", "主讲专家", "参加人数"])
    for day, rec, typ, topic, who, n in ((dt.date(2024, 4, 10), R1, "教学查房", "急性阑尾炎围手术期管理", "张伟(组长)", 15),
                                         (dt.date(2024, 5, 16), R2, "学术讲座", "小儿高热惊厥的护理", "王　芳", 40),
                                         (dt.date(2024, 6, 5), R1, "手术示教", "子宫肌瘤剔除术", "阿依古丽·买买提", 8),
                                         (dt.date(2024, 7, 12), R2, "疑难病例讨论", "困难气道处理", "李强", 12)):
        ws.append([day, rec, typ, topic, spelled(who), n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date"])
    ws.append(["填报人：医务部"])
    wb.save(path)
    fix_zip(path)


# ------------------------------------------------------------------------------------------- 澄州市
def f_s2_roster(path: Path):
    """市一院 roster (xls, xlwt), with 身份证号码: 张伟 (the other 张伟), 热依拉•艾力 (U+2022), 周  涛 (two
    spaces); 派驻时间 "2024.03.10-2024.09.09"; one row whose 受援医院 is in no pairing list (held)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄州市第一人民医院派驻人员名单（2024年）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "派驻科室", "职称", "受援医院", "派驻时间"]):
        ws.write(1, j, h)
    people = [("zhangwei_2", "张伟", "心血管内科", "主治医师", "中级", "医疗", R3, "张伟-市一院"),
              ("reyila", "热依拉•艾力", "妇科", "副主任医师", "副高级", "医疗", R5, "热依拉"),
              ("zhoutao", "周  涛", "急诊科", "主治医师", "中级", "医疗", R3, "周涛"),
              ("zhaomin", "赵敏", "超声科", "主治医师", "中级", "医技", "墨川县第二人民医院", None)]
    for i, (key, name, dept, title, rank, cat, rec, person) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, spelled(name), use_id(key), dept, title, rec, "2024.03.10-2024.09.09"]):
            ws.write(r, j, v)
        if person is None:
            quarantine(fn, sh, r + 1, "unresolved_hospital",
                       "受援医院 墨川县第二人民医院 is in no pairing list (the province's list has 墨川县人民医院 and "
                       "墨川县妇幼保健院)")
            continue
        row("deployments", fn, sh, r + 1, dep(dept, title, rank, cat, d(2024, 3, 10), d(2024, 9, 9)),
            {"support_hospital_id": S2, "recipient_hospital_id": rec}, ["start_date"], id_key=key, person=person)
    ws.write(2 + len(people), 0, "填表：医务科　　审核：分管院领导")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 青杳县
TRAD_R1, TRAD_S1 = "青杳縣人民醫院", "澄嶸省人民醫院"


def f_r1_assessment_traditional(path: Path):
    """青杳县人民医院's monthly assessment (xlsx) typed on a PC with a traditional-character IME: every text in
    traditional characters (青杳縣人民醫院, 派駐人員, 陳偉, 張偉, 阿依古麗·買買提), names only (no 身份證號), 王 芳 padded
    with one space; one sheet per month; in June 陳偉 was not assessed (score 未考核, 備註 病假: held)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("王 芳", "內科", "王芳A"), ("阿依古麗·買買提", "婦產科", "阿依古丽"), ("張偉", "普外科", "张伟-省人民医院"),
              ("陳偉", "檢驗科", "陈伟")]
    for m, scores in ((5, [93, 96, 95, 91]), (6, [94, 97, 96, "未考核"])):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"{TRAD_R1}派駐人員月度考核表（2024年{m}月）"])
        ws.append([f"註：{SYN}"])
        ws.append(["序號", "姓名", "派出單位", "科室", "考核得分", "在崗抽查次數", "抽查在崗次數", "備註"])
        for i, ((name, dept, person), sc) in enumerate(zip(people, scores), 1):
            absent = isinstance(sc, str)
            ws.append([i, spelled(name), TRAD_S1, dept, sc, None if absent else 3, None if absent else 3,
                       "病假" if absent else None])
            r = ws.max_row
            if absent:
                quarantine(fn, sh, r, "missing_value", "考核得分 未考核 (病假): no score this month")
                continue
            row("staff_monthly_assessments", fn, sh, r,
                dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=3),
                {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["month"], person=person)
            finding(fn, r, "NAME_ONLY")
        ws.append(["考核人：醫務科"])
    wb.save(path)
    fix_zip(path)


def f_r1_trainees(path: Path):
    """青杳县人民医院 trainees (xls): 上半年 and 下半年 sheets; 买买提江·吐尔洪 with his ID number in both halves
    (the dot typed · then .), 孙  丽 padded, 努尔阿依·克里木 without an ID number in 上半年 and as 努尔阿依克里木 in
    下半年 (name only: one name-based person)."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    halves = {
        "上半年": [("maimaitijiang", "买买提江·吐尔洪", "急诊科", "2024-03-01", "2024-08-31", "是", True, "买买提江"),
                ("sunli", "孙  丽", "护理部", "2024-03-01", "2024-08-31", "是", True, "孙丽"),
                (None, "努尔阿依·克里木", "检验科", "2024-03-01", "2024-05-31", "是", True, "努尔阿依")],
        "下半年": [(None, "努尔阿依克里木", "检验科", "2024-09-01", "2025-02-28", "否", False, "努尔阿依"),
                ("maimaitijiang", "买买提江.吐尔洪", "重症医学科", "2024-09-01", "2025-02-28", "否", False, "买买提江")],
    }
    for sh, people in halves.items():
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"青杳县人民医院2024年{sh}外出进修人员登记表（{SYN}）")
        for j, h in enumerate(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "是否结业"]):
            ws.write(1, j, h)
        for i, (key, name, dept, s, e, done, donev, person) in enumerate(people, 1):
            r = 1 + i
            for j, v in enumerate([i, spelled(name), use_id(key) if key else "", dept, S1, s, e, done]):
                ws.write(r, j, v)
            row("trainees", fn, sh, r + 1, dict(department=dept, start_date=s, end_date=e, completed=donev),
                {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], id_key=key, person=person)
            if key is None:
                finding(fn, r + 1, "NAME_ONLY")
        ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_r1_techniques(path: Path):
    """青杳县人民医院 techniques (xlsx): ordinary; a 带教专家 column with names as typed elsewhere (not a field)."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杳县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院", "带教专家"])
    for i, (name, dept, day, n, gap, who) in enumerate(
            [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 4, 18), 12, "是", "张伟(组长)"),
             ("分娩镇痛", "妇产科", dt.date(2024, 5, 9), 30, "是", "阿依古丽•买买提"),
             ("血栓弹力图检测", "检验科", dt.date(2024, 6, 20), 45, "否", "陈伟")], 1):
        ws.append([i, name, dept, day, n, gap, S1, spelled(who)])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=n, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    ws.append(["填报人：医务科", None, None, "2025年1月10日"])
    wb.save(path)
    fix_zip(path)


def f_r4_assessment_csv(path: Path):
    """青杳县中医医院's June assessment (CSV, UTF-8 with BOM): names only, unpadded and without the dot —
    马丽, 古丽娜尔吐尔逊; 派出单位 given."""
    fn = path.name
    rows = [[f"青杳县中医医院派驻人员考核（{SYN}）", "", "", "", "", ""],
            ["姓名", "派出单位", "考核年月", "考核分数", "抽查次数", "在岗次数"]]
    for name, sc, person in (("马丽", 96, "马丽"), ("古丽娜尔吐尔逊", 94, "古丽娜尔")):
        rows.append([spelled(name), S3, "2024年6月", sc, 4, 4])
        row("staff_monthly_assessments", fn, None, len(rows),
            dict(year=2024, month=6, score=float(sc), spot_checks=4, spot_checks_present=4),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["month"], person=person)
        finding(fn, len(rows), "NAME_ONLY")
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


# ------------------------------------------------------------------------------------------- 桦溪县
def f_r2_assessment_csv(path: Path):
    """桦溪县人民医院's May assessment (CSV, GBK): names only, written plainly — 王芳 (the 儿科 one), 刘洋, 李强; no
    派出单位 column (the recipient has one support hospital)."""
    fn = path.name
    rows = [[f"桦溪县人民医院2024年5月派驻人员考核表（{SYN}）", "", "", "", "", "", ""],
            ["序号", "姓名", "科室", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    for i, (name, dept, sc, present, person) in enumerate(
            [("王芳", "儿科", 95, 3, "王芳B"), ("刘洋", "骨科", 92, 3, "刘洋"), ("李强", "麻醉科", 90.5, 2, "李强")], 1):
        rows.append([i, spelled(name), dept, "2024年5月", sc, 3, present])
        row("staff_monthly_assessments", fn, None, len(rows),
            dict(year=2024, month=5, score=float(sc), spot_checks=3, spot_checks_present=present),
            {"recipient_hospital_id": R2}, ["month"], person=person)
        finding(fn, len(rows), "NAME_ONLY")
    rows.append(["考核小组：医务科", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_r2_trainees_csv(path: Path):
    """桦溪县人民医院 trainees (CSV, UTF-8 without BOM): names only; two different 李娜 of this hospital, same host
    and same dates, told apart by their department (内科 / 外科); 何　琳 padded; fees 0 and 免."""
    fn = path.name
    rows = [[f"桦溪县人民医院2024年外出进修人员登记（{SYN}）", "", "", "", "", "", ""],
            ["序号", "姓名", "科室", "进修单位", "进修时间", "进修费用", "是否结业"]]
    for i, (name, dept, period, fee, s, e, person) in enumerate(
            [("李娜", "内科", "2024.03.01-2024.08.31", "0", d(2024, 3, 1), d(2024, 8, 31), "李娜-内科"),
             ("李娜", "外科", "2024.03.01-2024.08.31", "0", d(2024, 3, 1), d(2024, 8, 31), "李娜-外科"),
             ("何　琳", "妇产科", "2024.04.01-2024.09.30", "免", d(2024, 4, 1), d(2024, 9, 30), None)], 1):
        rows.append([i, spelled(name), dept, S1, period, fee, "是"])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                                  completed=True),
            {"recipient_hospital_id": R2, "host_hospital_id": S1}, ["start_date", "department"], person=person)
        finding(fn, len(rows), "NAME_ONLY")
    rows.append(["合计：3人", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8"))


# ------------------------------------------------------------------------------------------- 墨川县
def f_r3_assessment_ods(path: Path):
    """墨川县人民医院's assessment scores (ods): months as columns (5月 | 6月), names only — 张  伟 (the 市一院 one,
    padded), 周涛 (unpadded); 派出单位 given."""
    fn, sh = path.name, "考核得分"
    rows = [[f"墨川县人民医院2024年派驻人员月度考核得分表（{SYN}）"],
            ["序号", "姓名", "派出单位", "科室", "5月", "6月"]]
    for i, (name, dept, s5, s6, person) in enumerate([("张  伟", "心血管内科", 93, 94, "张伟-市一院"),
                                                      ("周涛", "急诊科", 88, 91, "周涛")], 1):
        rows.append([i, spelled(name), S2, dept, s5, s6])
        for m, sc in ((5, s5), (6, s6)):
            row("staff_monthly_assessments", fn, sh, len(rows), dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": R3, "support_hospital_id": S2}, ["month"], person=person)
        finding(fn, len(rows), "NAME_ONLY")
    rows.append(["考核人：医务科"])
    ods_doc(path, {sh: rows})


def f_r5_assessment_xlsx(path: Path):
    """墨川县妇幼保健院's assessment (xlsx): 热依拉艾力 without the dot, one row per month."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"墨川县妇幼保健院派驻人员考核登记（{SYN}）"])
    ws.append(["序号", "姓名", "派出单位", "考核月份", "考核得分"])
    for i, (m, sc) in enumerate(((5, 97), (6, 98)), 1):
        ws.append([i, spelled("热依拉艾力"), S2, f"2024年{m}月", sc])
        row("staff_monthly_assessments", fn, sh, ws.max_row, dict(year=2024, month=m, score=float(sc)),
            {"recipient_hospital_id": R5, "support_hospital_id": S2}, ["month"], person="热依拉")
        finding(fn, ws.max_row, "NAME_ONLY")
    wb.save(path)
    fix_zip(path)


def f_r3_monthly_csv(path: Path):
    """墨川县人民医院 workload January–June (CSV, GBK): ordinary."""
    fn = path.name
    rows = [[f"墨川县人民医院2024年1-6月业务量统计（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [18300 + 240 * m, 1260 + 21 * m, 310 + 6 * m, 52 - 3 * m]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R3}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


# ------------------------------------------------------------------------------------------- main
FILES = [
    (f_s1_roster, "省直", "SYNTHETIC_省人民医院2024年派驻人员花名册.xlsx"),
    (f_s3_roster, "省直", "SYNTHETIC_省中医院派驻人员名单2024.ods"),
    (f_s1_activities, "省直", "SYNTHETIC_省人民医院帮扶活动记录2024.xlsx"),
    (f_s2_roster, "澄州市", "SYNTHETIC_市一院派驻人员名单2024.xls"),
    (f_r1_assessment_traditional, "青杳县", "SYNTHETIC_青杳縣人民醫院派駐人員考核表2024年5-6月.xlsx"),
    (f_r1_trainees, "青杳县", "SYNTHETIC_青杳县人民医院进修人员登记2024.xls"),
    (f_r1_techniques, "青杳县", "SYNTHETIC_青杳县人民医院2024年新技术新项目.xlsx"),
    (f_r4_assessment_csv, "青杳县", "SYNTHETIC_青杳县中医医院派驻人员考核2024年6月.csv"),
    (f_r2_assessment_csv, "桦溪县", "SYNTHETIC_桦溪县人民医院派驻人员考核2024年5月.csv"),
    (f_r2_trainees_csv, "桦溪县", "SYNTHETIC_桦溪县人民医院进修人员2024.csv"),
    (f_r3_assessment_ods, "墨川县", "SYNTHETIC_墨川县人民医院派驻人员考核得分2024.ods"),
    (f_r5_assessment_xlsx, "墨川县", "SYNTHETIC_墨川县妇幼保健院派驻人员考核2024.xlsx"),
    (f_r3_monthly_csv, "墨川县", "SYNTHETIC_墨川县人民医院2024年1-6月业务量.csv"),
]


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澄州市", "青杳县", "桦溪县", "墨川县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    f_pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄嵘省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    for fnc, folder, name in FILES:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(USED_IDS)}
    truth["names"] = sorted(NAMES | {n for n, *_ in PEOPLE.values()} | {"努尔阿依·克里木", "李娜", "何琳"})
    # namesakes that are different people: the two 王芳 of 省人民医院 (told apart by ID number: their roster rows;
    # a name-only assessment of 王芳 cannot be told apart by the contract's name key within the hospital, so only
    # the ID-based rows are compared) and the two 张伟 of two support hospitals (every row, assessments too)
    truth["distinct_persons"] = [
        {"why": "two 王芳 of 澄嵘省人民医院, different ID numbers",
         "a": [p for p in truth["persons"]["王芳A"] if p[0] == "deployments"],
         "b": [p for p in truth["persons"]["王芳B"] if p[0] == "deployments"]},
        {"why": "张伟 of 澄嵘省人民医院 and 张伟 of 澄州市第一人民医院",
         "a": truth["persons"]["张伟-省人民医院"], "b": truth["persons"]["张伟-市一院"]},
    ]
    # the two 李娜 of 桦溪县人民医院 have no ID number: the contract's name key within the sending hospital cannot
    # tell them apart, so they are not a "persons" group of one; both stays must be curated (scored as rows)
    truth["persons"] = {k: v for k, v in truth["persons"].items() if not k.startswith("李娜")}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
