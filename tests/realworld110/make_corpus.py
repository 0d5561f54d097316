"""realworld110 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024, focused on the
dispatched teams themselves: 组团式帮扶 rosters (队长 | 队员 in a role column, one team per block, the recipient and
period in the block's heading line, 共5人，其中高级职称3人 under each block), posts at the recipient written every way
(挂职副院长, 任业务副院长, 科主任（挂职）, 执行院长, 副院长（分管医疗）), titles written every way (主任医师/教授,
副主任医师(副高), 主治, 中级, 高级职称), a rotation table with 接替 columns, one person in two teams, a nurse and a
technician, an administrative staff member, and part-time 柔性帮扶 experts beside resident staff. Around it: the
pairing list in reference/ and ordinary submissions. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁州市,梧溪市}/…, OUT/truth.json

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


P1, PTCM, C1 = "霁川省人民医院", "霁川省中医院", "梧溪市中心医院"
QS, QSTCM, QW, LT = "青杉县人民医院", "青杉县中医医院", "栖梧县人民医院", "芦汀县人民医院"
RECIP = {QS: ("二级甲等", "二级", "甲等", "综合医院", "青杉县"),
         QSTCM: ("二级甲等", "二级", "甲等", "中医医院", "青杉县"),
         QW: ("二级乙等", "二级", "乙等", "综合医院", "栖梧县"),
         LT: ("二级甲等", "二级", "甲等", "综合医院", "芦汀县")}

ID = {k: idn(*v) for k, v in {
    # 省人民医院 team 1 (青杉) and team 2 (栖梧); jiang is in both
    "xu": ("990101", "19700312", "031"), "lin": ("990101", "19790605", "042"), "jiang": ("990102", "19880917", "015"),
    "su": ("990102", "19950221", "026"), "cen": ("990103", "19870730", "037"),
    "luo": ("990101", "19761109", "053"), "gu": ("990103", "19780414", "064"), "tang": ("990104", "19681023", "075"),
    "fang": ("990104", "19900808", "086"),
    # 省中医院: three resident staff, two 柔性帮扶 experts
    "zheng": ("990105", "19890116", "097"), "kong": ("990105", "19770525", "018"), "mei": ("990106", "19910304", "029"),
    "qiao": ("990106", "19620918", "030"), "yan": ("990107", "19750227", "041"),
    # 梧溪市中心医院 team (芦汀) and rotation table
    "he": ("990201", "19790819", "052"), "wu": ("990201", "19860402", "063"), "zhou": ("990202", "19850611", "074"),
    "gao": ("990202", "19770129", "085"),
    "han": ("990203", "19660707", "096"), "xing": ("990203", "19690315", "017"), "bai": ("990204", "19870923", "028"),
    "du": ("990204", "19790101", "039"), "lu": ("990205", "19880516", "040"), "ning": ("990205", "19830811", "051"),
    # trainees of 青杉县人民医院
    "t1": ("990301", "19920412", "062"), "t2": ("990301", "19940726", "073"), "t3": ("990302", "19930218", "084"),
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


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, pos, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=pos,
                start_date=start, end_date=end, **more)


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
    """附件1-style: 受援医院 first, 等级 "二级甲等" in one cell, 类别, 所在县, 支援医院, 协议签订日期 (date cells), a
    支援期限 for one pairing and blank for the others (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1　霁川省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QS, P1, dt.date(2023, 12, 15), None), (QW, P1, dt.date(2023, 12, 15), None),
             (QSTCM, PTCM, dt.date(2024, 1, 10), "2024年3月1日至2027年2月28日"),
             (LT, C1, dt.date(2023, 12, 28), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_teams(path: Path):
    """省人民医院 组团式帮扶队员名单: one header, then one block per team — a heading line naming the recipient and
    the team's period ("第一组　受援单位：青杉县人民医院　派驻时间：2024年3月1日—2024年8月31日"), the members with
    角色 队长 / 队员, 挂职职务 written "挂职副院长", "科主任（挂职）", "任业务副院长", titles "主任医师/教授",
    "副主任医师(副高)", "主治", "高级职称", a 护师, a 主管技师, an administrative 科员; 江远帆 in both teams (one after
    the other); under each block "共5人，其中高级职称N人"; 制表 line."""
    fn, sh = path.name, "组团式帮扶队员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年组团式帮扶队员名单（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "角色", "姓名", "身份证号", "科室", "职称", "挂职职务"])
    teams = [
        ("第一组　受援单位：青杉县人民医院　派驻时间：2024年3月1日—2024年8月31日", QS, d(2024, 3, 1), d(2024, 8, 31), 2, [
            ("队长", "xu", "许砚秋", "心血管内科", "主任医师/教授", "挂职副院长",
             ("主任医师", "正高级", "医疗", "副院长")),
            ("队员", "lin", "林望舒", "普外科", "副主任医师(副高)", "科主任（挂职）",
             ("副主任医师", "副高级", "医疗", "科主任")),
            ("队员", "jiang", "江远帆", "麻醉科", "主治", None, ("主治医师", "中级", "医疗", None)),
            ("队员", "su", "苏晚晴", "重症医学科", "护师", None, ("护师", "初级", "护理", None)),
            ("队员", "cen", "岑思齐", "检验科", "主管技师", None, ("主管技师", "中级", "医技", None))]),
        ("第二组　受援单位：栖梧县人民医院　派驻时间：2024年9月1日—2025年2月28日", QW, d(2024, 9, 1), d(2025, 2, 28), 3, [
            ("队长", "luo", "罗致远", "呼吸内科", "副主任医师(副高)", "任业务副院长",
             ("副主任医师", "副高级", "医疗", "副院长")),
            ("队员", "gu", "顾承泽", "骨科", "高级职称", None, (None, {"one_of": [None, "副高级"]}, {"one_of": [None, "医疗"]}, None)),
            ("队员", "tang", "唐蕴之", "神经内科", "主任医师", None, ("主任医师", "正高级", "医疗", None)),
            ("队员", "jiang", "江远帆", "麻醉科", "主治医师", None, ("主治医师", "中级", "医疗", None)),
            ("队员", "fang", "方若木", "医务处", "科员（行政）", None, (None, None, {"one_of": [None, "管理"]}, None))]),
    ]
    n = 0
    for heading, rec, start, end, senior, members in teams:
        ws.append([heading])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=7)
        for role, key, name, dept, title_written, post, (title, rank, cat, pos) in members:
            n += 1
            ws.append([n, role, name, use_id(key), dept, title_written, post])
            ws.cell(ws.max_row, 4).number_format = "@"
            row("deployments", fn, sh, ws.max_row, dep(dept, title, rank, cat, pos, start, end),
                {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"],
                id_number=ID[key])
        ws.append([f"共{len(members)}人，其中高级职称{senior}人"])
        ws.append([])
    ws.append(["制表：医务处", None, None, "审核：张主任", None, "2025年1月8日"])
    wb.save(path)


def f_ptcm_mixed(path: Path):
    """省中医院: resident staff (帮扶方式 驻点) beside two 柔性帮扶 experts who come a few days a month over the whole
    year (每月在岗天数 2 / 3). The resident rows are stays; the 柔性 rows are not continuous stays on site (R01's
    连续工作, R06's 全年均有派驻人员驻点) and are held for a person to decide (README, judgement calls)."""
    fn, sh = path.name, "派驻及柔性帮扶人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省中医院派驻青杉县中医医院人员情况表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["填报单位：霁川省中医院", None, None, None, None, "填报日期：2025年1月6日"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "帮扶方式", "挂职职务", "派驻时间", "每月在岗天数"])
    people = [
        ("zheng", "郑溪月", "针灸科", "主治中医师", "驻点", "科主任（挂职）", "2024.03.01-2024.08.31", "全月",
         dep("针灸科", "主治中医师", "中级", "医疗", "科主任", d(2024, 3, 1), d(2024, 8, 31))),
        ("kong", "孔令书", "脾胃病科", "副主任中医师", "驻点", "挂职副院长", "2024.03.01-2025.02.28", "全月",
         dep("脾胃病科", "副主任中医师", "副高级", "医疗", "副院长", d(2024, 3, 1), d(2025, 2, 28))),
        ("mei", "梅映雪", "护理部", "主管护师", "驻点", None, "2024.03.01-2024.08.31", "全月",
         dep("护理部", "主管护师", "中级", "护理", None, d(2024, 3, 1), d(2024, 8, 31))),
        ("qiao", "乔松年", "肿瘤科", "主任中医师/教授", "柔性帮扶", None, "2024.01.01-2024.12.31", 2, None),
        ("yan", "严知微", "中药房", "副主任中药师", "柔性帮扶", None, "2024.01.01-2024.12.31", 3, None),
    ]
    for i, (key, name, dept, title, how, post, period, days, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, how, post, period, days])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        if f:
            row("deployments", fn, sh, r, f, {"support_hospital_id": PTCM, "recipient_hospital_id": QSTCM},
                ["start_date", "department"], id_number=ID[key])
        else:
            quarantine(fn, sh, r, "not_a_stay", "柔性帮扶: 2–3 days a month over 2024, not a continuous stay on site; "
                       "curating 2024-01-01..12-31 would count as year-round coverage (R06) and a 12-month stay (R01)")
    ws.append(["注：柔性帮扶专家按月排班到院坐诊、查房，不驻点。"])
    wb.save(path)


def f_p1_summary(path: Path):
    """省人民医院 annual work summary: counts in sentences — no row of any curated table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工作总结"
    ws.append([f"霁川省人民医院2024年度组团式帮扶工作总结（{SYN}）"])
    ws.append(["一、基本情况"])
    ws.append(["全年共派出组团式帮扶队2支，共10人次（9人），其中高级职称5人，挂职副院长2人、科主任1人。"])
    ws.append(["二、主要成效"])
    ws.append(["帮助受援医院开展新技术3项，举办学术讲座12次，培训医务人员420人次。"])
    ws.append(["霁川省人民医院（盖章）", None, "2025年1月12日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 霁州市
def f_qs_trainees_csv(path: Path):
    """青杉县人民医院 进修人员: CSV UTF-8 with BOM, a title line, 进修时间 one cell "2024年3月1日-2024年8月31日";
    one row with no 进修时间 at all (a required value missing: held)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青杉县人民医院2024年赴霁川省人民医院进修人员（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修医院", "进修时间", "是否结业"])
    people = [("t1", "陈可安", "心血管内科", "2024年3月1日-2024年8月31日", "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("t2", "吴以宁", "重症医学科", "2024年9月1日-2025年2月28日", "否", d(2024, 9, 1), d(2025, 2, 28), False),
              ("t3", "石清和", "麻醉科", "", "", None, None, None)]
    r = 2
    for key, name, dept, period, done, sd, ed, donev in people:
        w.writerow([name, use_id(key), dept, P1, period, done])
        r += 1
        if sd:
            row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, completed=donev),
                {"recipient_hospital_id": QS, "host_hospital_id": P1}, ["start_date", "department"],
                id_number=ID[key])
        else:
            quarantine(fn, None, r, "missing_value", "进修时间 blank: no start date (required)")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_qs_monthly_xlsx(path: Path):
    """青杉县人民医院 1—6月 业务量: plain."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杉县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [18300 + 150 * m, 1410 + 12 * m, 302 + 4 * m, 35 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QS}, ["month"])
    wb.save(path)


def f_qw_techniques_ods(path: Path):
    """栖梧县人民医院 新技术 (.ods), brought by the second team."""
    fn, sh = path.name, "新技术新业务"
    rows = [[f"栖梧县人民医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("支气管镜下肺泡灌洗术", "呼吸内科", "2024-09-20", 14, "是", d(2024, 9, 20), 14, True),
             ("经皮椎体成形术", "骨科", "2024-10-16", 6, "是", d(2024, 10, 16), 6, True),
             ("急性脑梗死静脉溶栓", "神经内科", "2024-11-05", 9, "否", d(2024, 11, 5), 9, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": QW, "support_hospital_id": P1}, ["name"])
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def f_qs_assessment_xlsx(path: Path):
    """青杉县人民医院 2024年6月 monthly assessment of the first team (the month in the title)."""
    fn, sh = path.name, "6月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杉县人民医院派驻人员2024年6月考核表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "电话抽查次数", "抽查在岗次数"])
    for i, (key, name, sc, present) in enumerate([("xu", "许砚秋", 95, 3), ("lin", "林望舒", 92.5, 3),
                                                  ("jiang", "江远帆", 78, 2), ("su", "苏晚晴", 90, 3),
                                                  ("cen", "岑思齐", 88, 3)], 1):
        ws.append([i, name, use_id(key), P1, sc, 3, present])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=6, score=float(sc), spot_checks=3, spot_checks_present=present),
            {"recipient_hospital_id": QS}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 梧溪市
def f_c1_team_csv(path: Path):
    """梧溪市中心医院 组团式帮扶队 to 芦汀县人民医院: CSV in GBK, 角色 队长 / 队员, 挂职职务 "副院长（分管医疗）",
    titles "副主任医师(副高)", "主治", "中级", "护师"; 工作年限 "14年"; the nurse without an ID number (NAME_ONLY);
    a totals line "共5人，其中高级职称2人"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"梧溪市中心医院组团式帮扶芦汀县人民医院队员名单（{SYN}）"] + [""] * 9)
    w.writerow(["序号", "角色", "姓名", "身份证号", "科室", "职称", "工作年限", "挂职职务", "派驻开始", "派驻结束"])
    people = [("队长", "he", "何向晚", "心血管内科", "副主任医师(副高)", "14年", "副院长（分管医疗）",
               ("副主任医师", "副高级", "医疗", "副院长", 14)),
              ("队员", "wu", "武清源", "急诊科", "主治", "8年", None, ("主治医师", "中级", "医疗", None, 8)),
              ("队员", "zhou", "周叙白", "内分泌科", "中级", "9年", None,
               ({"one_of": [None, "主治医师"]}, "中级", {"one_of": [None, "医疗"]}, None, 9)),
              ("队员", None, "卢小禾", "重症医学科", "护师", "6年", None, ("护师", "初级", "护理", None, 6)),
              ("队员", "gao", "高致远", "骨科", "副主任医师", "16年", None, ("副主任医师", "副高级", "医疗", None, 16))]
    r = 2
    for i, (role, key, name, dept, title_w, years, post, (title, rank, cat, pos, yrs)) in enumerate(people, 1):
        w.writerow([i, role, name, use_id(key) if key else "", dept, title_w, years, post or "", "2024/3/1",
                    "2024/8/31"])
        r += 1
        row("deployments", fn, None, r,
            dep(dept, title, rank, cat, pos, d(2024, 3, 1), d(2024, 8, 31), years_of_service=yrs),
            {"support_hospital_id": C1, "recipient_hospital_id": LT}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    w.writerow(["共5人，其中高级职称2人"] + [""] * 9)
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_c1_rotation_xls(path: Path):
    """梧溪市中心医院 派驻人员接替情况表 (.xls): one row per post — 原派驻人员 from 到岗日期, 接替人员 from 接替日期,
    派驻截止日期 the last holder's end. A row is two stays when someone took over (the first ends the day before
    接替日期), one when nobody did. Dates typed as text "2024.01.02". One post at 芦汀县中医院 — a hospital in no
    pairing list — is held."""
    fn, sh = path.name, "接替情况"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"梧溪市中心医院对口支援派驻人员接替情况表（2024年）（{SYN}）")
    hdr = ["序号", "受援单位", "派驻岗位", "科室", "原派驻人员", "身份证号", "职称", "到岗日期", "接替人员",
           "接替人员身份证号", "接替人员职称", "接替日期", "派驻截止日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    posts = [
        (LT, "执行院长", "普外科", "han", "韩书衡", "主任医师", "2024.01.02", "xing", "邢楚南", "主任医师", "2024.07.01",
         "2024.12.31",
         [dep("普外科", "主任医师", "正高级", "医疗", "院长", d(2024, 1, 2), d(2024, 6, 30)),
          dep("普外科", "主任医师", "正高级", "医疗", "院长", d(2024, 7, 1), d(2024, 12, 31))], ["han", "xing"]),
        (LT, "科主任（挂职）", "呼吸内科", "bai", "白映川", "主治医师", "2024.01.02", "du", "杜衡之", "副主任医师",
         "2024.04.15", "2024.10.14",
         [dep("呼吸内科", "主治医师", "中级", "医疗", "科主任", d(2024, 1, 2), d(2024, 4, 14)),
          dep("呼吸内科", "副主任医师", "副高级", "医疗", "科主任", d(2024, 4, 15), d(2024, 10, 14))], ["bai", "du"]),
        (LT, "驻点医师", "儿科", "lu", "陆听澜", "主治医师", "2024.03.01", None, None, None, None, "2024.08.31",
         [dep("儿科", "主治医师", "中级", "医疗", None, d(2024, 3, 1), d(2024, 8, 31))], ["lu"]),
        ("芦汀县中医院", "驻点医师", "康复科", "ning", "宁静远", "副主任医师", "2024.05.06", None, None, None, None,
         "2024.11.05", None, None),
    ]
    for i, (rec, post, dept, k1, n1, t1, s1, k2, n2, t2, s2, end, stays, keys) in enumerate(posts, 1):
        vals = [i, rec, post, dept, n1, use_id(k1), t1, s1, n2, use_id(k2) if k2 else None, t2, s2, end]
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(1 + i, j, v)
        r = 2 + i
        if stays is None:
            quarantine(fn, sh, r, "unresolved_hospital", "芦汀县中医院 is in no pairing list")
            continue
        for f, key in zip(stays, keys):
            row("deployments", fn, sh, r, f, {"support_hospital_id": C1, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    ws.write(2 + len(posts), 0, "填表：人事科　　2025年1月5日")
    wb.save(str(path))


def f_lt_activities_xls(path: Path):
    """芦汀县人民医院 帮扶活动 (.xls): 日期 as date cells, 活动形式, 主题, 参加人数, 帮扶单位."""
    fn, sh = path.name, "帮扶活动"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"芦汀县人民医院2024年对口帮扶活动登记（{SYN}）")
    for j, h in enumerate(["日期", "活动形式", "主题", "参加人数", "帮扶单位"]):
        ws.write(1, j, h)
    style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    acts = [(dt.date(2024, 3, 15), "学术讲座", "急性心梗的早期识别", 46),
            (dt.date(2024, 4, 10), "教学查房", "慢阻肺急性加重查房", 18),
            (dt.date(2024, 5, 22), "手术示教", "腹腔镜胆囊切除术", 9),
            (dt.date(2024, 6, 18), "疑难病例讨论", "不明原因发热", 22)]
    for i, (day, typ, topic, n) in enumerate(acts, 2):
        ws.write(i, 0, day, style)
        for j, v in enumerate([typ, topic, n, C1], 1):
            ws.write(i, j, v)
        row("activities", fn, sh, i + 1, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": LT, "support_hospital_id": C1}, ["activity_date", "activity_type"])
    wb.save(str(path))


def f_lt_monthly_ods(path: Path):
    """芦汀县人民医院 7—12月 业务量 (.ods), 月份 written "2024年7月"."""
    fn, sh = path.name, "7-12月"
    rows = [[f"芦汀县人民医院2024年7—12月主要业务指标（{SYN}）"],
            ["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for m in range(7, 13):
        v = [12100 + 80 * m, 905 + 9 * m, 188 + 2 * m, 26 - m]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LT}, ["month"])
    ods_doc(path, {sh: rows})


def f_county_xlsx(path: Path):
    """市卫健委: the three counties' inpatient flow for 2024."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("青杉县", "999101", 41230, 7105), ("栖梧县", "999102", 29817, 5532),
                                   ("芦汀县", "999201", 22406, 4871)):
        ws.append([county, code, 2024, tot, out])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "霁州市", "梧溪市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_p1_teams, "省直", "SYNTHETIC_省人民医院组团式帮扶队员名单2024.xlsx"),
             (f_ptcm_mixed, "省直", "SYNTHETIC_省中医院派驻及柔性帮扶人员2024.xlsx"),
             (f_p1_summary, "省直", "SYNTHETIC_省人民医院组团式帮扶工作总结2024.xlsx"),
             (f_qs_trainees_csv, "霁州市", "SYNTHETIC_青杉县人民医院进修人员2024.csv"),
             (f_qs_monthly_xlsx, "霁州市", "SYNTHETIC_青杉县人民医院业务量1-6月.xlsx"),
             (f_qw_techniques_ods, "霁州市", "SYNTHETIC_栖梧县人民医院新技术2024.ods"),
             (f_qs_assessment_xlsx, "霁州市", "SYNTHETIC_青杉县派驻人员考核2024年6月.xlsx"),
             (f_c1_team_csv, "梧溪市", "SYNTHETIC_市中心医院组团式帮扶芦汀队员.csv"),
             (f_c1_rotation_xls, "梧溪市", "SYNTHETIC_市中心医院派驻人员接替情况表.xls"),
             (f_lt_activities_xls, "梧溪市", "SYNTHETIC_芦汀县人民医院帮扶活动2024.xls"),
             (f_lt_monthly_ods, "梧溪市", "SYNTHETIC_芦汀县人民医院业务量7-12月.ods"),
             (f_county_xlsx, "梧溪市", "SYNTHETIC_县域住院流向2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
