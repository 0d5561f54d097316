"""realworld120 corpus generator — SYNTHETIC / 合成数据. On-site time as the recipients record it: a fictional
province (琅汀省) for 2024, its pairing list in data/raw/reference/ and, per county, the rosters of the dispatched
staff beside the recipients' monthly attendance sheets (考勤表: a column per day, √ / 出 / 休 / 假 / 差 / ○ marks, a
出勤天数 or 在岗天数 total), their quarter's on-duty spot-check tables (在岗情况抽查表, 在岗抽查登记), leave approval
lists (请假审批, one of them an OA export) and monthly assessments. Deterministic (no randomness, no clock).

    python make_corpus.py OUT   → OUT/data/raw/{reference,芷川县,蓼水县,桑陌县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser (README.md says what was read).
"""
from __future__ import annotations

import calendar
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
WEEK = "一二三四五六日"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the world
P1, PTCM, C1 = "琅汀省人民医院", "琅汀省中医院", "汀州市中心医院"
ZC, ZCTCM, LS, SM = "芷川县人民医院", "芷川县中医医院", "蓼水县人民医院", "桑陌县人民医院"
NOT_PAIRED = "芷川县第二人民医院"          # in no pairing list
RECIP = {ZC: ("二级", "甲等", "综合医院", "芷川县"), ZCTCM: ("二级", "乙等", "中医医院", "芷川县"),
         LS: ("二级", "甲等", "综合医院", "蓼水县"), SM: ("二级", "乙等", "综合医院", "桑陌县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("994101", "19740512", "023"), "su": ("994101", "19860917", "031"), "han": ("994102", "19820301", "015"),
    "gu": ("994101", "19880225", "046"), "pang": ("994103", "19790808", "057"), "lan": ("994102", "19900411", "013"),
    "fang": ("994111", "19870623", "024"), "wen": ("994111", "19780130", "068"),
    "cao": ("994101", "19890714", "025"), "wei": ("994104", "19770902", "039"), "song": ("994102", "19850316", "048"),
    "yan": ("994103", "19911107", "052"),
    "ye": ("994201", "19860521", "016"), "jiang": ("994201", "19760218", "035"), "lu": ("994202", "19900919", "027"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as floats, text as strings)."""
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


def fix_zip(path: Path):
    """Make an xlsx / ods byte-for-byte reproducible: fixed entry times and fixed document dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?", b"2025-01-06T00:00:00Z", data)
            new = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 0, 0, 0))
            new.compress_type = info.compress_type
            new.external_attr = info.external_attr
            z.writestr(new, data)


def month_marks(y, m, on_from=1, on_to=None, special=None):
    """Day marks of one person's month: weekdays √, weekends 休, outside the stay blank; ``special`` {day: mark}."""
    n = calendar.monthrange(y, m)[1]
    on_to = on_to or n
    out = []
    for day in range(1, n + 1):
        if day < on_from or day > on_to:
            out.append(None)
        elif special and day in special:
            out.append(special[day])
        else:
            out.append("休" if dt.date(y, m, day).weekday() >= 5 else "√")
    return out


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as "二级甲等", 类别, 所在县, 支援医院, 协议签订日期 as dates, a 支援期限 column
    filled for one pairing (→ support_period) and blank for three (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["附件1"])
    ws.append([f"琅汀省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A2:H2")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(ZC, P1, dt.date(2023, 12, 18), None),
             (ZCTCM, PTCM, dt.date(2023, 12, 18), None),
             (LS, P1, dt.date(2024, 2, 6), "2024年3月1日至2027年2月28日"),
             (SM, C1, dt.date(2023, 12, 26), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 芷川县
ZC_PEOPLE = {  # key: name, sex, dept, title, rank, category, start, end
    "lin": ("林望舒", "女", "心血管内科", "主任医师", "正高级", "医疗", dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
    "su": ("苏砚秋", "男", "普外科", "主治医师", "中级", "医疗", dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
    "gu": ("顾南星", "女", "护理部", "主管护师", "中级", "护理", dt.date(2024, 3, 4), dt.date(2024, 12, 31)),
    "pang": ("庞叔夜", "男", "麻醉科", "副主任医师", "副高级", "医疗", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
}


def f_zc_roster(path: Path):
    """省人民医院 → 芷川县人民医院: an ordinary roster (dates as date cells); a 备注 about an approved leave (no end of
    the stay); a row whose period was left blank (held: the start is required); a row sent to a hospital in no
    pairing list (held)."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅汀省人民医院派驻芷川县人民医院人员花名册（2024年）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    order = ["lin", "su", "han", "gu", "pang", "lan"]
    for i, key in enumerate(order, 1):
        if key == "han":
            ws.append([i, "韩立春", "男", use_id("han"), "检验科", "主管技师", ZC, None, None, "派驻时间待定"])
            ws.cell(ws.max_row, 4).number_format = "@"
            hold(fn, sh, ws.max_row, "missing_value", "派驻时间 blank: no start date (required)")
            continue
        if key == "lan":
            ws.append([i, "蓝海生", "男", use_id("lan"), "骨科", "主治医师", NOT_PAIRED, dt.date(2024, 7, 1),
                       dt.date(2024, 12, 31), None])
            ws.cell(ws.max_row, 4).number_format = "@"
            for c in (8, 9):
                ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
            hold(fn, sh, ws.max_row, "unresolved_hospital", f"派驻单位 {NOT_PAIRED} is in no pairing list")
            continue
        name, sex, dept, title, rank, cat, s, e = ZC_PEOPLE[key]
        remark = "8月5日—8月9日请假5天（事假，已批准）" if key == "su" else None
        ws.append([i, name, sex, use_id(key), dept, title, ZC, s, e, remark])
        ws.cell(ws.max_row, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row, dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": P1, "recipient_hospital_id": ZC}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "6人"])
    ws.append(["填报人：医务部", None, None, None, "联系电话：（略）", None, None, "填报日期：2024年7月5日"])
    wb.save(path)


def f_zc_attendance(path: Path):
    """芷川县人民医院's attendance (考勤表) for July–September, a sheet per month: a column per day (1 … 31) with a
    row of weekdays under it, marks √ / 休 / 假 / 差 / ○, 出勤天数 and 备注; a legend line and sign-off. Paperwork:
    the contract has no table for days present, and the stays come from the roster — no curated row."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    plan = {  # month: [(key, on_from, on_to, special, remark)]
        7: [("lin", 1, None, {}, None), ("su", 1, None, {}, None), ("gu", 1, None, {}, None),
            ("pang", 1, None, {22: "假", 23: "假"}, "7月22—23日病假")],
        8: [("lin", 1, None, {14: "○"}, None), ("su", 1, None, {d_: "假" for d_ in range(5, 10)}, "8月5—9日事假"),
            ("gu", 1, None, {}, None), ("pang", 1, None, {}, None)],
        9: [("lin", 1, 3, {}, "9月3日派驻期满返回"), ("su", 1, 3, {}, "9月3日派驻期满返回"),
            ("gu", 1, None, {16: "差", 17: "差", 18: "差"}, "9月16—18日参加省级护理培训"), ("pang", 1, None, {}, None)],
    }
    for m, people in plan.items():
        ws = wb.create_sheet(f"{m}月")
        n = calendar.monthrange(2024, m)[1]
        ws.append([f"芷川县人民医院派驻人员考勤表（2024年{m}月）{SYN}"])
        ws.append(["序号", "姓名", "派出单位", "科室", *range(1, n + 1), "出勤天数", "备注"])
        ws.append([None, None, None, None, *(WEEK[dt.date(2024, m, k).weekday()] for k in range(1, n + 1)), None,
                   None])
        for i, (key, a, b, special, remark) in enumerate(people, 1):
            name, _sex, dept = ZC_PEOPLE[key][:3]
            marks = month_marks(2024, m, a, b, special)
            ws.append([i, name, P1, dept, *marks, sum(1 for x in marks if x in ("√", "差")), remark])
        ws.append(["说明：√出勤　休休息　假请假　差出差　○缺勤"])
        ws.append(["考勤员：医务科", None, None, None, None, None, None, None, "科室负责人：", None, None, None,
                   None, None, None, "院领导："])
        for c in range(5, 5 + n):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 3
    wb.save(path)


def f_zc_spot_checks(path: Path):
    """芷川县人民医院's 在岗情况抽查表 for the third quarter: a row per person (names only), a column per check date
    (7月9日 … 9月24日, under a merged 抽查日期及结果), 在岗 / 不在岗 / 不在岗（请假） / — (already gone home), and the
    quarter's 抽查次数 | 在岗次数 | 在岗率 per person. The source of spot_checks / spot_checks_present per person and
    month (the dates give the month); the quarter totals are no month's figure; no score (NULL)."""
    fn, sh = path.name, "第三季度"
    dates = [(7, 9), (7, 23), (8, 7), (8, 20), (8, 28), (9, 10), (9, 24)]
    res = {  # key: results per date
        "lin": ["在岗", "在岗", "在岗", "在岗", "在岗", "—", "—"],
        "su": ["在岗", "在岗", "不在岗（请假）", "在岗", "在岗", "—", "—"],
        "gu": ["在岗"] * 7,
        "pang": ["在岗", "不在岗", "在岗", "在岗", "在岗", "在岗", "在岗"],
    }
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷川县人民医院派驻人员在岗情况抽查表（2024年第三季度）{SYN}"])
    ws.merge_cells("A1:N1")
    ws.append(["序号", "姓名", "派出单位", "科室", "抽查日期及结果", None, None, None, None, None, None,
               "抽查次数", "在岗次数", "在岗率"])
    ws.append([None, None, None, None, *(f"{m}月{k}日" for m, k in dates), None, None, None])
    for c in "ABCDLMN":
        ws.merge_cells(f"{c}2:{c}3")
    ws.merge_cells("E2:K2")
    tot_checks = tot_present = 0
    for i, key in enumerate(["lin", "su", "gu", "pang"], 1):
        name, _sex, dept = ZC_PEOPLE[key][:3]
        marks = res[key]
        checks = sum(1 for x in marks if x != "—")
        present = sum(1 for x in marks if x == "在岗")
        tot_checks += checks
        tot_present += present
        ws.append([i, name, P1, dept, *marks, checks, present, f"{100 * present / checks:.1f}%"])
        r = ws.max_row
        for m in (7, 8, 9):
            ms = [x for (mm, _k), x in zip(dates, marks) if mm == m and x != "—"]
            if not ms:
                continue              # no check of this person that month (gone home on 9月3日): nothing to record
            row("staff_monthly_assessments", fn, sh, r,
                dict(year=2024, month=m, score=None, spot_checks=len(ms),
                     spot_checks_present=sum(1 for x in ms if x == "在岗")),
                {"recipient_hospital_id": ZC, "support_hospital_id": P1}, ["month"])
        finding(fn, r, "NAME_ONLY")
    ws.append(["合计", None, None, None, None, None, None, None, None, None, None, tot_checks, tot_present,
               f"{100 * tot_present / tot_checks:.1f}%"])
    ws.append(["注：抽查方式为电话抽查与现场抽查相结合；“—”表示已期满返回，不再抽查。"])
    ws.append(["抽查人：医务科", None, None, None, None, None, None, None, "审核：分管院长"])
    wb.save(path)


def f_zc_leave(path: Path):
    """芷川县人民医院's 请假审批登记表: 请假起止, 天数, 事由, 审批 — paperwork, no table holds it, and a leave is
    no end of a stay (no curated row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "请假登记"
    ws.append([f"芷川县人民医院派驻人员请假审批登记表（2024年）{SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "派出单位", "科室", "请假类别", "请假起止", "天数", "事由", "科室意见", "院领导审批"])
    for i, (key, kind, when, days, why) in enumerate([
            ("pang", "病假", "2024年7月22日—7月23日", 2, "急性胃肠炎"),
            ("su", "事假", "2024年8月5日—8月9日", 5, "家中有事"),
            ("gu", "公假", "2024年9月16日—9月18日", 3, "参加省级护理质控培训")], 1):
        name, _sex, dept = ZC_PEOPLE[key][:3]
        ws.append([i, name, P1, dept, kind, when, days, why, "同意", "同意"])
    ws.append(["备注：派驻人员请假须经派出单位和受援医院双方同意，并报医务科备案。"])
    wb.save(path)


def f_zc_assessment(path: Path):
    """芷川县人民医院's monthly assessment for April–June in one sheet: 考核月份 per row, 出勤天数 (days present: not a
    spot check), 在岗抽查次数 | 其中：在岗次数, 考核得分."""
    fn, sh = path.name, "4-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷川县人民医院派驻人员月度考核表（2024年4—6月）{SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "考核月份", "姓名", "身份证号", "派出单位", "科室", "出勤天数", "在岗抽查次数",
               "其中：在岗次数", "考核得分"])
    data = {4: {"lin": (21, 3, 3, 95), "su": (20, 3, 3, 92), "gu": (21, 3, 3, 94)},
            5: {"lin": (21, 4, 4, 96), "su": (19, 4, 3, 85.5), "gu": (21, 4, 4, 93)},
            6: {"lin": (19, 3, 3, 94), "su": (19, 3, 3, 91), "gu": (18, 3, 2, 88)}}
    i = 0
    for m, people in data.items():
        for key, (days, checks, present, sc) in people.items():
            i += 1
            name, _sex, dept = ZC_PEOPLE[key][:3]
            ws.append([i, f"2024年{m}月", name, use_id(key), P1, dept, days, checks, present, sc])
            ws.cell(ws.max_row, 4).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=checks, spot_checks_present=present),
                {"recipient_hospital_id": ZC, "support_hospital_id": P1}, ["month"], id_number=ID[key])
    ws.append(["考核人：医务科", None, None, None, None, None, None, "审核：", None, "2024年7月8日"])
    wb.save(path)


def f_zctcm_roster_csv(path: Path):
    """省中医院 → 芷川县中医医院: CSV in GBK, a 填报单位 line, 派驻时间 "2024.3.11-2024.9.10"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{PTCM}（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "受援单位", "派驻时间"])
    r = 2
    for key, name, dept, title, rank, per, s, e in (
            ("fang", "方知微", "针灸科", "主治中医师", "中级", "2024.3.11-2024.9.10", d(2024, 3, 11), d(2024, 9, 10)),
            ("wen", "温如玉", "康复科", "副主任中医师", "副高级", "2024.3.11-2025.3.10", d(2024, 3, 11),
             d(2025, 3, 10))):
        w.writerow([name, use_id(key), dept, title, ZCTCM, per])
        r += 1
        row("deployments", fn, None, r, dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": PTCM, "recipient_hospital_id": ZCTCM}, ["start_date", "department"],
            id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_zctcm_attendance_xls(path: Path):
    """芷川县中医医院's August attendance (.xls): marks 出 / 休 / blank, 在岗天数 — paperwork, no curated row."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("8月考勤")
    ws.write(0, 0, f"芷川县中医医院2024年8月派驻专家考勤表（{SYN}）")
    hdr = ["序号", "姓名", "科室", *[str(k) for k in range(1, 32)], "在岗天数", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    for i, (name, dept, special, remark) in enumerate((("方知微", "针灸科", {}, None),
                                                        ("温如玉", "康复科", {12: None, 13: None}, "12—13日回派出单位开会")),
                                                       1):
        marks = ["出" if x == "√" else x for x in month_marks(2024, 8, special=special)]
        for j, v in enumerate([i, name, dept, *marks, sum(1 for x in marks if x == "出"), remark]):
            if v is not None:
                ws.write(1 + i, j, v)
    ws.write(4, 0, "考勤人：院办　　　　审核：")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 蓼水县
LS_PEOPLE = {
    "cao": ("曹映雪", "儿科", "主治医师", "中级", "医疗", "2024.03.01", "2024.08.31", d(2024, 3, 1), d(2024, 8, 31)),
    "wei": ("魏长庚", "骨科", "副主任医师", "副高级", "医疗", "2024.03.01", "2025.02.28", d(2024, 3, 1), d(2025, 2, 28)),
    "song": ("宋晚晴", "护理部", "主管护师", "中级", "护理", "2024.03.01", "2024.12.31", d(2024, 3, 1), d(2024, 12, 31)),
    "yan": ("严若谷", "医学影像科", "主治医师", "中级", "医疗", "2024.09.01", "2025.02.28", d(2024, 9, 1),
            d(2025, 2, 28)),
}


def f_ls_roster_xls(path: Path):
    """省人民医院 → 蓼水县人民医院 (.xls): dates typed as text "2024.03.01", 派出单位 column."""
    fn, sh = path.name, "医疗队"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅汀省人民医院派驻蓼水县人民医院医疗队花名册（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻时间（起）", "派驻时间（止）", "派出单位",
                           "派驻单位"]):
        ws.write(1, j, h)
    for i, key in enumerate(["cao", "wei", "song", "yan"], 1):
        name, dept, title, rank, cat, s_t, e_t, s, e = LS_PEOPLE[key]
        for j, v in enumerate([i, name, use_id(key), dept, title, s_t, e_t, P1, LS]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": P1, "recipient_hospital_id": LS}, ["start_date", "department"], id_number=ID[key])
    ws.write(6, 0, "制表：医务部　2024年9月2日")
    wb.save(str(path))


def f_ls_assessment(path: Path):
    """蓼水县人民医院's monthly assessment, a sheet per month (7月, 8月, 9月): 出勤天数, 在岗抽查情况 over 第1次 …
    第4次 with √ / × / blank (no check), 考核得分 and 考核等次 (a grade, not stored). spot_checks = the checks made,
    spot_checks_present = the √."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    data = {7: [("cao", 22, "√√√ ", 95), ("wei", 21, "√×√ ", 86), ("song", 23, "√√√ ", 93)],
            8: [("cao", 22, "√√√√", 96), ("wei", 22, "√√√√", 92), ("song", 20, "√√×√", 88)],
            9: [("wei", 21, "√√√ ", 94), ("yan", 20, "√√√ ", 90), ("song", 21, "√√√ ", 95)]}
    for m, people in data.items():
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"蓼水县人民医院派驻人员月度考核表（2024年{m}月）{SYN}"])
        ws.merge_cells("A1:L1")
        ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "出勤天数", "在岗抽查情况", None, None, None,
                   "考核得分", "考核等次"])
        ws.append([None] * 6 + ["第1次", "第2次", "第3次", "第4次", None, None])
        for c in "ABCDEFKL":
            ws.merge_cells(f"{c}2:{c}3")
        ws.merge_cells("G2:J2")
        for i, (key, days, marks, sc) in enumerate(people, 1):
            name, dept = LS_PEOPLE[key][:2]
            cells = [x if x != " " else None for x in marks]
            ws.append([i, name, use_id(key), P1, dept, days, *cells, sc, "优秀" if sc >= 90 else "合格"])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=sum(1 for x in cells if x),
                     spot_checks_present=sum(1 for x in cells if x == "√")),
                {"recipient_hospital_id": LS, "support_hospital_id": P1}, ["month"], id_number=ID[key])
        ws.append(["注：√在岗，×不在岗，空白为当月未抽查。"])
        ws.append(["考核人：医务科", None, None, None, None, None, None, None, None, None, "审核：",
                   f"2024年{m + 1}月5日"])
    wb.save(path)


def f_ls_attendance_summary(path: Path):
    """蓼水县人民医院's year of attendance in one table (.ods): a person per row, 3月 … 12月 as columns holding days
    present, 合计 — months as columns of numbers, but days, not scores: no curated row."""
    rows = [[f"蓼水县人民医院2024年派驻人员出勤天数汇总表（考勤）{SYN}"],
            ["序号", "姓名", "派出单位", *[f"{m}月" for m in range(3, 13)], "合计"]]
    spans = {"cao": (3, 8), "wei": (3, 12), "song": (3, 12), "yan": (9, 12)}
    base_days = [21, 22, 21, 19, 22, 22, 21, 18, 21, 22]
    for i, key in enumerate(["cao", "wei", "song", "yan"], 1):
        a, b = spans[key]
        vals = [base_days[m - 3] - (1 if (key, m) in (("song", 8), ("wei", 7)) else 0) if a <= m <= b else None
                for m in range(3, 13)]
        rows.append([i, LS_PEOPLE[key][0], P1, *vals, sum(v for v in vals if v)])
    rows.append(["说明：出勤天数按考勤表汇总，不含休息日。"])
    rows.append(["统计：医务科", None, None, None, None, None, "2025年1月6日"])
    ods_doc(path, {"出勤汇总": rows})


def f_ls_leave_oa(path: Path):
    """蓼水县人民医院's leave approvals as an OA export: 审批编号 | 审批状态 | 审批结果 | 发起人 | 请假类型 | 开始时间 |
    结束时间 | 时长 | 请假事由 — paperwork (one refused), no curated row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "请假"
    ws.append(["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "发起人部门",
               "请假类型", "开始时间", "结束时间", "时长", "请假事由"])
    for no, name, status, result, t0, t1, kind, a, b, length, why in (
            ("202407150931000118", "曹映雪", "已完成", "同意", "2024-07-15 09:31", "2024-07-15 11:02", "事假",
             "2024-07-18 上午", "2024-07-19 下午", "2天", "家中有事"),
            ("202407290812000244", "魏长庚", "已完成", "拒绝", "2024-07-29 08:12", "2024-07-29 16:40", "年假",
             "2024-08-12 上午", "2024-08-16 下午", "5天", "休年假"),
            ("202408190745000301", "宋晚晴", "已完成", "同意", "2024-08-19 07:45", "2024-08-19 09:20", "病假",
             "2024-08-21 上午", "2024-08-22 下午", "2天", "发热就诊")):
        ws.append([no, f"{name}提交的请假", status, result, t0, t1, name, "派驻医疗队（琅汀省人民医院）", kind, a, b,
                   length, why])
    ws.append([f"{SYN}　导出时间：2025-01-05 09:12:33　共 3 条记录"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 桑陌县
SM_PEOPLE = {
    "ye": ("叶清和", "内科", "主治医师", "中级", "医疗", d(2024, 6, 3), d(2024, 11, 30)),
    "jiang": ("蒋知秋", "普外科", "副主任医师", "副高级", "医疗", d(2024, 6, 3), d(2025, 1, 31)),
    "lu": ("陆遥", "妇产科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1)),
}


def f_sm_roster_csv(path: Path):
    """市中心医院 → 桑陌县人民医院: CSV UTF-8 with BOM, a title line, 开始日期 / 结束日期 as 2024/6/3."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{C1}派驻{SM}人员名单（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期"])
    r = 2
    for i, key in enumerate(["ye", "jiang", "lu"], 1):
        name, dept, title, rank, cat, s, e = SM_PEOPLE[key]
        sd, ed = dt.date.fromisoformat(s), dt.date.fromisoformat(e)
        w.writerow([i, name, use_id(key), dept, title, SM, f"{sd.year}/{sd.month}/{sd.day}",
                    f"{ed.year}/{ed.month}/{ed.day}"])
        r += 1
        row("deployments", fn, None, r, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": C1, "recipient_hospital_id": SM}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_sm_attendance_csv(path: Path):
    """桑陌县人民医院's October attendance as CSV (UTF-8, no BOM): 1 … 31, 出勤天数, 休假天数 — no curated row."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"桑陌县人民医院派驻人员考勤表 2024年10月（{SYN}）"] + [""] * 35)
    w.writerow(["姓名", "派出单位", *range(1, 32), "出勤天数", "休假天数", "备注"])
    for key, special, remark in (("ye", {}, None), ("jiang", {k: "假" for k in (1, 2, 3, 4, 7)}, "国庆调休"),
                                 ("lu", {}, None)):
        marks = month_marks(2024, 10, special=special)
        w.writerow([SM_PEOPLE[key][0], C1, *[x or "" for x in marks], sum(1 for x in marks if x == "√"),
                    sum(1 for x in marks if x in ("休", "假")), remark or ""])
    w.writerow(["考勤员：医务科"] + [""] * 35)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_sm_spot_log(path: Path):
    """桑陌县人民医院's 在岗抽查登记 for the fourth quarter (.ods): a row per check of one person (抽查日期 | 抽查方式 |
    被抽查人 | 派出单位 | 抽查结果 | 抽查人 | 备注), dates in order, so a person's month is spread over rows. Counted per
    person and month into spot_checks / spot_checks_present (the record's rows are its places; names only); a row
    without the person's name is held."""
    fn, sh = path.name, "抽查登记"
    rows = [[f"桑陌县人民医院派驻人员在岗抽查登记表（2024年第四季度）{SYN}"],
            ["序号", "抽查日期", "抽查方式", "被抽查人", "派出单位", "科室", "抽查结果", "抽查人", "备注"]]
    dates = [(10, 8, "电话"), (10, 17, "现场"), (10, 29, "电话"), (11, 6, "电话"), (11, 19, "电话"), (11, 27, "现场"),
             (12, 5, "电话"), (12, 18, "电话"), (12, 26, "电话")]
    absent = {("jiang", 11, 19): "外出会诊未报备", ("lu", 12, 18): "电话未接通，事后补假条"}
    groups: dict = {}
    n = checks = present = 0
    for m, k, how in dates:
        for key in ("ye", "jiang", "lu"):
            if m == 12 and key == "ye":
                continue
            n += 1
            bad = absent.get((key, m, k))
            name, dept = SM_PEOPLE[key][:2]
            rows.append([n, f"2024-{m:02d}-{k:02d}", how, name, C1, dept, "不在岗" if bad else "在岗", "医务科",
                         bad])
            groups.setdefault((key, m), []).append((len(rows), not bad))
            checks += 1
            present += not bad
        if (m, k) == (10, 17):           # a line whose person was not written: held
            n += 1
            rows.append([n, "2024-10-17", "现场", None, C1, None, "在岗", "医务科", "姓名漏填"])
            hold(fn, sh, len(rows), "missing_value", "被抽查人 blank: the check is of no one the row names")
            checks += 1
            present += 1
    for (key, m), got in sorted(groups.items(), key=lambda x: x[1][0][0]):
        places = [r for r, _ok in got]
        row("staff_monthly_assessments", fn, sh, places,
            dict(year=2024, month=m, score=None, spot_checks=len(got), spot_checks_present=sum(ok for _r, ok in got)),
            {"recipient_hospital_id": SM, "support_hospital_id": C1}, ["month"])
        finding(fn, places[0], "NAME_ONLY")
    rows.append([f"合计：抽查{checks}人次，在岗{present}人次"])
    rows.append(["登记人：医务科", None, None, None, None, None, "审核：", "2025年1月3日"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "芷川县", "蓼水县", "桑陌县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    plist = raw / "reference" / "SYNTHETIC_附件1_琅汀省城乡医院对口支援关系一览表（2024—2026年）.xlsx"
    pairing_list(plist)
    fix_zip(plist)
    files = [(f_zc_roster, "芷川县", "SYNTHETIC_省人民医院派驻芷川县人民医院人员花名册2024.xlsx"),
             (f_zc_attendance, "芷川县", "SYNTHETIC_芷川县人民医院派驻人员考勤表2024年7-9月.xlsx"),
             (f_zc_spot_checks, "芷川县", "SYNTHETIC_芷川县人民医院派驻人员在岗情况抽查表（2024年第三季度）.xlsx"),
             (f_zc_leave, "芷川县", "SYNTHETIC_芷川县人民医院派驻人员请假审批登记表2024.xlsx"),
             (f_zc_assessment, "芷川县", "SYNTHETIC_芷川县人民医院派驻人员月度考核2024年4-6月.xlsx"),
             (f_zctcm_roster_csv, "芷川县", "SYNTHETIC_省中医院派驻芷川县中医医院人员名单.csv"),
             (f_zctcm_attendance_xls, "芷川县", "SYNTHETIC_芷川县中医医院派驻专家考勤（8月）.xls"),
             (f_ls_roster_xls, "蓼水县", "SYNTHETIC_蓼水县人民医院派驻医疗队花名册.xls"),
             (f_ls_assessment, "蓼水县", "SYNTHETIC_蓼水县人民医院派驻人员月度考核表2024年第三季度.xlsx"),
             (f_ls_attendance_summary, "蓼水县", "SYNTHETIC_蓼水县人民医院2024年派驻人员出勤天数汇总.ods"),
             (f_ls_leave_oa, "蓼水县", "SYNTHETIC_蓼水县人民医院请假审批导出（OA）.xlsx"),
             (f_sm_roster_csv, "桑陌县", "SYNTHETIC_市中心医院派驻桑陌县人民医院人员名单.csv"),
             (f_sm_attendance_csv, "桑陌县", "SYNTHETIC_桑陌县人民医院派驻人员考勤表2024年10月.csv"),
             (f_sm_spot_log, "桑陌县", "SYNTHETIC_桑陌县人民医院在岗抽查登记（2024年第四季度）.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        if name.endswith((".xlsx", ".ods")):
            fix_zip(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
