"""realworld65 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜丘省) whose 2024 folder holds files
that straddle the year boundary: a winter rotation 2024-11-01 to 2025-04-30, a trainee 2023-09-01 to 2024-02-29,
monthly statistics from 2023年12月 to 2025年1月, a technique first performed in December 2023 in 2024's list,
activities dated 2025-01-05 in the 2024 ledger, assessments for 2024年12月 and 2025年1月 in one file, titles saying
2024年度 over sheets saying 2025年1月. Real dates are never shifted into the title's or folder's year (the contract's
year and month are calendar values; a freeze selects rows by their own dates). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones).
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


LQ1, LQTCM, TZ = "澜丘省人民医院", "澜丘省中医院", "汀州市人民医院"
WX, WXTCM, SD, FP = "苇溪县人民医院", "苇溪县中医医院", "石埭县人民医院", "枫浦县妇幼保健院"
RECIP = {WX: ("二级", "甲等", "综合医院", "苇溪县"), WXTCM: ("二级", "乙等", "中医医院", "苇溪县"),
         SD: ("二级", "甲等", "综合医院", "石埭县"), FP: ("二级", None, "妇幼保健院", "枫浦县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990401", "19780512", "031"), "gu": ("990401", "19850307", "046"), "ye": ("990402", "19900118", "027"),
    "xia": ("990402", "19820926", "058"), "qiu": ("990403", "19761104", "013"),
    "mo": ("990411", "19870623", "065"), "lan": ("990411", "19910802", "024"),
    "cao": ("990421", "19921015", "037"), "tang": ("990421", "19890214", "042"), "yu": ("990422", "19940305", "069"),
    "fan": ("990431", "19930717", "016"), "ning": ("990431", "19880428", "053"),
    "song": ("990501", "19810210", "072"), "liang": ("990501", "19860905", "035"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int) or places is None:
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as office:date-value cells)."""
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


def write_csv(path: Path, lines, encoding: str, bom: bool = False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """Title period 2023—2025年; 支援期限 given for one pairing only; 协议签订日期 as date cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜丘省城乡医院对口支援关系一览表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(LQ1, WX, dt.date(2022, 12, 20), None), (LQ1, SD, dt.date(2023, 5, 18), "2023-6-1~2026-5-31"),
             (LQTCM, WXTCM, dt.date(2022, 12, 20), None), (TZ, FP, dt.date(2022, 12, 28), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2023, 6, 1), d(2026, 5, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (LQ1, LQTCM, TZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
def f_lq1_roster(path: Path):
    """省人民医院 2024 roster (xlsx): date cells; a winter rotation 2024-11-01~2025-04-30; a person deployed
    2023-12-01~2024-05-31 (began in the previous year); one ID with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜丘省人民医院2024年度对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期", "备注"])
    wrong = ID["gu"][:17] + ("0" if ID["gu"][17] != "0" else "1")
    people = [("lin", "林照川", None, "心血管内科", "主任医师", WX, dt.date(2023, 12, 1), dt.date(2024, 5, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2023, 12, 1), d(2024, 5, 31)), "跨年度"),
              ("gu", "顾南星", wrong, "呼吸内科", "副主任医师", WX, dt.date(2024, 11, 1), dt.date(2025, 4, 30),
               dep("呼吸内科", "副主任医师", "副高级", "医疗", d(2024, 11, 1), d(2025, 4, 30)), "冬季轮换"),
              ("ye", "叶知秋", None, "重症医学科", "主治医师", SD, dt.date(2024, 11, 1), dt.date(2025, 4, 30),
               dep("重症医学科", "主治医师", "中级", "医疗", d(2024, 11, 1), d(2025, 4, 30)), "冬季轮换"),
              ("xia", "夏听澜", None, "护理部", "主管护师", SD, dt.date(2024, 5, 6), dt.date(2024, 11, 5),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 5, 6), d(2024, 11, 5)), None)]
    for i, (key, name, sp, dept, title, rec, s, e, f, note) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, rec, s, e, note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": LQ1, "recipient_hospital_id": rec},
            ["start_date"], id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["制表：医务处", None, None, None, None, "填报日期：2025年1月8日"])
    wb.save(path)


def f_lqtcm_xls(path: Path):
    """省中医院 (xls): 派驻时间 in one text cell "2024年11月1日至2025年4月30日" and "2024.12—2025.05" (months: the
    1st to the last day); the recipient in the title only; one person without an ID number."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜丘省中医院2024年派驻苇溪县中医医院人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "派驻时间"]):
        ws.write(1, j, h)
    people = [("mo", "莫云舒", "针灸推拿科", "副主任中医师", "2024年11月1日至2025年4月30日",
               dep("针灸推拿科", "副主任中医师", "副高级", "医疗", d(2024, 11, 1), d(2025, 4, 30))),
              ("lan", "蓝若溪", "脾胃病科", "主治中医师", "2024.12—2025.05",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 12, 1), d(2025, 5, 31))),
              (None, "韩思远", "骨伤科", "主治中医师", "2024年3月1日至2024年8月31日",
               dep("骨伤科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, dept, title, period, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key) if key else "", dept, title, period]):
            ws.write(1 + i, j, v)
        r = 2 + i
        row("deployments", fn, sh, r, f, {"support_hospital_id": LQTCM, "recipient_hospital_id": WXTCM},
            ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    wb.save(str(path))


def f_tz_roster_csv(path: Path):
    """汀州市人民医院 (CSV, UTF-8): dates "2024/11/1" and "2025/4/30"; one person 2023-10-08~2024-04-07."""
    fn = path.name
    lines = [[f"汀州市人民医院2024年派驻人员（{SYN}）", "", "", "", "", "", ""],
             ["姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"]]
    people = [("song", "宋清和", "妇产科", "副主任医师", "2024/11/1", "2025/4/30",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 11, 1), d(2025, 4, 30))),
              ("liang", "梁映雪", "儿科", "主治医师", "2023/10/8", "2024/4/7",
               dep("儿科", "主治医师", "中级", "医疗", d(2023, 10, 8), d(2024, 4, 7)))]
    for key, name, dept, title, s, e, f in people:
        lines.append([name, use_id(key), dept, title, FP, s, e])
        row("deployments", fn, None, len(lines), f, {"support_hospital_id": TZ, "recipient_hospital_id": FP},
            ["start_date"], id_number=ID[key])
    write_csv(path, lines, "utf-8")


# ------------------------------------------------------------------------------------------- trainees
def f_wx_trainees_gbk(path: Path):
    """苇溪县人民医院 (CSV, GBK): 2024年度 list holding a trainee 2023年9月1日至2024年2月29日 (leap day) and one
    2024.9.1-2025.2.28."""
    fn = path.name
    lines = [[f"苇溪县人民医院2024年度外出进修人员情况表（{SYN}）", "", "", "", "", ""],
             ["姓名", "身份证号", "进修科室", "进修医院", "进修起止时间", "是否结业"]]
    people = [("cao", "曹语桐", "心血管内科", "2023年9月1日至2024年2月29日", "是", d(2023, 9, 1), d(2024, 2, 29), True),
              ("tang", "唐砚秋", "呼吸内科", "2024年3月1日至2024年8月31日", "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("yu", "俞晚晴", "重症医学科", "2024.9.1-2025.2.28", "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    for key, name, dept, period, done, s, e, donev in people:
        lines.append([name, use_id(key), dept, LQ1, period, done])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=s, end_date=e, completed=donev),
            {"recipient_hospital_id": WX, "host_hospital_id": LQ1}, ["start_date"], id_number=ID[key])
    lines.append(["填报人：科教科", "", "", "", "", ""])
    write_csv(path, lines, "gbk")


def f_sd_trainees_ods(path: Path):
    """石埭县人民医院 (ods): date cells, one end in 2025; a 15-digit ID number."""
    fn, sh = path.name, "进修人员"
    n = ID["ning"]
    fifteen = n[:6] + n[8:14] + n[14:17]
    rows = [[f"石埭县人民医院2024年赴澜丘省人民医院进修人员登记（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修科室", "进修单位", "开始时间", "结束时间", "进修费（元）"]]
    people = [("fan", "范初晴", None, "麻醉科", dt.date(2024, 10, 8), dt.date(2025, 1, 7), 4500),
              ("ning", "宁修远", fifteen, "检验科", dt.date(2024, 12, 2), dt.date(2025, 5, 30), 6000)]
    for i, (key, name, sp, dept, s, e, fee) in enumerate(people, 1):
        rows.append([i, name, use_id(key, sp), dept, LQ1, s, e, fee])
        r = len(rows)
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=float(fee)),
            {"recipient_hospital_id": SD, "host_hospital_id": LQ1}, ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, r, "ID_15_DIGIT")
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- techniques
def f_wx_techniques_xlsx(path: Path):
    """苇溪县人民医院 2024 list (xlsx): a technique first performed 2023-12-18 (date cell), one "2023年12月" (text),
    one 2024-03-10; 例数 "约20例" (→ empty + finding)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇溪县人民医院2024年度新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2023, 12, 18), 36, "是", d(2023, 12, 18), 36, True),
             ("无创呼吸机序贯治疗", "呼吸内科", "2023年12月", "约20例", "否", d(2023, 12, 1), None, False),
             ("床旁纤维支气管镜检查", "呼吸内科", dt.date(2024, 3, 10), 15, "是", d(2024, 3, 10), 15, True)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, when, cases, gap, LQ1])
        r = ws.max_row
        if isinstance(when, dt.date):
            ws.cell(r, 4).number_format = "yyyy年m月d日"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                           fills_county_gap=gapv),
            {"recipient_hospital_id": WX, "support_hospital_id": LQ1}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_sd_techniques_xls(path: Path):
    """石埭县人民医院 (xls): date cells; one technique performed 2025-01-08, sent in the 2024 list."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"石埭县人民医院2024年新技术新业务统计表（{SYN}）")
    for j, h in enumerate(["序号", "新技术名称", "科室", "开展日期", "例数", "填补县域空白", "帮扶医院"]):
        ws.write(1, j, h)
    items = [("床旁血液净化", "重症医学科", dt.date(2024, 11, 20), 9, "是", True),
             ("经皮气管切开术", "重症医学科", dt.date(2025, 1, 8), 2, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        for j, v in enumerate([i, name, dept, day, cases, gap, LQ1]):
            if isinstance(v, dt.date):
                ws.write(1 + i, j, dt.datetime(v.year, v.month, v.day), date_style)
            else:
                ws.write(1 + i, j, v)
        row("techniques", fn, sh, 2 + i, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                               cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": SD, "support_hospital_id": LQ1}, ["name"])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- activities
def f_tz_activities_xlsx(path: Path):
    """汀州市人民医院 2024 ledger (xlsx, title 2024年度): date cells 2024-12-28 and 2025-01-05, a text date
    "2025年1月12日"; "约40人" (→ empty + finding)."""
    fn, sh = path.name, "2024年度台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀州市人民医院2024年度对口帮扶活动台账（{SYN}）"])
    ws.append(["序号", "活动日期", "受援单位", "活动类型", "活动主题", "参加人数"])
    acts = [(dt.date(2024, 6, 14), "学术讲座", "妊娠期糖尿病管理", 45, 45),
            (dt.date(2024, 12, 28), "教学查房", "新生儿黄疸查房", 18, 18),
            (dt.date(2025, 1, 5), "手术示教", "腹腔镜下附件手术", "约40人", None),
            ("2025年1月12日", "疑难病例讨论", "产后出血病例讨论", 22, 22)]
    for i, (day, typ, topic, n, nv) in enumerate(acts, 1):
        ws.append([i, day, FP, typ, topic, n])
        r = ws.max_row
        if isinstance(day, dt.date):
            ws.cell(r, 2).number_format = "yyyy/m/d"
            iso = day.isoformat()
        else:
            iso = d(2025, 1, 12)
        row("activities", fn, sh, r, dict(activity_date=iso, activity_type=typ, participants=nv),
            {"recipient_hospital_id": FP, "support_hospital_id": TZ}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_lq1_activities_csv(path: Path):
    """省人民医院 (CSV, UTF-8 with BOM): dates "2023/12/29", "2024/12/30", "2025/1/5"; two recipients."""
    fn = path.name
    lines = [[f"澜丘省人民医院2024年带教培训活动登记（{SYN}）", "", "", "", ""],
             ["日期", "受援医院", "活动形式", "内容", "参加人数"]]
    acts = [("2023/12/29", d(2023, 12, 29), WX, "学术讲座", "慢阻肺急性加重的处理", 60),
            ("2024/7/16", d(2024, 7, 16), SD, "技术培训", "中心静脉置管培训", 25),
            ("2024/12/30", d(2024, 12, 30), WX, "远程会诊", "疑难心衰会诊", 6),
            ("2025/1/5", d(2025, 1, 5), SD, "教学查房", "脓毒症休克查房", 14)]
    for text, iso, rec, typ, topic, n in acts:
        lines.append([text, rec, typ, topic, n])
        row("activities", fn, None, len(lines), dict(activity_date=iso, activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": LQ1}, ["activity_date"])
    write_csv(path, lines, "utf-8", bom=True)


# ------------------------------------------------------------------------------------------- monthly statistics
def wx_month_values(y, m):
    k = (y - 2023) * 12 + m
    return [14100 + 137 * k, 1020 + 11 * k, 231 + 3 * k, 52 - k]


def f_wx_monthly_sheets(path: Path):
    """苇溪县人民医院 (xlsx): one sheet per month from 2023年12月 to 2025年1月 (sent late), each titled
    "…2024年度…"; the month only in the sheet name."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    months = [(2023, 12)] + [(2024, m) for m in range(1, 13)] + [(2025, 1)]
    for y, m in months:
        sh = f"{y}年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"苇溪县人民医院2024年度主要业务量月报（{SYN}）"])
        ws.merge_cells("A1:D1")
        ws.append(["门急诊人次", "出院人数", "手术台次", "转出人次"])
        v = wx_month_values(y, m)
        ws.append(v)
        row("hospital_monthly_stats", fn, sh, 3, dict(year=y, month=m, outpatient_visits=v[0], discharges=v[1],
                                                       surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": WX}, ["year", "month"])
    wb.save(path)


def f_sd_monthly_gbk(path: Path):
    """石埭县人民医院 (CSV, GBK): a 2024 file whose 月份 column runs 2024年10月 … 2025年1月."""
    fn = path.name
    lines = [[f"石埭县人民医院2024年业务量统计（{SYN}）", "", "", "", ""],
             ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for y, m in ((2024, 10), (2024, 11), (2024, 12), (2025, 1)):
        v = [9800 + 41 * m + 300 * (y - 2024), 702 + 5 * m, 166 + m, 21 - m // 3]
        lines.append([f"{y}年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(lines), dict(year=y, month=m, outpatient_visits=v[0],
                                                                  discharges=v[1], surgeries=v[2],
                                                                  referrals_out=v[3]),
            {"recipient_hospital_id": SD}, ["year", "month"])
    write_csv(path, lines, "gbk")


def f_fp_monthly_ods(path: Path):
    """枫浦县妇幼保健院 (ods): months as columns 2024年11月 | 2024年12月 | 2025年1月 under a 2024 title."""
    fn, sh = path.name, "月报"
    cols = [(2024, 11), (2024, 12), (2025, 1)]
    vals = {(2024, 11): [5210, 388, 97, 9], (2024, 12): [5034, 402, 101, 7], (2025, 1): [4870, 371, 88, 8]}
    rows = [[f"枫浦县妇幼保健院2024年业务量月报（{SYN}）"], ["指标", *[f"{y}年{m}月" for y, m in cols]]]
    for j, label in enumerate(["门急诊人次", "出院人数", "手术台次", "外转人次"]):
        rows.append([label, *[vals[c][j] for c in cols]])
    for y, m in cols:
        v = vals[(y, m)]
        row("hospital_monthly_stats", fn, sh, None, dict(year=y, month=m, outpatient_visits=v[0], discharges=v[1],
                                                          surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FP}, ["year", "month"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- assessments
def f_wx_assessments_xlsx(path: Path):
    """苇溪县人民医院 (xlsx): sheets 2024年12月 and 2025年1月, both titled "2024年度派驻人员月度考核表"."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("gu", "顾南星")]
    for (y, m), scores in (((2024, 12), [95.5]), ((2025, 1), [93])):
        sh = f"{y}年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"苇溪县人民医院2024年度派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查(次)", "在岗(次)"])
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            ws.append([i, name, use_id(key), LQ1, sc, 4, 4])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=y, month=m, score=float(sc), spot_checks=4, spot_checks_present=4),
                {"recipient_hospital_id": WX}, ["year", "month"], id_number=ID[key])
        ws.append(["考核人：医务科"])
    wb.save(path)


def f_sd_assessments_xls(path: Path):
    """石埭县人民医院 (xls): one sheet, 考核年度 and 考核月份 columns (2024 | 11, 2024 | 12, 2025 | 1)."""
    fn, sh = path.name, "考核汇总"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石埭县人民医院派驻人员月度考核汇总（2024年度）{SYN}")
    for j, h in enumerate(["姓名", "身份证号", "派出单位", "考核年度", "考核月份", "考核得分"]):
        ws.write(1, j, h)
    items = [("ye", "叶知秋", 2024, 11, 92), ("ye", "叶知秋", 2024, 12, 94), ("ye", "叶知秋", 2025, 1, 96),
             ("xia", "夏听澜", 2024, 10, 90)]
    for i, (key, name, y, m, sc) in enumerate(items, 1):
        for j, v in enumerate([name, use_id(key), LQ1, y, m, sc]):
            ws.write(1 + i, j, v)
        row("staff_monthly_assessments", fn, sh, 2 + i, dict(year=y, month=m, score=float(sc)),
            {"recipient_hospital_id": SD}, ["year", "month"], id_number=ID[key])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- county statistics
def f_county_ods(path: Path):
    """省卫健委 clerk (ods): a 2024 title over rows for 2023 and 2024 (年度 column)."""
    fn, sh = path.name, "县域住院"
    rows = [[f"2024年各县县域住院流向统计（{SYN}）"],
            ["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, data in (("苇溪县", "999401", ((2023, 41230, 7120), (2024, 42018, 6655))),
                               ("石埭县", "999402", ((2023, 30115, 6402), (2024, 30877, 6013))),
                               ("枫浦县", "999501", ((2023, 22340, 5011), (2024, 22912, 4790)))):
        for y, tot, out in data:
            rows.append([county, code, y, tot, out])
            row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=y, resident_admissions=tot,
                                                                   resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜丘省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_lq1_roster, "SYNTHETIC_省人民医院2024年派驻人员名册.xlsx"),
             (f_lqtcm_xls, "SYNTHETIC_省中医院派驻名单2024.xls"),
             (f_tz_roster_csv, "SYNTHETIC_汀州市人民医院派驻人员2024.csv"),
             (f_wx_trainees_gbk, "SYNTHETIC_苇溪县人民医院进修人员2024年度.csv"),
             (f_sd_trainees_ods, "SYNTHETIC_石埭县人民医院进修登记2024.ods"),
             (f_wx_techniques_xlsx, "SYNTHETIC_苇溪县人民医院新技术2024.xlsx"),
             (f_sd_techniques_xls, "SYNTHETIC_石埭县新技术新业务2024.xls"),
             (f_tz_activities_xlsx, "SYNTHETIC_汀州市人民医院帮扶活动台账2024.xlsx"),
             (f_lq1_activities_csv, "SYNTHETIC_省人民医院带教培训活动2024.csv"),
             (f_wx_monthly_sheets, "SYNTHETIC_苇溪县人民医院业务量月报2024年度.xlsx"),
             (f_sd_monthly_gbk, "SYNTHETIC_石埭县人民医院业务量2024.csv"),
             (f_fp_monthly_ods, "SYNTHETIC_枫浦县妇幼保健院月报2024.ods"),
             (f_wx_assessments_xlsx, "SYNTHETIC_苇溪县派驻人员考核2024年度.xlsx"),
             (f_sd_assessments_xls, "SYNTHETIC_石埭县派驻人员考核汇总2024.xls"),
             (f_county_ods, "SYNTHETIC_县域住院流向2024.ods")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
