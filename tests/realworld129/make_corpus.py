"""realworld129 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024 whose files store
dates the way different machines and clerks do: a workbook saved on a Mac (1904 date system), a CSV exported with
Excel date serials beside ISO dates, date cells with a time, dates typed as text in many local spellings, a date
cell formatted as a number (shows 45352), month cells holding the 1st as a real date (shown 2024年3月), open and
planned ends (至今 / 在岗 / 2024.12（预计）). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,县区}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
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
from openpyxl.utils.datetime import CALENDAR_MAC_1904

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
EPOCH = dt.date(1899, 12, 30)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def serial(day: dt.date) -> int:
    return (day - EPOCH).days


S1, S2, S3 = "琅岫省第一人民医院", "琅岫省中医院", "澄州市人民医院"
R1, R2, R3, R4, R5 = "青箬县人民医院", "青箬县中医医院", "蒲沚县人民医院", "蒲沚县妇幼保健院", "岚汀县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青箬县"), R2: ("二级", "乙等", "中医医院", "青箬县"),
         R3: ("二级", "甲等", "综合医院", "蒲沚县"), R4: ("二级", "乙等", "妇幼保健院", "蒲沚县"),
         R5: ("二级", "甲等", "综合医院", "岚汀县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19760312", "031"), "gu": ("990301", "19850607", "042"), "fang": ("990302", "19810923", "015"),
    "tang": ("990301", "19790115", "026"), "yu": ("990303", "19880430", "037"),
    "mo": ("990311", "19830819", "048"), "qiao": ("990311", "19901102", "059"), "an": ("990312", "19860214", "063"),
    "xia": ("990321", "19920705", "074"), "rong": ("990321", "19940926", "085"), "su": ("990322", "19911218", "096"),
    "hua": ("990331", "19930322", "017"), "ning": ("990331", "19950810", "028"),
    "ke": ("990341", "19870604", "039"), "lu": ("990341", "19891029", "041"), "ye": ("990342", "19840117", "052"),
    "zhu": ("990351", "19820508", "063"), "cao": ("990351", "19800911", "074"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


FIXED = dt.datetime(2025, 1, 6, 9, 0, 0)


def fix_zip(path):
    """xlsx and ods are zips stamped with the write time (entry times, core.xml's modified, ods meta dates): fix
    them, so the files do not change from run to run."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%S")
    data = Path(path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", stamp.encode(), body)
            zout.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6]), body,
                          compress_type=info.compress_type)


def save(wb, path):
    wb.save(path)
    fix_zip(path)


def csv_text(rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first; 等级 "二级甲等" in one column; 协议签订日期 as real date cells; 支援期限 "2024.3.1-2027.2.28" for
    one pairing, blank (→ the title's 2024—2026年) for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岫省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 8), None), (R2, S2, dt.date(2023, 12, 8), None),
             (R3, S1, dt.date(2024, 1, 16), "2024.3.1-2027.2.28"), (R4, S3, dt.date(2023, 12, 20), None),
             (R5, S3, dt.date(2023, 12, 20), None)]
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
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    save(wb, path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster_mac(path: Path):
    """省一院 roster saved on a Mac: the 1904 date system, 开始日期 / 结束日期 as real date cells; ends 至今 and
    "2024.12（预计）" as text."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省第一人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"])
    people = [("lin", "林望舒", "心血管内科", "主任医师", R1, dt.date(2024, 3, 5), dt.date(2024, 9, 4),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 5), d(2024, 9, 4))),
              ("gu", "顾清和", "普外科", "主治医师", R1, dt.date(2024, 3, 5), "至今",
               dep("普外科", "主治医师", "中级", "医疗", d(2024, 3, 5), None)),
              ("fang", "方知远", "神经内科", "副主任医师", R3, dt.date(2024, 4, 1), "2024.12（预计）",
               dep("神经内科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 12, 31))),
              ("tang", "唐疏桐", "护理部", "主管护师", R3, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key])
    save(wb, path)


def f_s1_trainees_csv(path: Path):
    """省一院 接收进修: CSV UTF-8 (no BOM) exported by a system: 开始日期 as Excel serials (45352), 结束日期 ISO, one
    row the other way round; one row without a start (held)."""
    fn = path.name
    rows = [[f"琅岫省第一人民医院2024年接收受援医院进修人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "派出单位", "进修科室", "开始日期", "结束日期", "是否结业"]]
    people = [("mo", "莫晓川", R1, "心血管内科", str(serial(dt.date(2024, 3, 1))), "2024-08-31", "是",
               d(2024, 3, 1), d(2024, 8, 31), True),
              ("qiao", "乔语默", R1, "普外科", str(serial(dt.date(2024, 3, 15))), "2024-09-14", "是",
               d(2024, 3, 15), d(2024, 9, 14), True),
              ("an", "安子衿", R3, "神经内科", "2024-04-01", str(serial(dt.date(2024, 9, 30))), "否",
               d(2024, 4, 1), d(2024, 9, 30), False)]
    for key, name, rec, dept, s, e, done, sd, ed, donev in people:
        rows.append([name, use_id(key), rec, dept, s, e, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    rows.append(["华映雪", use_id("hua"), R3, "消化内科", "", "2024-12-31", "否"])
    quarantine(fn, None, len(rows), "missing_value", "进修开始日期空白：a trainee stay with no start is not usable")
    path.write_bytes(csv_text(rows).encode("utf-8"))


def f_s2_roster_xls(path: Path):
    """省中医院 roster in .xls: one stay as date-time cells (2024-03-05 00:00:00), one as text with a time
    ("2024/3/5 8:30" — "2024/9/4 17:30"), one ending 在岗."""
    fn, sh = path.name, "派驻名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    dtfmt = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    ws.write(0, 0, f"琅岫省中医院派驻青箬县中医医院人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始", "派驻结束"]):
        ws.write(1, j, h)
    people = [("xia", "夏知秋", "针灸科", "副主任中医师", dt.datetime(2024, 3, 5), dt.datetime(2024, 9, 4),
               dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 5), d(2024, 9, 4))),
              ("rong", "荣安然", "脾胃病科", "主治中医师", "2024/3/5 8:30", "2024/9/4 17:30",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 3, 5), d(2024, 9, 4))),
              ("su", "苏念慈", "康复科", "主治中医师", dt.datetime(2024, 9, 2, 0, 0), "在岗",
               dep("康复科", "主治中医师", "中级", "医疗", d(2024, 9, 2), None))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), dept, title, R2]):
            ws.write(r, j, v)
        for j, v in ((6, s), (7, e)):
            if isinstance(v, dt.datetime):
                ws.write(r, j, v, dtfmt)
            else:
                ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": S2, "recipient_hospital_id": R2},
            ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：医务处")
    wb.save(str(path))


def f_s3_roster_numfmt(path: Path):
    """澄州市人民医院: the date column formatted as a number, so the cells show 45352 (they are dates); ends as
    a number-formatted date, 在岗 and "2024.12（预计）"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄州市人民医院2024年派驻人员情况表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"])
    people = [("ke", "柯远帆", "儿科", "主治医师", R4, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("lu", "陆晴川", "妇产科", "副主任医师", R4, dt.date(2024, 6, 3), "在岗",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 6, 3), None)),
              ("ye", "叶星澜", "检验科", "主管技师", R5, dt.date(2024, 7, 1), "2024.12（预计）",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "0"     # shows 45352
        row("deployments", fn, sh, r, f, {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key])
    save(wb, path)


def f_s1_activities_csv(path: Path):
    """省一院 帮扶活动: CSV UTF-8 with BOM; 日期 "2024/3/5 8:30", "2024-03-05 00:00:00", "20240412", "2024.5.20";
    one row at a township hospital in no pairing list (held)."""
    fn = path.name
    rows = [[f"琅岫省第一人民医院2024年对口帮扶活动记录（{SYN}）", "", "", "", ""],
            ["活动日期", "受援单位", "活动形式", "主题", "参加人数"]]
    acts = [("2024/3/5 8:30", R1, "学术讲座", "高血压规范化管理", 42, d(2024, 3, 5)),
            ("2024-03-05 00:00:00", R3, "教学查房", "脑卒中早期识别", 18, d(2024, 3, 5)),
            ("20240412", R1, "手术示教", "腹腔镜胆囊切除", 9, d(2024, 4, 12)),
            ("2024.5.20", R3, "技术培训", "心肺复苏", 56, d(2024, 5, 20))]
    for when, rec, typ, topic, n, day in acts:
        rows.append([when, rec, typ, topic, n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    rows.append(["2024年6月8日", "青箬县白溆镇卫生院", "义诊", "夏季健康义诊", 120])
    quarantine(fn, None, len(rows), "unresolved_hospital", "青箬县白溆镇卫生院 is in no pairing list")
    path.write_bytes(("\ufeff" + csv_text(rows)).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 县区
def f_r1_techniques(path: Path):
    """青箬县人民医院 新技术: 开展时间 typed as text "2024年3月5日", "2024.4.12", "24.05.20", and a number 20240611."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青箬县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"])
    items = [("冠状动脉造影术", "心内科", "2024年3月5日", 12, "是", d(2024, 3, 5), True),
             ("腹腔镜胆囊切除术", "普外科", "2024.4.12", 25, "否", d(2024, 4, 12), False),
             ("经鼻高流量氧疗", "重症医学科", "24.05.20", 31, "是", d(2024, 5, 20), True),
             ("超声引导下神经阻滞", "麻醉科", 20240611, 40, "否", d(2024, 6, 11), False)]
    for i, (name, dept, when, n, gap, day, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, when, n, gap, S1])
        ws.cell(ws.max_row, 4).number_format = "@" if isinstance(when, str) else "0"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day, cases=n,
                                                    fills_county_gap=gapv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    ws.append(["填报人：医务科", None, None, "填报日期：2025年1月8日"])
    save(wb, path)


def f_r3_activities_march(path: Path):
    """蒲沚县人民医院: March's activities, 日期 "3月5日" etc. with the year only in the title."""
    fn, sh = path.name, "3月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蒲沚县人民医院2024年3月对口帮扶活动登记表（{SYN}）"])
    ws.append(["序号", "日期", "受援单位", "支援单位", "活动形式", "内容", "参加人数"])
    acts = [("3月5日", "学术讲座", "糖尿病足防治", 30, d(2024, 3, 5)),
            ("3月12日", "疑难病例讨论", "不明原因发热", 15, d(2024, 3, 12)),
            ("3月26日", "教学查房", "慢阻肺急性加重", 22, d(2024, 3, 26))]
    for i, (when, typ, topic, n, day) in enumerate(acts, 1):
        ws.append([i, when, R3, S1, typ, topic, n])
        row("activities", fn, sh, ws.max_row, dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    ws.append(["合计", None, None, None, None, None, 67])
    save(wb, path)


def f_r5_monthly(path: Path):
    """岚汀县人民医院 monthly statistics: 月份 cells are real dates on the 1st shown as "2024年1月"."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚汀县人民医院2024年上半年业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [12100 + 180 * m, 930 + 14 * m, 210 + 6 * m, 35 - m]
        ws.append([dt.date(2024, m, 1), *v])
        ws.cell(ws.max_row, 1).number_format = 'yyyy"年"m"月"'
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R5}, ["month"])
    save(wb, path)


def ods_doc(path, sheets):
    """sheets: {name: [row values]}; a value ("date", iso, shown) is a date cell showing ``shown``."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, tuple):
                    c = TableCell(valuetype="date", datevalue=v[1])
                    c.addElement(P(text=v[2]))
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
    fix_zip(path)


def f_r2_monthly_ods(path: Path):
    """青箬县中医医院 (.ods): 统计月份 as date cells on the 1st (shown "2024年7月"), 下转接收 column."""
    fn, sh = path.name, "7-12月"
    rows = [[f"青箬县中医医院2024年7—12月业务统计（{SYN}）"],
            ["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [5200 + 70 * m, 310 + 5 * m, 40 + m, 12 - m // 3, 2 + m % 3]
        rows.append([("date", f"2024-{m:02d}-01", f"2024年{m}月"), *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R2}, ["month"])
    ods_doc(path, {sh: rows})


def f_r4_trainees_gbk(path: Path):
    """蒲沚县妇幼保健院 外出进修: CSV in GBK; 进修起止 as "2024.3.4" / "2024年3月4日" / "2024-9-2"; 结束 至今."""
    fn = path.name
    rows = [[f"蒲沚县妇幼保健院2024年外出进修人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修医院", "科室", "进修开始", "进修结束", "进修费用（元）"]]
    people = [("zhu", "朱映荷", "儿科", "2024.3.4", "2024.9.3", d(2024, 3, 4), d(2024, 9, 3)),
              ("cao", "曹望舒", "产科", "2024年3月4日", "2024年8月30日", d(2024, 3, 4), d(2024, 8, 30)),
              ("ning", "宁采薇", "新生儿科", "2024-9-2", "至今", d(2024, 9, 2), None)]
    for key, name, dept, s, e, sd, ed in people:
        rows.append([name, use_id(key), S3, dept, s, e, "0"])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0),
            {"recipient_hospital_id": R4, "host_hospital_id": S3}, ["start_date", "department"], id_number=ID[key])
    rows.append(["填报人：院办", "", "", "", "", "", ""])
    path.write_bytes(csv_text(rows).encode("gbk"))


def f_r5_assessments(path: Path):
    """岚汀县人民医院 派驻人员月考核: 考核月份 a real date on the 1st shown "2024年7月"; two months stacked."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚汀县人民医院派驻人员月度考核表（{SYN}）"])
    ws.append(["考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    for m, sc in ((7, 95), (8, 92.5)):
        ws.append([dt.date(2024, m, 1), "叶星澜", use_id("ye"), S3, sc, 3, 3])
        ws.cell(ws.max_row, 1).number_format = 'yyyy"年"m"月"'
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=3),
            {"recipient_hospital_id": R5}, ["month"], id_number=ID["ye"])
    save(wb, path)


def f_r3_techniques_xls(path: Path):
    """蒲沚县人民医院 新技术 (.xls): one date cell, one "2024年6月" (month only), one "2024-07-15 00:00:00" text."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="yyyy/m/d")
    ws.write(0, 0, f"蒲沚县人民医院2024年新技术开展登记（{SYN}）")
    for j, h in enumerate(["序号", "新技术名称", "开展科室", "首次开展日期", "开展例数", "填补县域空白"]):
        ws.write(1, j, h)
    items = [("静脉溶栓治疗", "神经内科", dt.date(2024, 4, 18), 14, "是", d(2024, 4, 18), True),
             ("无痛胃肠镜", "消化内科", "2024年6月", 60, "否", d(2024, 6, 1), False),
             ("PICC置管", "护理部", "2024-07-15 00:00:00", 22, "否", d(2024, 7, 15), False)]
    for i, (name, dept, when, n, gap, day, gapv) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, dept]):
            ws.write(r, j, v)
        if isinstance(when, dt.date):
            ws.write(r, 3, when, datefmt)
        else:
            ws.write(r, 3, when)
        ws.write(r, 4, n)
        ws.write(r, 5, gap)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=day, cases=n,
                                               fills_county_gap=gapv),
            {"recipient_hospital_id": R3}, ["name"])
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "县区"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster_mac, "省直", "SYNTHETIC_省一院派驻人员名册（Mac版）.xlsx"),
             (f_s1_trainees_csv, "省直", "SYNTHETIC_省一院接收进修人员（系统导出）.csv"),
             (f_s2_roster_xls, "省直", "SYNTHETIC_省中医院派驻名单.xls"),
             (f_s3_roster_numfmt, "省直", "SYNTHETIC_澄州市人民医院派驻人员2024.xlsx"),
             (f_s1_activities_csv, "省直", "SYNTHETIC_省一院帮扶活动记录2024.csv"),
             (f_r1_techniques, "县区", "SYNTHETIC_青箬县人民医院新技术2024.xlsx"),
             (f_r3_activities_march, "县区", "SYNTHETIC_蒲沚县人民医院帮扶活动3月.xlsx"),
             (f_r5_monthly, "县区", "SYNTHETIC_岚汀县人民医院业务量1-6月.xlsx"),
             (f_r2_monthly_ods, "县区", "SYNTHETIC_青箬县中医医院业务统计7-12月.ods"),
             (f_r4_trainees_gbk, "县区", "SYNTHETIC_蒲沚县妇幼保健院外出进修.csv"),
             (f_r5_assessments, "县区", "SYNTHETIC_岚汀县人民医院派驻人员月考核.xlsx"),
             (f_r3_techniques_xls, "县区", "SYNTHETIC_蒲沚县人民医院新技术.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
