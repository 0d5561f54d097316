"""realworld60 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岚省) for 2024, focused on dates as
different office software writes them: Mac Excel's 1904 date system, LibreOffice .ods date cells and text dates,
xlwt date styles, dates typed as text in many spellings, Excel serial numbers stored as text, English month
names in a CSV export, full-width digits. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,枫桥县,石渠县,汀州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in
truth.json). Written without reading the tool's parser.
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
from openpyxl.utils.datetime import CALENDAR_MAC_1904

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
WEEK = "一二三四五六日"
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


SP, STCM, TC = "澄岚省人民医院", "澄岚省中医院", "汀州市中心医院"
FQ, FQTCM, SQ, SQMCH, BS = "枫桥县人民医院", "枫桥县中医医院", "石渠县人民医院", "石渠县妇幼保健院", "白沙县人民医院"
RECIP = {FQ: ("二级", "甲等", "综合医院", "枫桥县"), FQTCM: ("二级", "甲等", "中医医院", "枫桥县"),
         SQ: ("二级", "乙等", "综合医院", "石渠县"), SQMCH: ("二级", None, "妇幼保健院", "石渠县"),
         BS: ("二级", "甲等", "综合医院", "白沙县")}

ID = {k: idn(*v) for k, v in {
    "zhou": ("990601", "19760212", "013"), "lin": ("990601", "19850430", "022"), "gao": ("990602", "19790818", "031"),
    "tang": ("990601", "19870105", "046"), "chen": ("990603", "19840609", "057"), "song": ("990603", "19770321", "018"),
    "wu": ("990604", "19890727", "029"), "xu": ("990602", "19740514", "035"), "qian": ("990602", "19860923", "064"),
    "fang": ("990611", "19920116", "072"), "lu": ("990611", "19930304", "081"), "yan": ("990611", "19901111", "093"),
    "meng": ("990611", "19941208", "024"), "tian": ("990612", "19910622", "036"), "gu": ("990612", "19880810", "047"),
    "shi": ("990612", "19950219", "058"), "pan": ("990621", "19901030", "069"), "xia": ("990621", "19920418", "071"),
    "jin": ("990621", "19870907", "082"), "cao": ("990621", "19930125", "093"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def cn_date(day: dt.date, weekday=False) -> str:
    s = f"{day.year}年{day.month}月{day.day}日"
    return s + f"（星期{WEEK[day.weekday()]}）" if weekday else s


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods as LibreOffice writes it (odfpy). A value ("date", iso, shown) is
    a date cell (office:date-value) shown as ``shown``; str a text cell; int/float a number cell."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, tuple) and v[0] == "date":
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


def mac_workbook():
    """A workbook as Mac Excel saves it with “Use 1904 date system” ticked: every date cell's serial counts from
    1904-01-01 (openpyxl writes <workbookPr date1904="1"/> and converts with that epoch)."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    return wb


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岚省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(SP, FQ, dt.date(2023, 12, 18), None), (STCM, FQTCM, dt.date(2023, 12, 18), None),
             (SP, SQ, dt.date(2023, 12, 18), None), (TC, SQMCH, dt.date(2024, 1, 5), None),
             (TC, BS, dt.date(2024, 1, 5), "2024-1-1~2026-12-31")]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period" if per else "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP, STCM, TC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_sp_roster_mac(path: Path):
    """省人民医院 roster saved by Mac Excel (1904 date system): 派驻开始 / 派驻结束 are real date cells shown
    yyyy-mm-dd and yyyy"年"m"月"d"日"; one ID with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = mac_workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚省人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.append([f"填报单位：{SP}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始", "派驻结束"])
    wrong = ID["lin"][:17] + ("1" if ID["lin"][17] != "1" else "2")
    people = [("zhou", "周明澈", None, "心血管内科", "主任医师", FQ, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               ("正高级", "医疗")),
              ("lin", "林书瑶", wrong, "护理部", "主管护师", FQ, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               ("中级", "护理")),
              ("gao", "高远征", None, "骨科", "副主任医师", SQ, dt.date(2024, 9, 2), dt.date(2025, 3, 1), ("副高级", "医疗")),
              ("tang", "唐若溪", None, "检验科", "主管技师", FQ, dt.date(2024, 4, 15), dt.date(2024, 10, 14),
               ("中级", "医技"))]
    for i, (key, name, sp, dept, title, rec, s, e, (rank, cat)) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = "yyyy-mm-dd"
        ws.cell(r, 8).number_format = 'yyyy"年"m"月"d"日"'
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": SP, "recipient_hospital_id": rec}, ["start_date"], id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    wb.save(path)


def f_stcm_roster_ods(path: Path):
    """省中医院 roster from LibreOffice (.ods): some dates are date cells (office:date-value, one with a time part
    T00:00:00 as LibreOffice writes a date-time cell), others typed as text "2024年3月4日" / "2024.09.03" /
    "2024-03-04"; one 15-digit ID."""
    fn, sh = path.name, "派驻名单"
    j = ID["song"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    rows = [[f"澄岚省中医院派驻人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻开始", "派驻结束"]]
    people = [("chen", "陈望舒", None, "针灸科", "主治中医师", ("date", "2024-03-04", "2024-03-04"),
               ("date", "2024-09-03T00:00:00", "2024-09-03 00:00"), d(2024, 3, 4), d(2024, 9, 3), "中级", "医疗"),
              ("song", "宋知微", fifteen, "推拿科", "副主任中医师", "2024年3月4日", "2024.09.03", d(2024, 3, 4),
               d(2024, 9, 3), "副高级", "医疗"),
              ("wu", "吴清和", None, "药剂科", "主管药师", "2024-03-04", ("date", "2024-12-31", "2024年12月31日"),
               d(2024, 3, 4), d(2024, 12, 31), "中级", "药学")]
    for i, (key, name, sp, dept, title, s, e, sd, ed, rank, cat) in enumerate(people, 1):
        rows.append([i, name, use_id(key, sp), dept, title, FQTCM, s, e])
        row("deployments", fn, sh, len(rows), dep(dept, title, rank, cat, sd, ed),
            {"support_hospital_id": STCM, "recipient_hospital_id": FQTCM}, ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, len(rows), "ID_15_DIGIT")
    ods_doc(path, {sh: rows})


def f_sp_roster_xls(path: Path):
    """省人民医院 → 石渠 (.xls from xlwt): dates are date cells with styles YYYY-MM-DD, YYYY"年"M"月"D"日" and
    M/D/YYYY (a date cell, so the order is not in doubt); one person without an ID number."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    iso = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    cn = xlwt.easyxf(num_format_str='YYYY"年"M"月"D"日"')
    us = xlwt.easyxf(num_format_str="M/D/YYYY")
    ws.write(0, 0, f"澄岚省人民医院派驻石渠县人民医院人员（{SYN}）")
    for c, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期"]):
        ws.write(1, c, h)
    people = [("xu", "许晨光", "普外科", "副主任医师", dt.date(2024, 1, 8), iso, dt.date(2024, 7, 7), cn, "副高级"),
              (None, "何以宁", "麻醉科", "主治医师", dt.date(2024, 1, 8), cn, dt.date(2024, 7, 7), iso, "中级"),
              ("qian", "钱沐阳", "影像科", "主治医师", dt.date(2024, 9, 2), us, dt.date(2025, 3, 1), us, "中级")]
    for i, (key, name, dept, title, s, ss, e, es, rank) in enumerate(people, 1):
        r = 1 + i
        for c, v in enumerate([i, name, use_id(key) if key else "", dept, title]):
            ws.write(r, c, v)
        ws.write(r, 5, s, ss)
        ws.write(r, 6, e, es)
        row("deployments", fn, sh, r + 1, dep(dept, title, rank, "医疗", s.isoformat(), e.isoformat()),
            {"support_hospital_id": SP, "recipient_hospital_id": SQ}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    wb.save(str(path))


def f_sp_activities_xls(path: Path):
    """省人民医院 activities at 枫桥 (.xls): date cells styled yyyy/m/d, and dates typed as text "2024年6月3日",
    "2024.07.12", an Excel serial stored as text ("45474" = 2024-07-01)."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ymd = xlwt.easyxf(num_format_str="yyyy/m/d")
    ws.write(0, 0, f"澄岚省人民医院2024年对口帮扶活动登记表（{SYN}）")
    for c, h in enumerate(["日期", "受援医院", "活动形式", "主题", "参加人数"]):
        ws.write(1, c, h)
    acts = [(dt.date(2024, 3, 15), "学术讲座", "高血压规范化管理", 45),
            ("2024年6月3日", "教学查房", "心衰患者查房", 18),
            ("2024.07.12", "手术示教", "腹腔镜胆囊切除术", 9),
            ("45474", "疑难病例讨论", "不明原因发热", 15),
            (dt.date(2024, 10, 9), "技术培训", "心肺复苏培训", 60)]
    truth_days = [d(2024, 3, 15), d(2024, 6, 3), d(2024, 7, 12), d(2024, 7, 1), d(2024, 10, 9)]
    for i, ((day, typ, topic, n), td) in enumerate(zip(acts, truth_days)):
        r = 2 + i
        if isinstance(day, dt.date):
            ws.write(r, 0, day, ymd)
        else:
            ws.write(r, 0, day)
        for c, v in enumerate([FQ, typ, topic, n], 1):
            ws.write(r, c, v)
        row("activities", fn, sh, r + 1, dict(activity_date=td, activity_type=typ, participants=n),
            {"recipient_hospital_id": FQ, "support_hospital_id": SP}, ["activity_date"])
    wb.save(str(path))


def f_county_csv(path: Path):
    """县域住院流向 CSV (UTF-8 with BOM): 年度 written "2023年度" / "2024年"."""
    fn = path.name
    rows = [[f"各县县域住院流向（{SYN}）", "", "", "", ""],
            ["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, y, a, b in (("枫桥县", "990601", "2023年度", 30211, 5904), ("枫桥县", "990601", "2024年", 31020, 5533),
                                  ("石渠县", "990602", "2023年度", 22450, 4871), ("石渠县", "990602", "2024年", 23114, 4402)):
        rows.append([county, code, y, a, b])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=int(y[:4]),
                                                                resident_admissions=a,
                                                                resident_admissions_outside_county=b),
            {}, ["county_code", "year"])
    write_csv(path, rows, "utf-8", bom=True)


# ------------------------------------------------------------------------------------------- 枫桥县
def f_fq_trainees_csv(path: Path):
    """枫桥县人民医院 trainees, CSV UTF-8: dates typed "2024/3/1", "2024-03-01", "20240301",
    "2024年3月1日（星期五）"."""
    fn = path.name
    rows = [[f"枫桥县人民医院2024年赴支援医院进修人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "是否结业"]]
    s, e = dt.date(2024, 3, 1), dt.date(2024, 8, 31)
    people = [("fang", "方一帆", "内科", "2024/3/1", "2024/8/31", "是", True),
              ("lu", "陆采薇", "外科", "2024-03-01", "2024-08-31", "是", True),
              ("yan", "严子期", "急诊科", "20240301", "20240831", "否", False),
              ("meng", "孟清越", "儿科", cn_date(s, True), cn_date(e, True), "是", True)]
    for key, name, dept, ss, es, done, donev in people:
        rows.append([name, use_id(key), dept, SP, ss, es, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                   completed=donev),
            {"recipient_hospital_id": FQ, "host_hospital_id": SP}, ["start_date", "department"], id_number=ID[key])
    write_csv(path, rows, "utf-8")


def f_fqtcm_trainees_csv(path: Path):
    """枫桥县中医医院 trainees, CSV in GBK: "2024.03.04", full-width "２０２４年３月４日", a time of day
    "2024-03-04 08:30:00"."""
    fn = path.name
    rows = [[f"枫桥县中医医院进修人员登记（{SYN}）", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修单位", "进修开始", "进修结束"]]
    people = [("tian", "田野", "骨伤科", "2024.03.04", "2024.09.03"),
              ("gu", "顾念", "针灸科", cn_date(dt.date(2024, 3, 4)).translate(FULL),
               cn_date(dt.date(2024, 9, 3)).translate(FULL)),
              ("shi", "石磊落", "康复科", "2024-03-04 08:30:00", "2024-09-03 17:30:00")]
    for key, name, dept, ss, es in people:
        rows.append([name, use_id(key), dept, STCM, ss, es])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=d(2024, 3, 4), end_date=d(2024, 9, 3)),
            {"recipient_hospital_id": FQTCM, "host_hospital_id": STCM}, ["start_date", "department"],
            id_number=ID[key])
    write_csv(path, rows, "gbk")


def f_fq_techniques_ods(path: Path):
    """枫桥县人民医院 new techniques (.ods): 首次开展日期 as date cells (one shown "2024年4月10日" with value
    2024-04-10T00:00:00) and as text "2024年5月20日", "2024-07-08"."""
    fn, sh = path.name, "新技术"
    rows = [[f"枫桥县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"]]
    items = [("冠状动脉造影术", "心内科", ("date", "2024-04-10T00:00:00", "2024年4月10日"), d(2024, 4, 10), 12, "是", True),
             ("无痛胃肠镜", "消化内科", "2024年5月20日", d(2024, 5, 20), 86, "否", False),
             ("经皮椎体成形术", "骨科", "2024-07-08", d(2024, 7, 8), 5, "是", True),
             ("床旁超声引导穿刺", "急诊科", ("date", "2024-09-23", "2024/9/23"), d(2024, 9, 23), 31, "否", False)]
    for i, (name, dept, when, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, SP])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": FQ, "support_hospital_id": SP}, ["name"])
    ods_doc(path, {sh: rows})


def f_fq_monthly_mac(path: Path):
    """枫桥县人民医院 monthly workload, Mac Excel 1904: 月份 is a real date cell (the 1st) shown yyyy"年"m"月"."""
    fn, sh = path.name, "业务量"
    wb = mac_workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫桥县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [14100 + 230 * m, 1010 + 13 * m, 240 + 4 * m, 38 - m]
        ws.append([dt.date(2024, m, 1), *v])
        ws.cell(ws.max_row, 1).number_format = 'yyyy"年"m"月"'
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FQ}, ["month"])
    wb.save(path)


def f_fq_assessments_xls(path: Path):
    """枫桥县人民医院 monthly assessments (.xls): 考核月份 a date cell styled yyyy-mm, or typed "2024年6月"."""
    fn, sh = path.name, "考核"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ym = xlwt.easyxf(num_format_str="yyyy-mm")
    ws.write(0, 0, f"枫桥县人民医院派驻人员月度考核（{SYN}）")
    for c, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核分数"]):
        ws.write(1, c, h)
    items = [("zhou", "周明澈", 5, 95), ("tang", "唐若溪", 5, 92.5), ("zhou", "周明澈", 6, 96), ("tang", "唐若溪", 6, 90)]
    for i, (key, name, m, sc) in enumerate(items, 1):
        r = 1 + i
        for c, v in enumerate([i, name, use_id(key), SP]):
            ws.write(r, c, v)
        if m == 5:
            ws.write(r, 4, dt.date(2024, m, 1), ym)
        else:
            ws.write(r, 4, f"2024年{m}月")
        ws.write(r, 5, sc)
        row("staff_monthly_assessments", fn, sh, r + 1, dict(year=2024, month=m, score=float(sc)),
            {"recipient_hospital_id": FQ}, ["month"], id_number=ID[key])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 石渠县
def f_sq_trainees_xlsx(path: Path):
    """石渠县人民医院 trainees (.xlsx): an Excel serial stored as text ('45352'), an ISO date-time
    "2024-03-01T00:00:00", a date cell shown yyyy"年"m"月"d"日", text "2024年9月1日"."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石渠县人民医院进修人员名单（{SYN}）"])
    ws.append(["姓名", "身份证号", "科室", "进修医院", "进修开始", "进修结束", "结业"])
    people = [("pan", "潘若水", "内科", "45352", "45535", d(2024, 3, 1), d(2024, 8, 31), "是", True),
              ("xia", "夏知秋", "妇产科", "2024-03-01T00:00:00", "2024-08-31T00:00:00", d(2024, 3, 1), d(2024, 8, 31),
               "是", True),
              ("jin", "金石开", "麻醉科", dt.date(2024, 9, 1), dt.date(2025, 2, 28), d(2024, 9, 1), d(2025, 2, 28), "否",
               False),
              ("cao", "曹一苇", "检验科", "2024年9月1日", "2025年2月28日", d(2024, 9, 1), d(2025, 2, 28), "否", False)]
    for name_key, name, dept, s, e, sd, ed, done, donev in people:
        ws.append([name, use_id(name_key), dept, SP, s, e, done])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        for c in (5, 6):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = 'yyyy"年"m"月"d"日"'
            else:
                ws.cell(r, c).number_format = "@"
        row("trainees", fn, sh, r, dict(department=dept, start_date=sd, end_date=ed, completed=donev),
            {"recipient_hospital_id": SQ, "host_hospital_id": SP}, ["start_date", "department"], id_number=ID[name_key])
    wb.save(path)


def f_sq_techniques_mac(path: Path):
    """石渠县人民医院 new techniques, Mac Excel 1904: 开展日期 date cells, one typed "2024/6/18"; 例数 "约40例"."""
    fn, sh = path.name, "新技术"
    wb = mac_workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石渠县人民医院新技术新业务开展情况（{SYN}）"])
    ws.append(["项目名称", "科室", "开展日期", "例数", "是否填补县域空白", "支援医院"])
    items = [("胸腔镜肺叶切除术", "胸外科", dt.date(2024, 2, 29), 6, 6, "是", True),
             ("血液透析", "肾内科", "2024/6/18", 140, 140, "否", False),
             ("宫腔镜检查", "妇科", dt.date(2024, 11, 4), "约40例", None, "是", True)]
    for name, dept, when, cases, casesv, gap, gapv in items:
        ws.append([name, dept, when, cases, gap, SP])
        if isinstance(when, dt.date):
            ws.cell(ws.max_row, 3).number_format = "yyyy-mm-dd"
        day = when.isoformat() if isinstance(when, dt.date) else d(2024, 6, 18)
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                    fills_county_gap=gapv),
            {"recipient_hospital_id": SQ, "support_hospital_id": SP}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_sqmch_monthly_csv(path: Path):
    """石渠县妇幼保健院 monthly workload, CSV in GBK: 月份 typed "2024-07", "2024/8", "2024.09", "2024.10" (text:
    October), "2024年11月", full-width "２０２４年１２月"."""
    fn = path.name
    rows = [[f"石渠县妇幼保健院2024年下半年业务量（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    spelled = {7: "2024-07", 8: "2024/8", 9: "2024.09", 10: "2024.10", 11: "2024年11月", 12: "２０２４年１２月"}
    for m, s in spelled.items():
        v = [5200 + 80 * m, 330 + 5 * m, 70 + m, 20 - m]
        rows.append([s, *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SQMCH}, ["month"])
    write_csv(path, rows, "gbk")


def f_sq_assessments_ods(path: Path):
    """石渠县人民医院 assessments (.ods): 考核年月 typed "2024.10", "2024-11", and a date cell shown "2024年12月"."""
    fn, sh = path.name, "月考核"
    rows = [[f"石渠县人民医院派驻人员考核（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核年月", "考核得分", "在岗抽查次数", "在岗次数"]]
    items = [("gao", "高远征", "2024.10", 10, 94, 4, 4), ("qian", "钱沐阳", "2024.10", 10, 91, 4, 4),
             ("gao", "高远征", "2024-11", 11, 95.5, 4, 4), ("qian", "钱沐阳", "2024-11", 11, 89, 4, 3),
             ("gao", "高远征", ("date", "2024-12-01", "2024年12月"), 12, 96, 3, 3),
             ("qian", "钱沐阳", ("date", "2024-12-01", "2024年12月"), 12, 92, 3, 3)]
    for i, (key, name, when, m, sc, chk, pres) in enumerate(items, 1):
        rows.append([i, name, use_id(key), SP, when, sc, chk, pres])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2024, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": SQ}, ["month"], id_number=ID[key])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 汀州市
def f_tc_activities_csv(path: Path):
    """汀州市中心医院 activities, a CSV exported from an English-locale system (UTF-8 with BOM): dates
    '01-Mar-2024', 'Mar 1, 2024', 'Apr 12, 2024', '20-Jun-2024'; 参加人数 "约40人"."""
    fn = path.name
    rows = [["日期", "支援单位", "受援单位", "活动形式", "主题", "参加人数", f"备注（{SYN}）"]]
    acts = [("01-Mar-2024", d(2024, 3, 1), SQMCH, "学术讲座", "产后出血防治", "35", 35),
            ("Mar 1, 2024", d(2024, 3, 1), BS, "义诊", "慢病义诊", "120", 120),
            ("Apr 12, 2024", d(2024, 4, 12), SQMCH, "教学查房", "妊娠期糖尿病查房", "约40人", None),
            ("20-Jun-2024", d(2024, 6, 20), BS, "手术示教", "疝修补术", "10", 10),
            ("Sep 5, 2024", d(2024, 9, 5), BS, "远程会诊", "疑难病例远程会诊", "6", 6)]
    for spelled, day, rec, typ, topic, n, nv in acts:
        rows.append([spelled, TC, rec, typ, topic, n, ""])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": TC}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    write_csv(path, rows, "utf-8", bom=True)


def f_bs_monthly_ods(path: Path):
    """白沙县人民医院 monthly workload (.ods): 统计月份 date cells shown "2024年1月", and text "2024-03",
    "2024年4月", "2024.5", "2024/06"; 上转 / 下转 columns."""
    fn, sh = path.name, "2024上半年"
    rows = [[f"白沙县人民医院2024年上半年业务量（{SYN}）"],
            ["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    spelled = {1: ("date", "2024-01-01", "2024年1月"), 2: ("date", "2024-02-01", "2024年2月"), 3: "2024-03",
               4: "2024年4月", 5: "2024.5", 6: "2024/06"}
    for m, s in spelled.items():
        v = [8800 + 150 * m, 640 + 9 * m, 150 + 3 * m, 25 - m, 2 + m % 3]
        rows.append([s, *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": BS}, ["month"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "枫桥县", "石渠县", "汀州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岚省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_sp_roster_mac, "省直", "SYNTHETIC_省人民医院派驻人员2024(Mac).xlsx"),
             (f_stcm_roster_ods, "省直", "SYNTHETIC_省中医院派驻人员2024.ods"),
             (f_sp_roster_xls, "省直", "SYNTHETIC_省人民医院派驻石渠2024.xls"),
             (f_sp_activities_xls, "省直", "SYNTHETIC_省人民医院帮扶枫桥活动登记.xls"),
             (f_county_csv, "省直", "SYNTHETIC_县域住院流向2023-2024.csv"),
             (f_fq_trainees_csv, "枫桥县", "SYNTHETIC_枫桥县人民医院进修人员2024.csv"),
             (f_fqtcm_trainees_csv, "枫桥县", "SYNTHETIC_枫桥县中医医院进修人员.csv"),
             (f_fq_techniques_ods, "枫桥县", "SYNTHETIC_枫桥县人民医院新技术2024.ods"),
             (f_fq_monthly_mac, "枫桥县", "SYNTHETIC_枫桥县人民医院业务量1-6月(Mac).xlsx"),
             (f_fq_assessments_xls, "枫桥县", "SYNTHETIC_枫桥县派驻人员月考核.xls"),
             (f_sq_trainees_xlsx, "石渠县", "SYNTHETIC_石渠县人民医院进修人员.xlsx"),
             (f_sq_techniques_mac, "石渠县", "SYNTHETIC_石渠县人民医院新技术(Mac).xlsx"),
             (f_sqmch_monthly_csv, "石渠县", "SYNTHETIC_石渠县妇幼保健院下半年业务量.csv"),
             (f_sq_assessments_ods, "石渠县", "SYNTHETIC_石渠县派驻人员考核10-12月.ods"),
             (f_tc_activities_csv, "汀州市", "SYNTHETIC_汀州市中心医院帮扶活动(export).csv"),
             (f_bs_monthly_ods, "汀州市", "SYNTHETIC_白沙县人民医院上半年业务量.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
