"""realworld130 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024: money in the trainee
(进修) and deployment (派驻) forms as hospitals really write it — 进修费 / 培训费 / 食宿补助 / 生活补助 / 交通补贴 columns
with 0, 免, 免收, 减免, 已退费, 由支援医院承担, ¥3,000.00元, 3千元, 0.3万元, 叁仟元, 1500（已退）, 按规定收取, 500元/月 with
the months in another column, 合计 rows of money; deployments with 补助标准（元/天） and 补助金额 columns paid by the
support hospital, and one recipient's own 生活补助 column. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁川市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
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


S1, S2, S3 = "琅岫省人民医院", "琅岫省中医院", "霁川市中心医院"
R1, R2, R3, R4, R5 = "青禾县人民医院", "青禾县中医医院", "椒岭县人民医院", "椒岭县妇幼保健院", "椒岭县白汀镇中心卫生院"
UNPAIRED = "远泽县人民医院"
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "青禾县"), R2: ("二级乙等", "二级", "乙等", "中医医院", "青禾县"),
         R3: ("二级甲等", "二级", "甲等", "综合医院", "椒岭县"), R4: ("二级", "二级", None, "妇幼保健院", "椒岭县"),
         R5: ("一级", "一级", None, "乡镇卫生院", "椒岭县")}

_n = [0]


def new_id(region: str) -> str:
    _n[0] += 1
    n = _n[0]
    return idn(region, f"{1970 + n % 25}{1 + n % 12:02d}{1 + (7 * n) % 28:02d}", f"{n:03d}")


truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "field_rules": {"paid_by_recipient": "zero_or_null"}}


def use(i):
    truth["id_numbers"].setdefault(i, [])
    return i


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def ods_doc(path, sheets):
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


def write_csv(path, rows, enc, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(enc))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 style: 受援医院 first, 等级 as one word (二级甲等), 协议签订日期 as dates, 支援期限 for one pairing only."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岫省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 12), None), (R2, S2, dt.date(2023, 12, 12), None),
             (R3, S1, dt.date(2024, 2, 20), "2024.03.01-2027.02.28"), (R4, S3, dt.date(2023, 12, 26), None),
             (R5, S3, dt.date(2023, 12, 26), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        word, level, grade, cat, county = RECIP[r]
        ws.append([i, r, word, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


def tr(dept, start, end, fee, **kw):
    return dict(department=dept, start_date=start, end_date=end, fee_charged=fee, **kw)


# ------------------------------------------------------------------------------------------- 省直
def f_s1_trainees(path: Path):
    """省人民医院 as host: 进修费（元） and 食宿补助（元） side by side; 0, 免收, ¥3,000.00元, 1500（已退）,
    由支援医院承担; a 合计 row adding both money columns."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省人民医院2024年接收对口支援受援医院进修人员名单（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "进修费（元）", "食宿补助（元）",
               "是否结业"])
    people = [("林照溪", R1, "心血管内科", "2024.03.01-2024.08.31", 0, 1800, "是", 0.0),
              ("苏暮云", R1, "重症医学科", "2024.03.01-2024.08.31", "免收", 3000, "是", 0.0),
              ("唐予安", R3, "消化内科", "2024.04.01-2024.09.30", "¥3,000.00元", None, "是", 3000.0),
              ("纪闻笙", R3, "麻醉科", "2024.05.06-2024.11.05", "1500（已退）", 1200, "是", 0.0),
              ("柯望舒", R1, "急诊科", "2024.09.02-2025.02.28", "由支援医院承担", 1800, "否", 0.0)]
    for i, (name, rec, dept, per, fee, sub, done, feev) in enumerate(people, 1):
        pid = use(new_id("990301"))
        ws.append([i, name, pid, rec, dept, per, fee, sub, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        a, b = per.split("-")
        sd = dt.datetime.strptime(a, "%Y.%m.%d").date().isoformat()
        ed = dt.datetime.strptime(b, "%Y.%m.%d").date().isoformat()
        row("trainees", fn, sh, ws.max_row, tr(dept, sd, ed, feev, completed=(done == "是")),
            {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date", "department"], id_number=pid)
    ws.append(["合计", "5人", None, None, None, None, 4500, 7800, None])
    ws.append(["注：进修费一律免收，食宿补助由我院发放给进修人员。"])
    wb.save(path)


def f_s2_trainees_xls(path: Path):
    """省中医院 as host (.xls): 培训费 减免 / 3千元 / 0.3万元 / 叁仟元 / 按规定收取; one trainee from a hospital in
    no pairing list (held)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅岫省中医院2024年进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "派出单位", "进修科室", "开始日期", "结束日期", "培训费", "交通补贴（元）"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("顾澄江", R2, "针灸科", "2024-03-04", "2024-09-03", "减免", 300, 0.0),
              ("宁栖梧", R2, "脾胃病科", "2024-03-04", "2024-09-03", "3千元", 300, 3000.0),
              ("方知微", R2, "骨伤科", "2024-04-01", "2024-09-30", "0.3万元", None, 3000.0),
              ("甘若水", R2, "康复科", "2024-05-06", "2024-11-05", "叁仟元", 200, 3000.0),
              ("裴行简", R2, "肛肠科", "2024-06-03", "2024-12-02", "按规定收取", 200, None),
              ("石砚秋", UNPAIRED, "针灸科", "2024-06-03", "2024-12-02", "免", None, None)]
    for i, (name, rec, dept, s, e, fee, sub, feev) in enumerate(people, 1):
        pid = use(new_id("990302"))
        r = 1 + i
        for j, v in enumerate([i, name, pid, rec, dept, s, e, fee, sub]):
            if v is not None:
                ws.write(r, j, v)
        if rec == UNPAIRED:
            quarantine(fn, sh, r + 1, "unresolved_hospital", "派出单位 远泽县人民医院 is in no pairing list")
            continue
        row("trainees", fn, sh, r + 1, tr(dept, s, e, feev), {"recipient_hospital_id": rec, "host_hospital_id": S2},
            ["start_date", "department"], id_number=pid)
        if feev is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_s1_roster(path: Path):
    """省人民医院 roster: 补助标准（元/天） and 补助金额（元） the support hospital pays its own staff (a note says so):
    not paid by the recipient; a 合计 row adding 补助金额."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省人民医院2024年对口支援派驻人员及补助发放表（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始", "派驻结束", "派驻天数",
               "补助标准（元/天）", "补助金额（元）"])
    people = [("陈守拙", "心血管内科", "主任医师", "正高级", "医疗", R1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 100),
              ("韩清越", "普外科", "副主任医师", "副高级", "医疗", R1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 100),
              ("许映荷", "护理部", "主管护师", "中级", "护理", R3, dt.date(2024, 3, 4), dt.date(2024, 9, 3), 80),
              ("霍长庚", "医学影像科", "主治医师", "中级", "医疗", R3, dt.date(2024, 3, 4), dt.date(2024, 9, 3), 80)]
    total = 0
    for i, (name, dept, title, rank, cat, rec, s, e, per_day) in enumerate(people, 1):
        pid = use(new_id("990101"))
        days = (e - s).days + 1
        total += days * per_day
        ws.append([i, name, pid, dept, title, rec, s, e, days, per_day, days * per_day])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                           start_date=s.isoformat(), end_date=e.isoformat(), paid_by_recipient=0.0),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=pid)
    ws.append(["合计", None, None, None, None, None, None, None, None, None, total])
    ws.append(["说明：补助由我院按省定标准发放，受援医院未发放任何补贴。"])
    wb.save(path)


def f_s2_roster_ods(path: Path):
    """省中医院 roster (.ods): 派出医院生活补助 "4000元/月" and 受援医院补贴 0 / 无."""
    fn, sh = path.name, "派驻名单"
    rows = [[f"琅岫省中医院派驻青禾县中医医院人员名单（2024年，{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻时间", "派出医院生活补助", "受援医院补贴（元）"]]
    people = [("白鹤川", "针灸科", "副主任中医师", "副高级", "2024.03.01-2024.08.31", "4000元/月", 0, d(2024, 3, 1),
               d(2024, 8, 31)),
              ("谢蕴之", "内科", "主治中医师", "中级", "2024.09.01-2025.02.28", "4000元/月", "无", d(2024, 9, 1),
               d(2025, 2, 28))]
    for i, (name, dept, title, rank, per, sub, paid, sd, ed) in enumerate(people, 1):
        pid = use(new_id("990102"))
        rows.append([i, name, pid, dept, title, R2, per, sub, paid])
        row("deployments", fn, sh, len(rows), dict(department=dept, title=title, title_rank=rank, staff_category="医疗",
                                                   start_date=sd, end_date=ed, paid_by_recipient=0.0),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], id_number=pid)
    rows.append(["制表：人事科", None, None, None, None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 霁川市
def f_r3_trainees_csv(path: Path):
    """椒岭县人民医院 sends (CSV GBK): 培训费 "500元/月" with the months in 进修时长 ("6个月"); 已退费; 免 with a
    生活补助 "200元/月" the recipient pays its own staff; a row without its start (held)."""
    fn = path.name
    rows = [[f"椒岭县人民医院2024年选派人员赴上级医院进修情况（{SYN}）", "", "", "", "", "", "", ""],
            ["填报单位：椒岭县人民医院", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修医院", "进修科室", "进修开始时间", "进修时长", "培训费", "生活补助"]]
    people = [("戚明澈", S1, "呼吸与危重症医学科", "2024-03-01", "6个月", "500元/月", "", d(2024, 3, 1), d(2024, 8, 31),
               3000.0),
              ("黎素商", S1, "儿科", "2024-04-01", "6个月", "已退费", "", d(2024, 4, 1), d(2024, 9, 30), 0.0),
              ("邝远帆", S1, "检验科", "2024-05-01", "6个月", "免", "200元/月", d(2024, 5, 1), d(2024, 10, 31), 0.0),
              ("滕见山", S1, "超声科", "", "6个月", "免", "200元/月", None, None, None)]
    for name, host, dept, s, months, fee, sub, sd, ed, feev in people:
        pid = use(new_id("990321"))
        rows.append([name, pid, host, dept, s, months, fee, sub])
        r = len(rows)
        if sd is None:
            quarantine(fn, None, r, "missing_value", "进修开始时间 blank: a stay without its start")
            continue
        row("trainees", fn, None, r, tr(dept, sd, ed, feev), {"recipient_hospital_id": R3, "host_hospital_id": host},
            ["start_date", "department"], id_number=pid)
    write_csv(path, rows, "gbk")


def f_r5_trainees_ods(path: Path):
    """白汀镇中心卫生院 sends to 市中心医院 (.ods): 进修费用 0.00 and 交通补贴 560; 免费; 2000 with 备注 由卫生院支付
    (charged to the recipient: a fee)."""
    fn, sh = path.name, "进修"
    rows = [[f"椒岭县白汀镇中心卫生院2024年人员进修情况（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修单位", "进修科室", "开始日期", "结束日期", "进修费用", "交通补贴", "备注"]]
    people = [("于归田", "全科医学科", "2024-03-11", "2024-09-10", "0.00", 560, None, 0.0),
              ("芮南枝", "妇产科", "2024-04-08", "2024-10-07", "免费", 560, None, 0.0),
              ("阮晴川", "中医科", "2024-06-03", "2024-12-02", 2000, None, "进修费由卫生院支付", 2000.0)]
    for i, (name, dept, s, e, fee, sub, note, feev) in enumerate(people, 1):
        pid = use(new_id("990322"))
        rows.append([i, name, pid, S3, dept, s, e, fee, sub, note])
        row("trainees", fn, sh, len(rows), tr(dept, s, e, feev), {"recipient_hospital_id": R5, "host_hospital_id": S3},
            ["start_date"], id_number=pid)
    rows.append(["合计", None, None, None, None, None, None, 2000, 1120, None])
    ods_doc(path, {sh: rows})


def f_r1_trainees_csv(path: Path):
    """青禾县人民医院 sends (CSV UTF-8 with BOM): 进修费 0 / 免 with 生活补助（元） paid by the sender; a 合计 line."""
    fn = path.name
    rows = [[f"青禾县人民医院2024年下半年外出进修人员费用情况（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修单位", "进修科室", "开始日期", "结束日期", "进修费（元）", "生活补助（元，我院发放）"]]
    people = [("房逸尘", "神经内科", "2024-07-01", "2024-12-31", "0", "6000"),
              ("武栖霞", "内分泌科", "2024-07-01", "2024-12-31", "免", "6000")]
    for name, dept, s, e, fee, sub in people:
        pid = use(new_id("990311"))
        rows.append([name, pid, S1, dept, s, e, fee, sub])
        row("trainees", fn, None, len(rows), tr(dept, s, e, 0.0),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], id_number=pid)
    rows.append(["合计：2人", "", "", "", "", "", "0", "12000"])
    write_csv(path, rows, "utf-8", bom=True)


def f_r4_roster(path: Path):
    """椒岭县妇幼保健院's own list of the staff it receives: 我院发放生活补助（元） 0 / 无 / 1200 — the recipient's money."""
    fn, sh = path.name, "接收派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"椒岭县妇幼保健院2024年接收对口支援派驻人员情况（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "到岗日期", "离岗日期", "我院发放生活补助（元）"])
    people = [("岳临风", "妇产科", "副主任医师", "副高级", "医疗", dt.date(2024, 3, 4), dt.date(2024, 9, 3), 0, 0.0),
              ("钱若萤", "儿科", "主治医师", "中级", "医疗", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "无", 0.0),
              ("姚松年", "新生儿科", "主管护师", "中级", "护理", dt.date(2024, 7, 1), dt.date(2024, 12, 31), 1200, 1200.0)]
    for i, (name, dept, title, rank, cat, s, e, paid, paidv) in enumerate(people, 1):
        pid = use(new_id("990201"))
        ws.append([i, name, pid, S3, dept, title, s, e, paid])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                           start_date=s.isoformat(), end_date=e.isoformat(), paid_by_recipient=paidv),
            {"support_hospital_id": S3, "recipient_hospital_id": R4}, ["start_date"], id_number=pid)
    ws.append(["填报人：院办", None, None, None, "填报日期：2025年1月10日"])
    wb.save(path)


def f_r1_monthly(path: Path):
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [14100 + 130 * m, 980 + 11 * m, 210 + 4 * m, 36 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row, dict(year=2024, month=m, outpatient_visits=v[0],
                                                               discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    wb.save(path)


def f_s3_activities_csv(path: Path):
    fn = path.name
    rows = [[f"霁川市中心医院2024年对口帮扶活动记录（{SYN}）", "", "", "", ""],
            ["日期", "受援单位", "活动形式", "主题", "参加人数"]]
    for day, rec, typ, topic, n in ((dt.date(2024, 4, 9), R5, "学术讲座", "基层高血压管理", 26),
                                    (dt.date(2024, 5, 14), R5, "教学查房", "慢阻肺查房", 12),
                                    (dt.date(2024, 6, 18), R4, "技术培训", "新生儿复苏培训", 30),
                                    (dt.date(2024, 9, 20), R5, "义诊", "重阳义诊", 85)):
        rows.append([day.isoformat(), rec, typ, topic, n])
        row("activities", fn, None, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
    write_csv(path, rows, "utf-8")


def f_r3_techniques(path: Path):
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"椒岭县人民医院2024年新技术新业务开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    for i, (name, dept, day, cases, gap) in enumerate((("无痛胃肠镜检查", "消化内科", dt.date(2024, 4, 16), 142, "是"),
                                                        ("床旁超声引导下穿刺", "重症医学科", dt.date(2024, 6, 3), 37,
                                                         "否")), 1):
        ws.append([i, name, dept, day, cases, gap, S1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=cases, fills_county_gap=(gap == "是")),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "霁川市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_trainees, "省直", "SYNTHETIC_省人民医院接收进修人员名单2024.xlsx"),
             (f_s2_trainees_xls, "省直", "SYNTHETIC_省中医院进修登记表.xls"),
             (f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员补助发放表2024.xlsx"),
             (f_s2_roster_ods, "省直", "SYNTHETIC_省中医院派驻名单2024.ods"),
             (f_r3_trainees_csv, "霁川市", "SYNTHETIC_椒岭县人民医院进修情况2024.csv"),
             (f_r5_trainees_ods, "霁川市", "SYNTHETIC_白汀镇中心卫生院进修2024.ods"),
             (f_r1_trainees_csv, "霁川市", "SYNTHETIC_青禾县人民医院进修费用下半年.csv"),
             (f_r4_roster, "霁川市", "SYNTHETIC_椒岭县妇幼保健院接收派驻人员2024.xlsx"),
             (f_r1_monthly, "霁川市", "SYNTHETIC_青禾县人民医院业务量1-6月.xlsx"),
             (f_s3_activities_csv, "霁川市", "SYNTHETIC_市中心医院帮扶活动2024.csv"),
             (f_r3_techniques, "霁川市", "SYNTHETIC_椒岭县人民医院新技术2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: v for k, v in sorted(truth["id_numbers"].items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
