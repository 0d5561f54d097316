"""realworld141 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜汐省) for 2024 whose pairing list
has a joint team (组团式帮扶): 澜汐省人民医院 leads the support of 茗川县人民医院 with two member hospitals (成员单位)
listed beside it; the lead's roster lists people of the members too (and one of a hospital in no pairing list), the
recipient's own register names the lead or the member as it likes, activities by the 联合专家团队, a technique
introduced by two hospitals together (合作引进) — mixed with ordinary single-hospital files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,茗川县,汐州市}/…, OUT/truth.json

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


# supporters: the lead, its two listed members, a member in no pairing list, two ordinary supporters
L, M1, M2, X = "澜汐省人民医院", "澜汐省肿瘤医院", "澜汐医科大学附属第二医院", "澜汐省口腔医院"
PTCM, S3 = "澜汐省中医院", "汐州市第一人民医院"
R1, R2, R3, R4 = "茗川县人民医院", "茗川县中医医院", "枫渡县人民医院", "枫渡县妇幼保健院"
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "茗川县"), R2: ("二级乙等", "二级", "乙等", "中医医院", "茗川县"),
         R3: ("二级甲等", "二级", "甲等", "综合医院", "枫渡县"), R4: ("二级", "二级", None, "妇幼保健院", "枫渡县")}

ID = {k: idn(*v) for k, v in {
    "lu": ("990101", "19740312", "031"), "cheng": ("990102", "19790705", "042"), "fan": ("990103", "19860918", "015"),
    "min": ("990104", "19880224", "036"), "yao": ("990101", "19850611", "028"),
    "qi": ("990101", "19770830", "051"), "han": ("990102", "19870412", "062"), "dong": ("990103", "19840127", "017"),
    "tang": ("990105", "19890309", "044"), "ran": ("990101", "19820516", "073"),
    "gu": ("990111", "19760103", "055"), "su": ("990111", "19830721", "066"),
    "mo": ("990201", "19780614", "047"), "lan": ("990201", "19850902", "038"), "ye": ("990201", "19810420", "029"),
    "tian": ("990301", "19900518", "012"), "zhou": ("990301", "19920730", "023"),
    "wen": ("990302", "19910211", "034"), "xiao": ("990302", "19931106", "045"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


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
    """附件1: 受援医院 first, 等级 as "二级甲等", 所在县, 支援医院 with the lead marked "（牵头）" and its 成员单位 in
    a column of their own (both members a pairing each, same period); 支援期限 for the joint team only, the others
    take the title's 2024—2026年."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  澜汐省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "成员单位", "协议签订日期", "支援期限"])
    lines = [(R1, f"{L}（牵头）", f"{M1}、{M2}", dt.date(2024, 2, 6), "2024.3.1-2027.2.28"),
             (R2, PTCM, None, dt.date(2023, 12, 18), None),
             (R3, S3, None, dt.date(2023, 12, 22), None),
             (R4, S3, None, dt.date(2023, 12, 22), None)]
    for i, (r, sup, members, agt, period) in enumerate(lines, 1):
        grade_text, level, grade, cat, county = RECIP[r]
        ws.append([i, r, grade_text, cat, county, sup, members, agt, period])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        supporters = [L, M1, M2] if r == R1 else [sup]
        for s in supporters:
            if period:
                p = dict(start_date=d(2024, 3, 1), end_date=d(2027, 2, 28), start_date_source="support_period")
            else:
                p = dict(start_date=d(2024, 1, 1), end_date=d(2026, 12, 31), start_date_source="title_period")
            truth["pairings"].append({"support": s, "recipient": r, "agreement_date": agt.isoformat(), **p})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：组团式帮扶由牵头医院会同成员单位共同派驻。{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for s in (L, M1, M2, PTCM, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_lead_roster(path: Path):
    """牵头医院's roster of the joint team at 茗川县人民医院 (recipient only in the title): each person's own 派出单位
    (the lead, the two listed members, and 澜汐省口腔医院 which no pairing list names), a 牵头单位 column always the
    lead, 团队职务 (队长 / 队员: roles in the team) beside 受援医院任职 (副院长, 科主任); a 合计 and a 注 line."""
    fn, sh = path.name, "组团派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汐省人民医院牵头组团式帮扶茗川县人民医院派驻人员名册（2024年）（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "牵头单位", "科室", "职称", "团队职务", "受援医院任职",
               "派驻开始日期", "派驻结束日期"])
    s, e = dt.date(2024, 3, 1), dt.date(2024, 8, 31)
    people = [("lu", "陆承泽", L, "普外科", "主任医师", "队长", "副院长", dep("普外科", "主任医师", "正高级", "医疗",
                                                                            d(2024, 3, 1), d(2024, 8, 31), "副院长")),
              ("cheng", "程语桐", M1, "肿瘤内科", "副主任医师", "队员", "科主任",
               dep("肿瘤内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "科主任")),
              ("fan", "范知微", M2, "重症医学科", "主治医师", "队员", None,
               dep("重症医学科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("min", "闵书航", X, "口腔科", "主治医师", "队员", None, None),
              ("yao", "姚清和", L, "护理部", "主管护师", "队员", None,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, sender, dept, title, role, post, f) in enumerate(people, 1):
        ws.append([i, name, ID[key], sender, L, dept, title, role, post, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (10, 11):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if f is None:
            hold(fn, sh, r, "unresolved_hospital", "派出单位 澜汐省口腔医院 is in no pairing list: the stay cannot be "
                                                   "given a support hospital (not the lead's, whose own staff it is not)")
        else:
            row("deployments", fn, sh, r, f, {"support_hospital_id": sender, "recipient_hospital_id": R1},
                ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "5人"])
    ws.append([f"注：派出单位为人员所在医院，牵头单位统一填写牵头医院。{SYN}"])
    wb.save(path)


def f_member_trainees_xls(path: Path):
    """成员单位 澜汐省肿瘤医院 as host: 茗川县人民医院's staff in 进修 there (xls, 进修起止时间 in one cell)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜汐省肿瘤医院2024年接收对口支援受援医院进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "进修费用（元）", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("gu", "顾以宁", "肿瘤内科", "2024.3.1-2024.8.31", 0, "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("su", "苏晚照", "放疗科", "2024.9.1-2025.2.28", 0, "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    for i, (key, name, dept, period, fee, done, sd, ed, donev) in enumerate(people, 1):
        for j, v in enumerate([i, name, ID[key], R1, dept, period, fee, done]):
            ws.write(1 + i, j, v)
        row("trainees", fn, sh, 2 + i, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                             completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": M1}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：科教处")
    wb.save(str(path))


def f_ptcm_roster(path: Path):
    """An ordinary single-hospital roster: 澜汐省中医院 → 茗川县中医医院, 受援单位 column, dates as text."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汐省中医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻时间"])
    people = [("mo", "莫听澜", "针灸科", "副主任中医师", "2024年3月4日至2024年9月3日",
               dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("lan", "蓝亦舟", "康复科", "主治中医师", "2024年9月4日至2025年3月3日",
               dep("康复科", "主治中医师", "中级", "医疗", d(2024, 9, 4), d(2025, 3, 3)))]
    for i, (key, name, dept, title, period, f) in enumerate(people, 1):
        ws.append([i, name, ID[key], dept, title, R2, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": PTCM, "recipient_hospital_id": R2},
            ["start_date"], id_number=ID[key])
    ws.append(["制表：医务处", None, None, "2025年1月8日"])
    wb.save(path)


def f_county_ods(path: Path):
    """The province clerk's county inpatient flow for 2024 (ods)."""
    fn, sh = path.name, "2024年"
    rows = [[f"2024年各县县域住院流向（{SYN}）"],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, a, b in (("茗川县", "999101", 31240, 5120), ("枫渡县", "999201", 22870, 4315)):
        rows.append([county, code, a, b])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=2024, resident_admissions=a,
                                                               resident_admissions_outside_county=b),
            {}, ["county_code"])
    rows.append(["注：数据虚构。"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 茗川县 (the recipient)
def f_r1_register_csv(path: Path):
    """茗川县人民医院's own register of the second half-year's team (GBK CSV): 支援单位 written as the recipient
    likes — the lead, a member, a member with the lead in brackets, and once only "组团专家团队" (no hospital);
    dates "2024.9.1", one end "至今"."""
    fn = path.name
    rows = [[f"茗川县人民医院2024年下半年接收对口支援派驻人员登记（{SYN}）"] + [None] * 8,
            ["序号", "姓名", "身份证号", "支援单位", "科室", "职称", "到岗时间", "离岗时间", "备注"]]
    people = [("qi", "祁远帆", L, "心血管内科", "副主任医师", "2024.9.1", "2025.2.28",
               dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), L),
              ("han", "韩映雪", M1, "放疗科", "主治医师", "2024.9.1", "2025.2.28",
               dep("放疗科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), M1),
              ("dong", "董沐阳", f"{M2}（牵头单位：{L}）", "检验科", "主管技师", "2024.9.1", "2025.2.28",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 9, 1), d(2025, 2, 28)), M2),
              ("tang", "唐若溪", "组团专家团队", "超声科", "主治医师", "2024.9.1", "2025.2.28", None, None),
              ("ran", "冉博文", L, "麻醉科", "主治医师", "2024.9.1", "至今",
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 1), None), L)]
    for i, (key, name, sup, dept, title, s, e, f, support) in enumerate(people, 1):
        rows.append([i, name, ID[key], sup, dept, title, s, e, "组团式帮扶"])
        r = len(rows)
        if f is None:
            hold(fn, None, r, "unresolved_hospital", "支援单位 组团专家团队 names no hospital; 茗川县人民医院 has three "
                                                     "supporters (the lead and two members), so the stay cannot be placed")
        else:
            row("deployments", fn, None, r, f, {"support_hospital_id": support, "recipient_hospital_id": R1},
                ["start_date"], id_number=ID[key])
    rows.append(["填表人：医务科"] + [None] * 8)
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_r1_activities(path: Path):
    """茗川县人民医院's activity log: 帮扶单位 the lead, a member, "联合专家团队", two hospitals in one cell."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"茗川县人民医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.append(["日期", "活动形式", "内容", "帮扶单位", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "学术讲座", "腹腔镜技术进展", L, 40, L),
            (dt.date(2024, 4, 10), "教学查房", "肺癌化疗病例查房", M1, 18, M1),
            (dt.date(2024, 5, 20), "疑难病例讨论", "多学科联合病例讨论", "联合专家团队", 25, None),
            (dt.date(2024, 6, 12), "手术示教", "深静脉置管术", M2, 8, M2),
            (dt.date(2024, 7, 3), "义诊", "肿瘤筛查义诊", f"{L}、{M1}", 120, None)]
    for day, typ, topic, sup, n, support in acts:
        ws.append([day, typ, topic, sup, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R1} | ({"support_hospital_id": support} if support else {}),
            ["activity_date"])
        if support is None:
            truth["rows"][-1]["fields"]["support_hospital_id"] = None
        if sup == "联合专家团队":  # lead: a name that is no hospital leaves the field empty with the documented finding
            finding(fn, ws.max_row, "HOSPITAL_NOT_FOUND")
    ws.append(["填报人：科教科", None, "2025年1月10日"])
    wb.save(path)


def f_r1_techniques(path: Path):
    """茗川县人民医院's techniques (ods): 技术来源 the lead, a member, two hospitals together (合作引进), and the
    hospital in no pairing list."""
    fn, sh = path.name, "新技术"
    rows = [[f"茗川县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源（支援医院）"]]
    items = [("腹腔镜胆囊切除术", "普外科", "2024年4月8日", 12, "是", d(2024, 4, 8), True, L, L),
             ("胸部肿瘤调强放疗", "放疗科", "2024年5月16日", 6, "是", d(2024, 5, 16), True, M1, M1),
             ("床旁连续性血液净化", "重症医学科", "2024年6月20日", 9, "否", d(2024, 6, 20), False,
              f"{L}、{M2}（合作引进）", None),
             ("显微根管治疗", "口腔科", "2024年7月2日", 15, "是", d(2024, 7, 2), True, X, None)]
    for i, (name, dept, when, cases, gap, day, gapv, src, support) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, src])
        r = len(rows)
        fields = dict(name=name, department=dept, first_performed_date=day, cases=cases, fills_county_gap=gapv)
        if support is None:
            fields["support_hospital_id"] = None
        row("techniques", fn, sh, r, fields, {"recipient_hospital_id": R1} | ({"support_hospital_id": support}
                                                                             if support else {}), ["name"])
        if src == X:
            finding(fn, r, "HOSPITAL_NOT_FOUND")
    rows.append(["填报人：医务科", None, None, "审核人：院办"])
    ods_doc(path, {sh: rows})


def f_r1_assessments(path: Path):
    """茗川县人民医院's June assessment of the first-half team (xlsx), sheet "2024年6月", with 派出单位 — the person
    of 澜汐省口腔医院 included (an assessment has no support hospital: the row is usable)."""
    fn, sh = path.name, "2024年6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"茗川县人民医院组团式帮扶派驻人员2024年6月考核表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    people = [("lu", "陆承泽", L, 95), ("cheng", "程语桐", M1, 92.5), ("fan", "范知微", M2, 90),
              ("min", "闵书航", X, 88), ("yao", "姚清和", L, 93)]
    for i, (key, name, sender, score) in enumerate(people, 1):
        present = 2 if key == "min" else 3
        ws.append([i, name, ID[key], sender, score, 3, present])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=6, score=float(score), spot_checks=3, spot_checks_present=present),
            {"recipient_hospital_id": R1}, ["month"], id_number=ID[key])
        if sender == X:  # lead: staff_monthly_assessments has support_hospital_id (派出医院): left empty, with the finding
            finding(fn, ws.max_row, "HOSPITAL_NOT_FOUND")
    ws.append(["考核人：院办", None, None, "2024年7月3日"])
    wb.save(path)


def f_r1_monthly(path: Path):
    """茗川县人民医院's 1—6月 workload (xlsx), hospital in the title."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"茗川县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [14300 + 150 * m, 1050 + 11 * m, 230 + 4 * m, 36 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 汐州市 (ordinary)
def f_s3_roster_xls(path: Path):
    """汐州市第一人民医院 → two recipients (xls), 派驻医院 column, dates as text "2024-03-04"."""
    fn, sh = path.name, "派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"汐州市第一人民医院2024年对口支援派驻人员花名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("ye", "叶停云", "内科", "主治医师", R3, "2024-03-04", "2024-09-03",
               dep("内科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("tian", "田疏影", "儿科", "副主任医师", R4, "2024-04-01", "2024-09-30",
               dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("zhou", "周砚秋", "护理部", "主管护师", R3, "2024-07-01", "2024-12-31",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, ID[key], dept, title, rec, s, e]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "制表：医务科")
    wb.save(str(path))


def f_r3_trainees_csv(path: Path):
    """枫渡县人民医院's trainees at 汐州市第一人民医院 (UTF-8 CSV with BOM), a 填报单位 line above the header."""
    fn = path.name
    rows = [[f"填报单位：枫渡县人民医院（{SYN}）", None, None, None, None, None, None, None],
            ["姓名", "身份证号", "科室", "进修医院", "开始时间", "结束时间", "进修费用", "是否结业"]]
    people = [("wen", "温知夏", "内科", "2024-03-01", "2024-08-31", "0", "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("xiao", "肖若谷", "外科", "2024-09-01", "2025-02-28", "0", "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    for key, name, dept, s, e, fee, done, sd, ed, donev in people:
        rows.append([name, ID[key], dept, S3, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                                   completed=donev),
            {"recipient_hospital_id": R3, "host_hospital_id": S3}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_r4_monthly_csv(path: Path):
    """枫渡县妇幼保健院's 7—12月 workload (GBK CSV), months "2024年7月", 下转接收人次."""
    fn = path.name
    rows = [[f"枫渡县妇幼保健院2024年7—12月业务量（{SYN}）", None, None, None, None, None],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [5200 + 80 * m, 310 + 5 * m, 70 + m, 12 - m // 2, 2 + m % 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R4}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "茗川县", "汐州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜汐省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_lead_roster, "省直", "SYNTHETIC_省人民医院组团式帮扶茗川县派驻名册2024.xlsx"),
             (f_member_trainees_xls, "省直", "SYNTHETIC_省肿瘤医院接收进修人员2024.xls"),
             (f_ptcm_roster, "省直", "SYNTHETIC_省中医院派驻人员名单2024.xlsx"),
             (f_county_ods, "省直", "SYNTHETIC_各县县域住院流向2024.ods"),
             (f_r1_register_csv, "茗川县", "SYNTHETIC_茗川县人民医院接收派驻人员登记下半年.csv"),
             (f_r1_activities, "茗川县", "SYNTHETIC_茗川县人民医院帮扶活动登记2024.xlsx"),
             (f_r1_techniques, "茗川县", "SYNTHETIC_茗川县人民医院新技术2024.ods"),
             (f_r1_assessments, "茗川县", "SYNTHETIC_茗川县人民医院派驻人员考核2024年6月.xlsx"),
             (f_r1_monthly, "茗川县", "SYNTHETIC_茗川县人民医院业务量1-6月.xlsx"),
             (f_s3_roster_xls, "汐州市", "SYNTHETIC_市一院派驻人员花名册2024.xls"),
             (f_r3_trainees_csv, "汐州市", "SYNTHETIC_枫渡县人民医院进修人员2024.csv"),
             (f_r4_monthly_csv, "汐州市", "SYNTHETIC_枫渡县妇幼业务量7-12月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
