"""realworld35 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024: the pairing list in
data/raw/reference/ and the hospitals' files as they come out of e-mail (邮件附件/): 回复：… names, "(1)" / " (2)"
suffixes, a copy saved twice under two names, an '.xls' that is an HTML table (a platform's "save as web page"), an
'.xls' that is tab-separated text, a workbook whose first sheet is an empty 'Sheet1'. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,邮件附件}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
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
MAIL = "邮件附件"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2 = "琅岫省第二人民医院", "澄江市中心医院"
FM, FMT, LX, LXM = "枫陌县人民医院", "枫陌县中医医院", "岚溆县人民医院", "岚溆县妇幼保健院"
RECIP = {FM: ("二级", "甲等", "综合医院", "枫陌县"), FMT: ("二级", "乙等", "中医医院", "枫陌县"),
         LX: ("二级", "甲等", "综合医院", "岚溆县"), LXM: ("二级", None, "妇幼保健院", "岚溆县")}
PAIRS = [(S1, FM), (S1, FMT), (S2, LX), (S2, LXM)]

ID = {k: idn(*v) for k, v in {
    "an": ("990101", "19750312", "013"), "bo": ("990101", "19830704", "025"), "ci": ("990102", "19880119", "037"),
    "du": ("990101", "19791122", "041"), "en": ("990102", "19900605", "056"),
    "fu": ("990201", "19810228", "062"), "gu": ("990201", "19860914", "074"), "hu": ("990202", "19771030", "088"),
    "jin": ("990311", "19930417", "012"), "ke": ("990311", "19950822", "029"),
    "lu": ("990321", "19910109", "033"), "mo": ("990321", "19940526", "046"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


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
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岫省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期"])
    for i, (s, r) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ag = dt.date(2023, 12, 18)
        ws.append([i, s, r, level, grade, cat, county, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- submissions
def f_s1_roster_reply(path: Path):
    """省二院 replies to the notice: deployments to 枫陌县人民医院; one ID with a wrong check digit, one person
    without an ID number (left blank), a 合计 line."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省第二人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派出单位", "受援医院", "派驻开始时间", "派驻结束时间"])
    wrong = ID["bo"][:17] + ("0" if ID["bo"][17] != "0" else "1")
    people = [("an", "安澜舟", None, "心血管内科", "主任医师", dep("心血管内科", "主任医师", "正高级", "医疗",
                                                             d(2024, 3, 1), d(2024, 8, 31)), ID["an"]),
              ("bo", "柏清和", wrong, "普外科", "主治医师", dep("普外科", "主治医师", "中级", "医疗",
                                                          d(2024, 3, 1), d(2024, 8, 31)), wrong),
              (None, "池素衣", None, "护理部", "主管护师", dep("护理部", "主管护师", "中级", "护理",
                                                         d(2024, 9, 1), d(2025, 2, 28)), None)]
    for i, (key, name, sp, dept_, title, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else None, dept_, title, S1, FM,
                   dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, r)], f, {"support_hospital_id": S1, "recipient_hospital_id": FM},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["合计", "3人"])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """澄江市中心医院 (附件2, xls): deployments to 岚溆县人民医院 and 岚溆县妇幼保健院; dates as text "2024-03-04";
    one 15-digit ID."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"附件2  派驻人员名单（{SYN}）")
    ws.write(1, 0, f"填报单位：{S2}")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "开始时间", "结束时间"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    h = ID["hu"]
    fifteen = h[:6] + h[8:14] + h[14:17]
    people = [("fu", "符远帆", None, "骨科", "副主任医师", LX, "2024-03-04", "2024-09-03",
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("gu", "谷晴川", None, "麻醉科", "主治医师", LX, "2024-03-04", "2024-09-03",
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("hu", "扈岚心", fifteen, "妇产科", "主任医师", LXM, "2024-05-06", "2024-11-05",
               dep("妇产科", "主任医师", "正高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)))]
    for i, (key, name, sp, dept_, title, rec, s, e, f) in enumerate(people, 1):
        r0 = 2 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept_, title, rec, s, e]):
            ws.write(r0, j, v)
        row("deployments", [(fn, sh, r0 + 1)], f, {"support_hospital_id": S2, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
        if sp == fifteen:
            finding(fn, r0 + 1, "ID_15_DIGIT")
    wb.save(str(path))


def trainee_book(path: Path):
    """枫陌县人民医院 trainees at 省二院 (xlsx); written twice under two names (the same rows)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进修人员"
    ws.append([f"枫陌县人民医院2024年赴支援医院进修人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"])
    people = [("jin", "金若溪", "内分泌科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是"),
              ("ke", "柯星野", "急诊科", dt.date(2024, 9, 2), dt.date(2024, 12, 31), 0, "否")]
    for i, (key, name, dept_, s, e, fee, done) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept_, S1, s, e, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
    wb.save(path)
    return people


def f_fm_trainees_twice(p1: Path, p2: Path):
    people = trainee_book(p1)
    trainee_book(p2)
    for i, (key, name, dept_, s, e, fee, done) in enumerate(people, 1):
        r = 2 + i
        row("trainees", [(p1.name, "进修人员", r), (p2.name, "进修人员", r)],
            dict(department=dept_, start_date=s.isoformat(), end_date=e.isoformat(), fee_charged=float(fee),
                 completed=done == "是"),
            {"recipient_hospital_id": FM, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])


def f_lx_monthly_html(path: Path):
    """A reporting platform's export: an HTML table saved with the .xls extension (Excel opens it with a warning)."""
    fn = path.name
    rows_html = [f"<tr><td colspan=\"6\">岚溆县人民医院2024年月度业务量统计（{SYN}）</td></tr>",
                 "<tr><td>统计月份</td><td>门急诊人次</td><td>出院人数</td><td>手术台次</td><td>转出人次</td>"
                 "<td>医院名称</td></tr>"]
    for m in range(1, 13):
        v = [9800 + 130 * m, 720 + 11 * m, 150 + 3 * m, 30 - m]
        rows_html.append(f"<tr><td>2024-{m:02d}</td>" + "".join(f"<td>{x}</td>" for x in v) + f"<td>{LX}</td></tr>")
        row("hospital_monthly_stats", [(fn, None, 2 + m)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LX}, ["month"])
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<table border=\"1\">" + "\n".join(rows_html) + "</table></body></html>\n")
    path.write_bytes(html.encode("utf-8"))


def f_lx_techniques_tsv(path: Path):
    """A '.xls' that is tab-separated text (GBK, CRLF), as an older platform exports it."""
    fn = path.name
    lines = [f"岚溆县人民医院2024年新技术新业务统计表（{SYN}）",
             "\t".join(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])]
    items = [("关节镜下半月板修复术", "骨科", "2024-04-10", 14, "是", d(2024, 4, 10), 14, True),
             ("超声引导下神经阻滞", "麻醉科", "2024-05-22", 60, "否", d(2024, 5, 22), 60, False)]
    for i, (name, dept_, when, cases, gap, day, cv, gv) in enumerate(items, 1):
        lines.append("\t".join([str(i), name, dept_, when, str(cases), gap, S2]))
        row("techniques", [(fn, None, len(lines))],
            dict(name=name, department=dept_, first_performed_date=day, cases=cv, fills_county_gap=gv),
            {"recipient_hospital_id": LX, "support_hospital_id": S2}, ["name"])
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def f_fmt_activities_sheet2(path: Path):
    """枫陌县中医医院 activities: the first sheet an empty 'Sheet1', the data on 'Sheet2'; "约40人"."""
    fn, sh = path.name, "Sheet2"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    ws = wb.create_sheet(sh)
    ws.append([f"对口支援带教培训活动记录表（{SYN}）"])
    ws.append(["活动日期", "支援医院", "受援医院", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "学术讲座", "中医体质辨识", 25, 25),
            (dt.date(2024, 4, 18), "教学查房", "中风后遗症查房", 12, 12),
            (dt.date(2024, 6, 6), "义诊", "三伏贴义诊", "约40人", None)]
    for day, typ, topic, n, nv in acts:
        ws.append([day, S1, FMT, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                        participants=nv),
            {"recipient_hospital_id": FMT, "support_hospital_id": S1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_fm_assessments_ods(path: Path):
    """附件5 (ods): monthly assessments of 省二院's staff at 枫陌县人民医院, a month column."""
    fn, sh = path.name, "考核"
    rows = [[f"派驻人员月度考核表（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "受援医院", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"]]
    i = 0
    for m in (3, 4):
        for key, name, sc in (("an", "安澜舟", 95 if m == 3 else 96.5), ("du", "杜映雪", 92 if m == 3 else 90)):
            i += 1
            present = 3 if (key, m) == ("du", 4) else 4
            rows.append([i, name, use_id(key), S1, FM, f"2024年{m}月", sc, 4, present])
            row("staff_monthly_assessments", [(fn, sh, len(rows))],
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": FM}, ["month"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def f_lxm_monthly_csv(path: Path):
    """岚溆县妇幼保健院 monthly stats: CSV in GBK, months "2024年7月", 下转接收."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"岚溆县妇幼保健院2024年7—12月业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    r = 2
    for m in range(7, 13):
        v = [5100 + 80 * m, 310 + 4 * m, 70 + m, 12 - m // 2, 2 + m % 3]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": LXM}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_county_csv(path: Path):
    """The province clerk's county inpatient flow, forwarded: CSV UTF-8 (no BOM)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次", f"备注（{SYN}）"])
    r = 1
    for county, code, y, a, b in (("枫陌县", "999101", 2023, 30412, 6120), ("枫陌县", "999101", 2024, 31277, 5480),
                                  ("岚溆县", "999102", 2023, 22310, 5010), ("岚溆县", "999102", 2024, 22986, 4630)):
        w.writerow([county, code, y, a, b, ""])
        r += 1
        row("county_inpatient_stats", [(fn, None, r)], dict(county_code=code, year=y, resident_admissions=a,
                                                             resident_admissions_outside_county=b),
            {}, ["county_code", "year"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_lx_trainees_xlsx(path: Path):
    """岚溆县人民医院 trainees at 澄江市中心医院 (a forwarded mail's attachment)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚溆县人民医院进修人员名单（{SYN}）"])
    ws.append(["姓名", "身份证号", "科室", "进修单位", "进修开始日期", "进修结束日期", "费用(元)", "结业情况"])
    for key, name, dept_, s, e, fee, done in (("lu", "陆晚晴", "骨科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 2400,
                                                "已结业"),
                                               ("mo", "莫听澜", "麻醉科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 2400,
                                                "已结业")):
        ws.append([name, use_id(key), dept_, S2, s, e, fee, done])
        ws.cell(ws.max_row, 2).number_format = "@"
        for c in (5, 6):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("trainees", [(fn, sh, ws.max_row)], dict(department=dept_, start_date=s.isoformat(), end_date=e.isoformat(),
                                                     fee_charged=float(fee), completed=True),
            {"recipient_hospital_id": LX, "host_hospital_id": S2}, ["start_date", "department"], id_number=ID[key])
    wb.save(path)


def f_fm_monthly_xls(path: Path):
    """枫陌县人民医院 monthly report (xls): months as "1月", the hospital in the title."""
    fn, sh = path.name, "月报"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫陌县人民医院2024年1—6月业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for m in range(1, 7):
        v = [12100 + 150 * m, 880 + 9 * m, 190 + 4 * m, 35 - m]
        ws.write(1 + m, 0, f"{m}月")
        for j, x in enumerate(v, 1):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", [(fn, sh, 2 + m)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FM}, ["month"])
    wb.save(str(path))


def f_fmt_roster_xlsx(path: Path):
    """省二院 staff at 枫陌县中医医院, forwarded (转发：)."""
    fn, sh = path.name, "派驻名单"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省第二人民医院派驻枫陌县中医医院人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派出单位", "受援医院", "开始时间", "结束时间"])
    for i, (key, name, dept_, title, rank) in enumerate((("ci", "辞修远", "康复科", "副主任医师", "副高级"),
                                                         ("en", "恩若岚", "针灸科", "主治医师", "中级")), 1):
        ws.append([i, name, use_id(key), dept_, title, S1, FMT, dt.date(2024, 7, 1), dt.date(2024, 12, 31)])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, ws.max_row)], dep(dept_, title, rank, "医疗", d(2024, 7, 1), d(2024, 12, 31)),
            {"support_hospital_id": S1, "recipient_hospital_id": FMT}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_lxm_techniques_ods(path: Path):
    """岚溆县妇幼保健院 new techniques (ods)."""
    fn, sh = path.name, "新技术"
    rows = [[f"岚溆县妇幼保健院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept_, when, cases, gap, gv) in enumerate((("无痛分娩", "产科", "2024-06-03", 45, "是", True),
                                                           ("新生儿听力筛查", "儿科", "2024-08-19", 210, "否", False)), 1):
        rows.append([i, name, dept_, when, cases, gap, S2])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept_, first_performed_date=when,
                                                      cases=cases, fills_county_gap=gv),
            {"recipient_hospital_id": LXM, "support_hospital_id": S2}, ["name"])
    ods_doc(path, {sh: rows})


def f_lxm_activities_xlsx(path: Path):
    """附件4 (2): 澄江市中心医院's teaching at 岚溆县妇幼保健院."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"附件4  带教培训活动记录（{SYN}）"])
    ws.append(["序号", "活动日期", "支援医院", "受援医院", "活动类型", "内容", "参加人数"])
    for i, (day, typ, topic, n) in enumerate(((dt.date(2024, 5, 20), "手术示教", "腹腔镜子宫肌瘤剔除术", 8),
                                              (dt.date(2024, 7, 11), "疑难病例讨论", "妊娠合并心脏病", 15),
                                              (dt.date(2024, 9, 9), "技术培训", "新生儿复苏", 32)), 1):
        ws.append([i, day, S2, LXM, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=n),
            {"recipient_hospital_id": LXM, "support_hospital_id": S2}, ["activity_date"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", MAIL):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1 琅岫省城乡医院对口支援关系表（2024—2026年）.xlsx")
    m = raw / MAIL
    files = [(f_s1_roster_reply, "SYNTHETIC_回复：关于报送2024年对口支援材料的通知(1).xlsx"),
             (f_s2_roster_xls, "SYNTHETIC_附件2 派驻人员名单 (2).xls"),
             (f_lx_monthly_html, "SYNTHETIC_导出报表_月度业务量统计.xls"),
             (f_lx_techniques_tsv, "SYNTHETIC_新技术新业务统计表(平台导出).xls"),
             (f_fmt_activities_sheet2, "SYNTHETIC_回复：回复：对口支援活动记录表(枫陌中医).xlsx"),
             (f_fm_assessments_ods, "SYNTHETIC_附件5 派驻人员月度考核(3).ods"),
             (f_lxm_monthly_csv, "SYNTHETIC_岚溆县妇幼保健院业务量统计2024.csv"),
             (f_county_csv, "SYNTHETIC_转发：县域住院流向统计.csv"),
             (f_lx_trainees_xlsx, "SYNTHETIC_Fw_岚溆县人民医院进修人员名单.xlsx"),
             (f_fm_monthly_xls, "SYNTHETIC_枫陌县人民医院月报 (1).xls"),
             (f_fmt_roster_xlsx, "SYNTHETIC_转发：省二院派驻枫陌县中医医院人员.xlsx"),
             (f_lxm_techniques_ods, "SYNTHETIC_新技术(岚溆妇幼).ods"),
             (f_lxm_activities_xlsx, "SYNTHETIC_附件4 带教培训活动记录 (2).xlsx")]
    for fnc, name in files:
        fnc(m / name)
        truth["submission_files"].append(name)
    twice = ("SYNTHETIC_枫陌县人民医院进修人员名单.xlsx", "SYNTHETIC_枫陌县人民医院进修人员名单(1).xlsx")
    f_fm_trainees_twice(m / twice[0], m / twice[1])
    truth["submission_files"] += list(twice)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
