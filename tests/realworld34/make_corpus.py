"""realworld34 corpus generator — SYNTHETIC / 合成数据. A fictional city (霁川省澜江市) whose counterpart support runs
through the city's tertiary hospitals' departments (专科联盟 / 医联体) as well as classic pairings: 澜江市中心医院
supports three county hospitals department by department and sends its files per department (心内科派驻人员,
儿科进修人员, 心内科远程会诊记录 …); the counties send a monthly workload report each. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,市中心医院,市中医医院,市妇幼保健院,县级医院,市卫健委}/…,
                                  OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones). Written without
reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


CH, TCM, MCH = "澜江市中心医院", "澜江市中医医院", "澜江市妇幼保健院"
YX, TP, XY, TPTCM, XYMCH = "砚溪县人民医院", "桐坪县人民医院", "雪崖县人民医院", "桐坪县中医医院", "雪崖县妇幼保健院"
RECIP = {YX: ("二级", "甲等", "综合医院", "砚溪县"), TP: ("二级", "甲等", "综合医院", "桐坪县"),
         XY: ("二级", "乙等", "综合医院", "雪崖县"), TPTCM: ("二级", "甲等", "中医医院", "桐坪县"),
         XYMCH: ("二级", None, "妇幼保健院", "雪崖县")}
COUNTY_CODE = {"砚溪县": "999321", "桐坪县": "999322", "雪崖县": "999323"}

ID = {k: idn(*v) for k, v in {
    "lin": ("999301", "19710412", "035"), "su": ("999301", "19890723", "046"), "gu": ("999302", "19790105", "017"),
    "ye": ("999301", "19850918", "028"), "ma": ("999303", "19940302", "011"),
    "he": ("999301", "19780627", "053"), "cheng": ("999302", "19880811", "064"), "wu": ("999301", "19960129", "022"),
    "t_yx": ("999321", "19920314", "031"), "t_tp1": ("999322", "19930505", "042"), "t_tp2": ("999322", "19900817", "024"),
    "c_yx": ("999321", "19910221", "015"), "c_tp": ("999322", "19891130", "036"), "c_xy": ("999323", "19940606", "047"),
    "c_tw": ("999322", "19970708", "026"), "zhen1": ("999304", "19820910", "058"), "zhen2": ("999304", "19870414", "069"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None, **extra):
    if isinstance(places, int):
        places = [[file, sheet, places]]
    truth["rows"].append({"table": table, "places": places, "fields": fields, "hospitals": hospitals, "keys": keys,
                          "id_number": id_number, **extra})


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
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
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


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    return ("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 等级 as one "二级甲等" cell, 所在县, 支援医院, 协议签订日期 as dates, 支援期限 for two
    pairings ("2024年3月1日至2027年2月28日"), blank for the others (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜江市城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(CH, YX, dt.date(2023, 12, 18), None), (CH, TP, dt.date(2023, 12, 18), None),
             (CH, XY, dt.date(2024, 2, 20), "2024年3月1日至2027年2月28日"), (TCM, TPTCM, dt.date(2023, 12, 26), None),
             (MCH, XYMCH, dt.date(2024, 2, 22), "2024年3月1日至2027年2月28日")]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：澜江市中心医院以专科联盟方式按科室对口帮扶各县人民医院。{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (CH, TCM, MCH):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 市中心医院
def f_cardio_roster(path: Path):
    """心内科派驻人员.xlsx: the department's own roster; the recipient written with its department in one cell
    (帮扶对象 "砚溪县人民医院心内科"); one ID with a wrong check digit, one 15-digit ID; an open end "至今"."""
    fn, sh = path.name, "心内科"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜江市中心医院心内科2024年对口帮扶派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "职称", "帮扶对象", "派驻开始时间", "派驻结束时间", "备注"])
    g = ID["gu"]
    wrong = g[:17] + ("0" if g[17] != "0" else "1")
    y = ID["ye"]
    fifteen = y[:6] + y[8:14] + y[14:17]
    people = [("lin", "林致远", None, "主任医师", YX, dt.date(2024, 3, 1), dt.date(2024, 12, 31), "专科联盟牵头专家",
               dep("心内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 12, 31)), ID["lin"]),
              ("su", "苏晚晴", None, "主治医师", YX, dt.date(2024, 9, 1), dt.date(2025, 2, 28), None,
               dep("心内科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), ID["su"]),
              ("gu", "顾青山", wrong, "副主任医师", TP, dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
               dep("心内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
              ("ye", "叶知秋", fifteen, "主管护师", XY, dt.date(2024, 4, 1), dt.date(2024, 9, 30), "CCU护理",
               dep("心内科", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30)), ID["ye"]),
              ("ma", "马骁", None, "住院医师", XY, dt.date(2024, 10, 8), "至今", None,
               dep("心内科", "住院医师", "初级", "医疗", d(2024, 10, 8), None), ID["ma"])]
    for i, (key, name, sp, title, rec, s, e, note, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), title, rec + "心内科", s, e, note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy年m月d日"
        extra = {"person_alt_basis": "name"} if sp == wrong else {}
        row("deployments", fn, sh, r, f, {"support_hospital_id": CH, "recipient_hospital_id": rec}, ["start_date"],
            id_number=tid, **extra)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append(["填报人：心内科秘书", None, None, "科主任签字：", None, "2025年1月8日"])
    wb.save(path)


PEDS = [("he", "何安然", "男", "副主任医师", TP, "2024.03.01-2024.08.31", "2024.03.01-2024.08.31",
         dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("cheng", "程一诺", "女", "主治医师", XY, "2024.03.01-2024.08.31", "2024.03.01-2024.10.31",
         dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 10, 31))),
        ("wu", "吴思远", "女", "护师", TP, "2024.09.01-至今", "2024.09.01-至今",
         dep("儿科", "护师", "初级", "护理", d(2024, 9, 1), None))]


def f_peds_roster_xls(path: Path):
    """儿科派驻人员.xls: the department only in the title; 派驻时间 "2024.03.01-2024.08.31" in one cell; 性别.
    Replaced by the 更正 file below (程一诺's end date changed) — the truth rows are the corrected values."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜江市中心医院儿科2024年对口支援派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "性别", "身份证号码", "职称", "派驻医院", "派驻时间"]):
        ws.write(1, j, h)
    for i, (key, name, sex, title, rec, period, _, _f) in enumerate(PEDS, 1):
        for j, v in enumerate([i, name, sex, use_id(key), title, rec, period]):
            ws.write(1 + i, j, v)
    ws.write(2 + len(PEDS), 0, "制表：儿科")
    wb.save(str(path))


def f_peds_roster_fix(path: Path, first: str):
    """儿科派驻人员（更正）.xlsx: the full list again, named as a correction: 程一诺 stays to 2024-10-31."""
    fn, sh = path.name, "儿科"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜江市中心医院儿科2024年对口支援派驻人员名单（更正）（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号码", "职称", "派驻医院", "派驻时间"])
    for i, (key, name, sex, title, rec, _, period, f) in enumerate(PEDS, 1):
        ws.append([i, name, sex, use_id(key), title, rec, period])
        ws.cell(ws.max_row, 4).number_format = "@"
        row("deployments", fn, sh, [[first, "Sheet1", 2 + i], [fn, sh, ws.max_row]], f,
            {"support_hospital_id": CH, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append(["注：程一诺派驻时间延长至2024年10月31日，以本表为准。"])
    wb.save(path)


def f_peds_trainees(path: Path):
    """儿科进修人员.xlsx: the host and the department only in the title; 选送单位 per row; one trainee without an
    ID number (NAME_ONLY); fees in 元 in the header."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜江市中心医院儿科2024年接收进修人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "选送单位", "进修开始时间", "进修结束时间", "进修费用（元）", "是否结业"])
    people = [("t_tp1", "陈小满", TP, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
              ("t_tp2", "周若溪", TP, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
              ("t_yx", "黄嘉树", YX, dt.date(2024, 9, 1), dt.date(2025, 2, 28), 0, "否", False),
              (None, "杨柳依", XY, dt.date(2024, 9, 1), dt.date(2024, 11, 30), 1500, "是", True)]
    for i, (key, name, rec, s, e, fee, done, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key) if key else None, rec, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (5, 6):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department="儿科", start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": CH}, ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["合计", "4人"])
    wb.save(path)


def f_cardio_trainees_csv(path: Path):
    """心内科进修人员.csv in GBK: a 填报单位 line, the header in row 2; dates "2024/3/1"; one trainee sent by a
    township health centre of the 医联体 that is in no pairing (桐坪县城关镇卫生院) — held as unresolved."""
    fn = path.name
    rows = [[f"填报单位：澜江市中心医院心内科（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "派出单位", "进修专业", "开始日期", "结束日期", "是否结业"]]
    people = [("c_yx", "邓书宁", YX, "2024/3/1", "2024/8/31", "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("c_tp", "彭立言", TP, "2024/3/1", "2024/8/31", "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("c_xy", "许南星", XY, "2024/9/2", "2025/3/1", "否", d(2024, 9, 2), d(2025, 3, 1), False)]
    for key, name, rec, s, e, done, sv, ev, donev in people:
        rows.append([name, use_id(key), rec, "心血管内科", s, e, done])
        row("trainees", fn, None, len(rows), dict(department="心血管内科", start_date=sv, end_date=ev, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": CH}, ["start_date"], id_number=ID[key])
    rows.append(["谢晓芸", use_id("c_tw"), "桐坪县城关镇卫生院", "心血管内科", "2024/9/2", "2024/11/30", "是"])
    truth["quarantines"].append({"file": fn, "sheet": None, "row": len(rows), "category": "unresolved_hospital",
                                 "why": "派出单位 a township health centre in no pairing and in no reference file"})
    path.write_bytes(csv_bytes(rows, "gbk"))


DIAG = ["急性冠脉综合征", "心房颤动", "慢性心力衰竭急性加重", "高血压急症", "病态窦房结综合征", "扩张型心肌病",
        "不稳定型心绞痛", "室性早搏", "肺动脉高压", "心包积液"]
EXPERTS = ["林致远", "顾青山", "蒋文澜", "宋知微"]


def f_cardio_teleconsult(path: Path):
    """心内科远程会诊记录2024.xlsx: one consultation per row (the type only in the title), 申请医院 per row, several
    on one day for one hospital (other patients); 40 rows; date cells."""
    fn, sh = path.name, "会诊登记"
    rnd = random.Random(3401)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜江市中心医院心内科专科联盟远程会诊记录（2024年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "会诊日期", "申请医院", "申请科室", "患者性别", "年龄", "初步诊断", "会诊专家", "会诊方式"])
    day = dt.date(2024, 1, 8)
    for i in range(1, 41):
        if i % 7 != 3:                        # every seventh consultation on the same day as the previous one
            day += dt.timedelta(days=rnd.randint(3, 12))
        rec = [YX, TP, XY][rnd.randrange(3)]
        ws.append([i, day, rec, "心内科", rnd.choice("男女"), rnd.randint(38, 86), rnd.choice(DIAG),
                   rnd.choice(EXPERTS), "视频会诊"])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type="远程会诊",
                                                    participants=None),
            {"recipient_hospital_id": rec, "support_hospital_id": CH}, ["activity_date"])
    wb.save(path)


def f_peds_teleconsult_ods(path: Path):
    """儿科远程会诊记录.ods: 邀请医院 per row, dates as date cells, 时长(分钟); 16 rows."""
    fn, sh = path.name, "儿科会诊"
    rnd = random.Random(3402)
    rows = [[f"澜江市中心医院儿科远程会诊登记表 2024（{SYN}）"],
            ["序号", "日期", "邀请医院", "病情摘要", "会诊医师", "时长(分钟)"]]
    day = dt.date(2024, 2, 5)
    for i in range(1, 17):
        day += dt.timedelta(days=rnd.randint(6, 20))
        rec = [TP, XY][rnd.randrange(2)]
        rows.append([i, day, rec, rnd.choice(["新生儿黄疸", "重症肺炎", "热性惊厥", "川崎病", "腹泻伴脱水"]),
                     rnd.choice(["何安然", "孟清和"]), rnd.choice([20, 30, 45])])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type="远程会诊",
                                                   participants=None),
            {"recipient_hospital_id": rec, "support_hospital_id": CH}, ["activity_date"])
    rows.append(["登记人：儿科医务秘书"])
    ods_doc(path, {sh: rows})


def f_cardio_techniques(path: Path):
    """心内科新技术推广2024.xlsx: the department only in the title, the recipient named in each row (推广医院);
    the same technique at two hospitals; 例数 "约10例" (→ empty + finding)."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜江市中心医院心内科2024年新技术新项目推广情况（{SYN}）"])
    ws.append(["序号", "技术名称", "推广医院", "首次开展时间", "开展例数", "是否填补县域空白", "带教专家"])
    items = [("冠状动脉造影术", YX, dt.date(2024, 4, 16), 23, "是", 23, True),
             ("冠状动脉造影术", TP, dt.date(2024, 5, 9), 11, "是", 11, True),
             ("临时心脏起搏器植入术", YX, dt.date(2024, 7, 2), 4, "是", 4, True),
             ("心脏康复门诊", XY, dt.date(2024, 6, 3), "约10例", "否", None, False),
             ("动态血压监测", XY, dt.date(2024, 10, 21), 56, "否", 56, False)]
    for i, (name, rec, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, rec, day, cases, gap, "林致远"])
        ws.cell(ws.max_row, 4).number_format = "yyyy/m/d"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department="心内科", first_performed_date=day.isoformat(),
                                                    cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": CH}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 市中医医院 / 市妇幼保健院
def f_tcm_roster_ods(path: Path):
    """针灸推拿科派驻人员.ods: 派驻时间 "2024年4月1日至2024年9月30日" in one cell; 受援医院 and 科室 columns."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"澜江市中医医院针灸推拿科派驻人员登记（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻时间"]]
    for i, (key, name, title, rank, period, s, e) in enumerate(
            [("zhen1", "尹半夏", "副主任中医师", "副高级", "2024年4月1日至2024年9月30日", d(2024, 4, 1), d(2024, 9, 30)),
             ("zhen2", "冯连翘", "主治中医师", "中级", "2024年10月1日至2025年3月31日", d(2024, 10, 1), d(2025, 3, 31))],
            1):
        rows.append([i, name, use_id(key), "针灸推拿科", title, TPTCM, period])
        row("deployments", fn, sh, len(rows), dep("针灸推拿科", title, rank, "医疗", s, e),
            {"support_hospital_id": TCM, "recipient_hospital_id": TPTCM}, ["start_date"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def f_mch_activities_csv(path: Path):
    """产科帮扶活动记录.csv in GBK: 受援单位 per row, 活动类型, 参加人数 "约30人" (→ empty + finding)."""
    fn = path.name
    rows = [[f"澜江市妇幼保健院产科对口帮扶活动记录（2024年）（{SYN}）", "", "", "", ""],
            ["日期", "受援单位", "活动类型", "内容", "参加人数"]]
    for day, typ, topic, n, nv in ((dt.date(2024, 3, 14), "学术讲座", "产后出血防治", 42, 42),
                                   (dt.date(2024, 4, 18), "教学查房", "妊娠期糖尿病", 15, 15),
                                   (dt.date(2024, 5, 23), "手术示教", "子宫下段剖宫产术", 8, 8),
                                   (dt.date(2024, 6, 1), "义诊", "儿童节母婴义诊", "约30人", None),
                                   (dt.date(2024, 9, 12), "疑难病例讨论", "前置胎盘病例讨论", 12, 12)):
        rows.append([day.isoformat(), XYMCH, typ, topic, n])
        row("activities", fn, None, len(rows), dict(activity_date=day.isoformat(), activity_type=typ,
                                                     participants=nv),
            {"recipient_hospital_id": XYMCH, "support_hospital_id": MCH}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    path.write_bytes(csv_bytes(rows, "gbk"))


# ------------------------------------------------------------------------------------------- 县级医院
def monthly(m, base):
    return [base * 10 + 173 * m, base + 11 * m, base // 4 + 3 * m, 30 - m, 2 + m % 5]


def f_yx_monthly(path: Path):
    """砚溪县人民医院月度业务量2024.xlsx: 1月…12月, 转出 and 接收下转, a 合计 row of formulas."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚溪县人民医院2024年1—12月业务量统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次", "接收下转人次"])
    for m in range(1, 13):
        v = monthly(m, 1400)
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": YX}, ["month"])
    ws.append(["合计", *[f"=SUM({c}3:{c}14)" for c in "BCDEF"]])
    wb.save(path)


def f_tp_monthly_ods(path: Path):
    """桐坪县人民医院业务月报.ods: months "2024-01" as text, 外转人次."""
    fn, sh = path.name, "2024年"
    rows = [[f"桐坪县人民医院2024年业务月报（{SYN}）"],
            ["统计月份", "门诊急诊人次", "出院人数", "手术例数", "外转人次"]]
    for m in range(1, 13):
        v = monthly(m, 1100)[:4]
        rows.append([f"2024-{m:02d}", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": TP}, ["month"])
    ods_doc(path, {sh: rows})


def f_xy_monthly_csv(path: Path):
    """雪崖县人民医院业务量统计.csv in UTF-8 with BOM: "2024年1月" … "2024年6月"."""
    fn = path.name
    rows = [[f"雪崖县人民医院2024年上半年业务量（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = monthly(m, 800)[:4]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": XY}, ["month"])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


def f_yx_assessment(path: Path):
    """砚溪县人民医院派驻专家月考核.xlsx: one sheet, 考核月份 "2024年10月" per row, the support hospital's
    department as 派出科室."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚溪县人民医院派驻专家月度考核汇总（2024年10—12月）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "派出科室", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"])
    i = 0
    for m in (10, 11, 12):
        for key, name, sc in (("lin", "林致远", 95 + m % 3), ("su", "苏晚晴", 90.5 + m % 2)):
            i += 1
            present = 3 if (key, m) == ("su", 11) else 4
            ws.append([i, name, use_id(key), CH, "心内科", f"2024年{m}月", sc, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": YX}, ["month"], id_number=ID[key])
    ws.append(["考核人：砚溪县人民医院医务科"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 市卫健委
def f_county_xls(path: Path):
    """县域住院情况统计2024.xls: three counties, 区划代码, the two counts."""
    fn, sh = path.name, "县域住院"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜江市2024年各县县域住院情况（{SYN}）")
    for j, h in enumerate(["县", "区划代码", "县域内常住居民住院总人次", "县域外住院人次"]):
        ws.write(1, j, h)
    for i, (county, a, b) in enumerate((("砚溪县", 31240, 5120), ("桐坪县", 26815, 4377), ("雪崖县", 15902, 3861))):
        for j, v in enumerate([county, COUNTY_CODE[county], a, b]):
            ws.write(2 + i, j, v)
        row("county_inpatient_stats", fn, sh, 3 + i, dict(county_code=COUNTY_CODE[county], year=2024,
                                                          resident_admissions=a, resident_admissions_outside_county=b),
            {}, ["county_code"])
    ws.write(5, 0, "注：数据虚构，仅供测试。")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "市中心医院", "市中医医院", "市妇幼保健院", "县级医院", "市卫健委"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜江市对口支援关系表（2024—2026年）.xlsx")
    peds_first = "SYNTHETIC_儿科派驻人员.xls"
    files = [(f_cardio_roster, "市中心医院", "SYNTHETIC_心内科派驻人员.xlsx"),
             (f_peds_roster_xls, "市中心医院", peds_first),
             (lambda p: f_peds_roster_fix(p, peds_first), "市中心医院", "SYNTHETIC_儿科派驻人员（更正）.xlsx"),
             (f_peds_trainees, "市中心医院", "SYNTHETIC_儿科进修人员.xlsx"),
             (f_cardio_trainees_csv, "市中心医院", "SYNTHETIC_心内科进修人员.csv"),
             (f_cardio_teleconsult, "市中心医院", "SYNTHETIC_心内科远程会诊记录2024.xlsx"),
             (f_peds_teleconsult_ods, "市中心医院", "SYNTHETIC_儿科远程会诊记录.ods"),
             (f_cardio_techniques, "市中心医院", "SYNTHETIC_心内科新技术推广2024.xlsx"),
             (f_tcm_roster_ods, "市中医医院", "SYNTHETIC_针灸推拿科派驻人员.ods"),
             (f_mch_activities_csv, "市妇幼保健院", "SYNTHETIC_产科帮扶活动记录.csv"),
             (f_yx_monthly, "县级医院", "SYNTHETIC_砚溪县人民医院月度业务量2024.xlsx"),
             (f_tp_monthly_ods, "县级医院", "SYNTHETIC_桐坪县人民医院业务月报.ods"),
             (f_xy_monthly_csv, "县级医院", "SYNTHETIC_雪崖县人民医院业务量统计.csv"),
             (f_yx_assessment, "县级医院", "SYNTHETIC_砚溪县人民医院派驻专家月考核.xlsx"),
             (f_county_xls, "市卫健委", "SYNTHETIC_县域住院情况统计2024.xls")]
    for k, (fnc, folder, name) in enumerate(files):
        p = raw / folder / name
        fnc(p)
        t = 1735689600 + 3600 * k                 # fixed, increasing modification times (the 更正 file is later)
        os.utime(p, (t, t))
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
