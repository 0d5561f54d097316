"""realworld131 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024 whose hospitals
with an international partner or a bilingual template send forms with English headers (Name, ID No., Dept.,
Professional title, Start date, End date, Host hospital, Recipient hospital, No. of participants, Activity type),
English titles (Chief Physician …), English dates ('5 Mar 2024', 'March 2024', '2024-03-05'), Yes/No answers and
the hospital in English in the title only beside a Chinese 填报单位 line — mixed with ordinary Chinese forms.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,泠州市,县级}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
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


P1, PTCM, LZ1 = "琅岫省人民医院", "琅岫省中医院", "泠州市第一人民医院"
QY, QYTCM, YX, YXMCH, CL = "青峪县人民医院", "青峪县中医医院", "砚溪县人民医院", "砚溪县妇幼保健院", "苍澜县人民医院"
RECIP = {QY: ("二级甲等", "二级", "甲等", "综合医院", "青峪县"), QYTCM: ("二级乙等", "二级", "乙等", "中医医院", "青峪县"),
         YX: ("二级甲等", "二级", "甲等", "综合医院", "砚溪县"), YXMCH: ("二级", "二级", None, "妇幼保健院", "砚溪县"),
         CL: ("二级乙等", "二级", "乙等", "综合医院", "苍澜县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19720315", "031"), "gu": ("990101", "19800920", "015"), "su": ("990102", "19880611", "042"),
    "fang": ("990102", "19781103", "017"), "lu": ("990103", "19900327", "044"),
    "wen": ("990111", "19920506", "083"), "qian": ("990111", "19941012", "028"), "shi": ("990111", "19930809", "065"),
    "han": ("990201", "19860716", "072"), "jiang": ("990201", "19751201", "016"), "zou": ("990202", "19960930", "038"),
    "ma": ("990121", "19890214", "051"), "xie": ("990121", "19910718", "062"),
    "tang": ("990211", "19870423", "047"), "yan": ("990211", "19950801", "024"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"Chief Physician": ("主任医师", "正高级"), "Associate Chief Physician": ("副主任医师", "副高级"),
          "Attending Physician": ("主治医师", "中级"), "Resident": ("住院医师", "初级")}


def dep(dept, title_en, start, end):
    t, rank = TITLES[title_en]
    return dict(department=dept, title=t, title_rank=rank, staff_category="医疗", start_date=start, end_date=end)


def write_csv(path: Path, rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An ordinary 附件1: 受援医院 first, 等级 as one cell (二级甲等), the period 2024—2026年 in the title, a 支援期限
    column filled for one pairing only."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岫省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QY, P1, dt.date(2023, 12, 8), None), (YX, P1, dt.date(2024, 1, 16), "2024年3月1日—2027年2月28日"),
             (QYTCM, PTCM, dt.date(2023, 12, 8), None), (YXMCH, LZ1, dt.date(2023, 12, 20), None),
             (CL, LZ1, dt.date(2023, 12, 20), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, _lv, _gr, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
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
    for s in (P1, PTCM, LZ1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院, bilingual template: the hospital in English in the title only, a Chinese 填报单位 line, English
    headers and titles, recipients in Chinese; dates '5 Mar 2024' (text), real date cells shown 'd mmm yyyy',
    '2024-04-01' text, 'Ongoing'; one person without an ID number; one recipient in no pairing list; one start
    date missing."""
    fn, sh = path.name, "Roster"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"Langxiu Provincial People's Hospital — Deployment roster 2024 ({SYN})"])
    ws.append([f"填报单位：{P1}"])
    ws.append(["No.", "Name", "ID No.", "Dept.", "Professional title", "Recipient hospital", "Start date", "End date",
               "Remarks"])
    people = [
        ("lin", "林望舒", "心血管内科", "Chief Physician", QY, "5 Mar 2024", "4 Sep 2024", d(2024, 3, 5), d(2024, 9, 4)),
        ("gu", "顾南星", "普外科", "Associate Chief Physician", YX, dt.date(2024, 3, 5), dt.date(2024, 9, 4),
         d(2024, 3, 5), d(2024, 9, 4)),
        ("su", "苏景和", "麻醉科", "Attending Physician", QY, "2024-04-01", "Ongoing", d(2024, 4, 1), None),
        (None, "叶知秋", "急诊科", "Resident", YX, "1 Jul 2024", "31 Dec 2024", d(2024, 7, 1), d(2024, 12, 31)),
        ("fang", "方若谷", "骨科", "Associate Chief Physician", "青峪县第三人民医院", "6 May 2024", "5 Nov 2024", None,
         None),
        ("lu", "陆清禾", "神经内科", "Attending Physician", YX, None, "31 Dec 2024", None, None),
    ]
    for i, (key, name, dept, title, rec, s, e, sd, ed) in enumerate(people, 1):
        ws.append([i, name, ID[key] if key else None, dept, title, rec, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "d mmm yyyy"
        if key == "fang":
            quarantine(fn, sh, r, "unresolved_hospital", "青峪县第三人民医院 is in no pairing list")
        elif key == "lu":
            quarantine(fn, sh, r, "missing_required", "Start date blank (派驻起始日期 is required)")
        else:
            row("deployments", fn, sh, r, dep(dept, title, sd, ed), {"support_hospital_id": P1,
                                                                     "recipient_hospital_id": rec},
                ["start_date", "department"], id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
    ws.append(["Total", None, None, None, "6 persons"])
    ws.append([])
    ws.append(["Prepared by: Medical Affairs Dept.", None, None, None, "Checked by:", None, "8 Jan 2025"])
    wb.save(path)


def f_ptcm_trainees_xls(path: Path):
    """省中医院 (.xls): trainees hosted; Host hospital and Recipient hospital both as columns, 'March 2024' /
    'August 2024' (month only), '4 Mar 2024', '2024-09-02'; Fee (yuan); Completed Yes/No."""
    fn, sh = path.name, "Trainees"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"Langxiu Provincial Hospital of TCM — Trainees hosted in 2024 ({SYN})")
    ws.write(1, 0, f"填报单位：{PTCM}")
    hdr = ["No.", "Name", "ID No.", "Dept.", "Recipient hospital", "Host hospital", "Start date", "End date",
           "Fee (yuan)", "Completed"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    people = [("wen", "温如玉", "针灸科", "March 2024", "August 2024", 3000, "Yes", d(2024, 3, 1), d(2024, 8, 31), True),
              ("qian", "钱若溪", "脾胃病科", "4 Mar 2024", "3 Sep 2024", 0, "No", d(2024, 3, 4), d(2024, 9, 3), False),
              ("shi", "石晓岚", "骨伤科", "2024-09-02", "2025-03-01", 2500, "No", d(2024, 9, 2), d(2025, 3, 1), False)]
    for i, (key, name, dept, s, e, fee, done, sd, ed, donev) in enumerate(people, 1):
        r0 = 2 + i
        for j, v in enumerate([i, name, ID[key], dept, QYTCM, PTCM, s, e, fee, done]):
            ws.write(r0, j, v)
        row("trainees", fn, sh, r0 + 1, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                             completed=donev),
            {"recipient_hospital_id": QYTCM, "host_hospital_id": PTCM}, ["start_date", "department"], id_number=ID[key])
    ws.write(3 + len(people), 0, "Note: fictitious data for testing only. 数据虚构。")
    wb.save(str(path))


def f_county_flow(path: Path):
    """省卫健委: an ordinary Chinese county inpatient flow table."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, tot, out in (("青峪县", "999101", 41230, 6120), ("砚溪县", "999102", 28840, 5035),
                                   ("苍澜县", "999201", 19560, 4122)):
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 泠州市
def f_lz1_activities(path: Path):
    """市一院, English template: Activity type Lecture / Case discussion / Ward round / Surgery demonstration /
    Free clinic; dates '12 Apr 2024' (text), a real date cell, '2024-06-20'; No. of participants 'about 40'."""
    fn, sh = path.name, "Activities"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"Lingzhou First People's Hospital — Counterpart support activities 2024 ({SYN})"])
    ws.append([f"填报单位：{LZ1}"])
    ws.append(["Date", "Recipient hospital", "Activity type", "Topic", "No. of participants", "Speaker"])
    acts = [("12 Apr 2024", YXMCH, "Lecture", "产后出血的早期识别", 35, d(2024, 4, 12), "学术讲座", 35),
            (dt.date(2024, 4, 19), YXMCH, "Case discussion", "疑难产科病例讨论", "about 40", d(2024, 4, 19), "疑难病例讨论",
             None),
            ("2024-06-20", CL, "Ward round", "心力衰竭教学查房", 18, d(2024, 6, 20), "教学查房", 18),
            ("21 Jun 2024", CL, "Surgery demonstration", "腹腔镜胆囊切除术", 12, d(2024, 6, 21), "手术示教", 12),
            ("15 Aug 2024", CL, "Free clinic", "慢病义诊", 80, d(2024, 8, 15), "义诊", 80)]
    for day, rec, typ, topic, n, dv, tv, nv in acts:
        ws.append([day, rec, typ, topic, n, "Dr. 某"])
        r = ws.max_row
        if isinstance(day, dt.date):
            ws.cell(r, 1).number_format = "d mmm yyyy"
        row("activities", fn, sh, r, dict(activity_date=dv, activity_type=tv, topic=topic, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": LZ1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_lz1_deployments_csv(path: Path):
    """市一院 CSV (UTF-8 with BOM): English title and headers, a Chinese 填报单位 line; '2024-03-04', '6 May 2024'."""
    fn = path.name
    rows = [[f"Lingzhou First People's Hospital — Deployment roster 2024 ({SYN})", "", "", "", "", "", ""],
            [f"填报单位：{LZ1}", "", "", "", "", "", ""],
            ["Name", "ID No.", "Dept.", "Professional title", "Recipient hospital", "Start date", "End date"]]
    people = [("han", "韩子衿", "儿科", "Attending Physician", YXMCH, "2024-03-04", "2024-09-03", d(2024, 3, 4),
               d(2024, 9, 3)),
              ("jiang", "蒋一帆", "内科", "Chief Physician", CL, "6 May 2024", "5 Nov 2024", d(2024, 5, 6), d(2024, 11, 5)),
              ("zou", "邹明月", "外科", "Resident", CL, "1 Jul 2024", "31 Dec 2024", d(2024, 7, 1), d(2024, 12, 31))]
    for key, name, dept, title, rec, s, e, sd, ed in people:
        rows.append([name, ID[key], dept, title, rec, s, e])
        row("deployments", fn, None, len(rows), dep(dept, title, sd, ed),
            {"support_hospital_id": LZ1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=ID[key])
    write_csv(path, rows, "utf-8", bom=True)


# ------------------------------------------------------------------------------------------- 县级
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


def f_qy_techniques_ods(path: Path):
    """青峪县人民医院 (.ods), English headers: Date first performed 'May 2024' / '18 Jun 2024' / '2024-09-10';
    Fills county gap Yes/No; Support hospital in Chinese."""
    fn, sh = path.name, "New techniques"
    rows = [[f"New techniques and services 2024 / 新技术新项目（{SYN}）"], [f"填报单位：{QY}"],
            ["No.", "Technique", "Dept.", "Date first performed", "No. of cases", "Fills county gap",
             "Support hospital"]]
    items = [("经皮冠状动脉介入治疗", "心内科", "May 2024", 8, "Yes", d(2024, 5, 1), True),
             ("无痛胃肠镜检查", "消化内科", "18 Jun 2024", 126, "No", d(2024, 6, 18), False),
             ("腹腔镜疝修补术", "普外科", "2024-09-10", 15, "Yes", d(2024, 9, 10), True)]
    for i, (name, dept, when, cases, gap, day, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": QY, "support_hospital_id": P1}, ["name"])
    ods_doc(path, {sh: rows})


def f_qy_monthly(path: Path):
    """青峪县人民医院: an ordinary Chinese monthly statistics table, the hospital in the title."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{QY}2024年1—6月主要业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [15200 + 210 * m, 1120 + 17 * m, 260 + 5 * m, 40 - 2 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QY}, ["month"])
    wb.save(path)


def f_yxmch_monthly_csv(path: Path):
    """砚溪县妇幼保健院: CSV in GBK, Chinese, 2024年7月 … 12月."""
    fn = path.name
    rows = [[f"{YXMCH}2024年7—12月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [6100 + 95 * m, 402 + 6 * m, 88 + m, 15 - m // 2, 3 + m % 4]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": YXMCH}, ["month"])
    write_csv(path, rows, "gbk")


def f_qy_assessment(path: Path):
    """青峪县人民医院: an ordinary Chinese monthly assessment of the two people the province sent (May 2024)."""
    fn, sh = path.name, "2024年5月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{QY}2024年5月派驻人员考核表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    for i, (key, name, sc, present) in enumerate((("lin", "林望舒", 95, 4), ("su", "苏景和", 88.5, 3)), 1):
        ws.append([i, name, ID[key], P1, sc, 4, present])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=5, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": QY}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办"])
    wb.save(path)


def f_yx_trainees(path: Path):
    """砚溪县人民医院: an ordinary Chinese trainee list (是/否, 进修费用（元）)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{YX}2024年外出进修人员登记表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"])
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            (("ma", "马思远", "重症医学科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是"),
             ("xie", "谢婉宁", "超声科", dt.date(2024, 9, 1), dt.date(2025, 2, 28), 0, "否")), 1):
        ws.append([i, name, ID[key], dept, P1, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=float(fee), completed=done == "是"),
            {"recipient_hospital_id": YX, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, "填报日期：2025年1月10日"])
    wb.save(path)


def f_cl_trainees_bilingual(path: Path):
    """苍澜县人民医院: headers in English then Chinese (Name 姓名 …), the hospital in English in the title, a
    Chinese 填报单位 line; 'March 2024' / 'August 2024', '2 Sep 2024'; Completed Yes/No."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"Canglan County People's Hospital — Staff sent for training 2024 ({SYN})"])
    ws.append([f"填报单位：{CL}"])
    ws.append(["Name 姓名", "ID No. 身份证号", "Dept. 科室", "Host hospital 进修医院", "Start date 开始日期",
               "End date 结束日期", "Completed 是否结业"])
    for key, name, dept, s, e, done, sd, ed in (
            ("tang", "唐知远", "检验科", "March 2024", "August 2024", "Yes", d(2024, 3, 1), d(2024, 8, 31)),
            ("yan", "颜晓棠", "儿科", "2 Sep 2024", "1 Mar 2025", "No", d(2024, 9, 2), d(2025, 3, 1))):
        ws.append([name, ID[key], dept, LZ1, s, e, done])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, completed=done == "Yes"),
            {"recipient_hospital_id": CL, "host_hospital_id": LZ1}, ["start_date"], id_number=ID[key])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "泠州市", "县级"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_Langxiu_Provincial_Hospital_Deployment_roster_2024.xlsx"),
             (f_ptcm_trainees_xls, "省直", "SYNTHETIC_Provincial_TCM_Hospital_Trainees_hosted_2024.xls"),
             (f_county_flow, "省直", "SYNTHETIC_2024年县域住院流向.xlsx"),
             (f_lz1_activities, "泠州市", "SYNTHETIC_Lingzhou_No1_Hospital_Activities_2024.xlsx"),
             (f_lz1_deployments_csv, "泠州市", "SYNTHETIC_Lingzhou_No1_Hospital_Deployments_2024.csv"),
             (f_qy_techniques_ods, "县级", "SYNTHETIC_Qingyu_County_Hospital_New_techniques_2024.ods"),
             (f_qy_monthly, "县级", "SYNTHETIC_青峪县人民医院2024年1-6月业务量.xlsx"),
             (f_yxmch_monthly_csv, "县级", "SYNTHETIC_砚溪县妇幼保健院2024年7-12月业务量.csv"),
             (f_qy_assessment, "县级", "SYNTHETIC_青峪县人民医院派驻人员考核2024年5月.xlsx"),
             (f_yx_trainees, "县级", "SYNTHETIC_砚溪县人民医院进修人员2024.xlsx"),
             (f_cl_trainees_bilingual, "县级", "SYNTHETIC_Canglan_County_Hospital_Trainees_2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
