"""realworld135 corpus generator — SYNTHETIC / 合成数据. A fictional province (青梓省) for 2024 whose county hospitals
are helped across provincial lines (东西部协作 组团式帮扶 from 东澜省, 省际对口帮扶 from 南溟省) besides ordinary
intra-province pairings: the pairing list in data/raw/reference/, the supporting provinces' team offices' files in
their own layouts (前方工作队 / 后方医院), the recipients' files, and two ordinary intra-province files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,东澜省工作队,南溟省,碧崖县,汀芜县,霁原县}/…, OUT/truth.json

Every province, county, hospital, person and ID number is invented; ID numbers use region codes starting 99 with a
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


# this province's recipients
BY, TW, TWMCH, JY, JYTCM = "碧崖县人民医院", "汀芜县人民医院", "汀芜县妇幼保健院", "霁原县人民医院", "霁原县中医医院"
# supporters: two provinces' and this province's own
DL, DLCY, DLLZ = "东澜省人民医院", "东澜省澄阳市第一人民医院", "东澜省澜州市中心医院"
NM = "南溟省人民医院"
CY, QZTCM = "澄阳市第一人民医院", "青梓省中医院"   # CY: this province's 澄阳市 — the same name as 东澜省's
RECIP = {BY: ("二级甲等", "二级", "甲等", "综合医院", "碧崖县"), TW: ("二级甲等", "二级", "甲等", "综合医院", "汀芜县"),
         TWMCH: ("二级", "二级", None, "妇幼保健院", "汀芜县"), JY: ("二级乙等", "二级", "乙等", "综合医院", "霁原县"),
         JYTCM: ("二级甲等", "二级", "甲等", "中医医院", "霁原县")}

PEOPLE = {  # key: (name, region, birth, seq)
    "lin": ("林泽安", "990501", "19750312", "031"), "su": ("苏映雪", "990501", "19820716", "042"),
    "gu": ("顾景和", "990501", "19780905", "026"), "liang": ("梁嘉树", "990502", "19800218", "017"),
    "tang": ("唐书瑶", "990502", "19890427", "048"), "fang": ("方一鸣", "990503", "19870611", "035"),
    "qiu": ("邱慕白", "990503", "19810102", "053"), "qian": ("钱望舒", "990501", "19700823", "019"),
    "hao": ("郝静姝", "990503", "19830930", "064"),
    "he": ("何清扬", "990801", "19900115", "022"), "zeng": ("曾若兰", "990801", "19911120", "047"),
    "li": ("黎晓峰", "990802", "19880308", "013"), "shi": ("石敬亭", "990801", "19920621", "038"),
    "long": ("龙映川", "990801", "19890904", "025"),
    "luo": ("罗知秋", "990601", "19790507", "016"), "han": ("韩若谷", "990601", "19860214", "057"),
    "song": ("宋知微", "990601", "19880729", "044"),
    "chen": ("陈屿白", "990701", "19770418", "033"), "zhou": ("周子衿", "990701", "19851009", "021"),
    "wu": ("吴听澜", "990701", "19900603", "058"),
    "meng": ("孟采薇", "990803", "19930212", "046"), "yan": ("严思远", "990803", "19910817", "015"),
}
ID = {k: idn(r, b, s) for k, (_n, r, b, s) in PEOPLE.items()}
NAME = {k: v[0] for k, v in PEOPLE.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
used_ids = set()


def use_id(key):
    used_ids.add(ID[key])
    return ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "主任护师": ("正高级", "护理"), "主管技师": ("中级", "医技")}


def dep(dept, title, start, end, **more):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


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
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
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
    """附件1 of 青梓省: 受援医院 first, 等级 written "二级甲等", a 帮扶类型 column, section lines per kind of help, the
    supporters of other provinces named in full with their province's prefix; 支援期限 given for one pairing only
    (the others: the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：青梓省城乡医院对口支援及东西部协作医疗帮扶关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "帮扶类型", "协议签订日期", "支援期限"])
    sections = [
        ("一、东西部协作（东澜省，3对）", [(BY, DL, "东西部协作（组团式帮扶）", dt.date(2024, 1, 10), None),
                                    (TW, DLCY, "东西部协作", dt.date(2024, 1, 10), None),
                                    (TWMCH, DLLZ, "东西部协作", dt.date(2024, 1, 10), None)]),
        ("二、省际对口帮扶（南溟省，1对）", [(BY, NM, "省际对口帮扶", dt.date(2024, 2, 20), "2024年3月—2026年12月")]),
        ("三、省内城乡对口支援（2对）", [(JY, CY, "城乡对口支援", dt.date(2023, 12, 15), None),
                                 (JYTCM, QZTCM, "城乡对口支援", dt.date(2023, 12, 15), None)]),
    ]
    i = 0
    for head, pairs in sections:
        ws.append([head])
        for r, s, kind, ag, per in pairs:
            i += 1
            written, _lv, _gr, cat, county = RECIP[r]
            ws.append([i, r, written, cat, county, s, kind, ag, per])
            ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
            if per:
                start, end, src = d(2024, 3, 1), d(2026, 12, 31), "support_period"
            else:
                start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
            truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                      "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，省份、医院名称均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (DL, DLCY, DLLZ, NM, CY, QZTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 东澜省工作队
F_TEAM = "SYNTHETIC_东澜省援青梓医疗人才组团式帮扶前方工作队队员名册2024.xlsx"
F_TWMCH = "SYNTHETIC_汀芜县妇幼保健院接收东澜省派驻人员登记表.xlsx"


def f_team_roster(path: Path):
    """东澜省's team office: its own headers (队员姓名, 后方医院（派出单位）, 前方帮扶医院, 挂职职务, 进驻时间, 期满时间,
    帮扶方式); the 后方医院 written short ("省人民医院" under a title naming 东澜省, "东澜省人民医院（本部）", "澄阳市一院",
    "澜州中心医院") and once as "澄阳市第一人民医院" — the name of a hospital of 青梓省 too; a 后方医院 in no pairing
    list; a 柔性帮扶 expert (not stationed)."""
    fn, sh = path.name, "前方工作队"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"东澜省援青梓医疗人才“组团式”帮扶前方工作队队员名册（2024年）（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["填报单位：东澜省卫生健康委员会援青梓工作队办公室"])
    ws.append(["序号", "队员姓名", "身份证号码", "后方医院（派出单位）", "前方帮扶医院", "专业", "职称", "挂职职务",
               "帮扶方式", "进驻时间", "期满时间", "备注"])
    team = [  # key, 后方医院 as written, support (truth), recipient, dept, title, post written, post (truth), mode, s, e
        ("lin", "东澜省人民医院（本部）", DL, BY, "普外科", "主任医师", "挂职副院长（队长）", "副院长", "驻点帮扶",
         dt.date(2024, 3, 1), dt.date(2025, 2, 28)),
        ("su", "省人民医院", DL, BY, "心血管内科", "副主任医师", "挂职科主任", "科主任", "驻点帮扶",
         dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
        ("gu", "省人民医院", DL, BY, "护理部", "主任护师", None, None, "驻点帮扶", dt.date(2024, 3, 1),
         dt.date(2024, 8, 31)),
        ("liang", "澄阳市一院", DLCY, TW, "骨科", "副主任医师", "挂职副院长", "副院长", "驻点帮扶", dt.date(2024, 3, 15),
         dt.date(2024, 9, 14)),
        ("tang", "澄阳市第一人民医院", DLCY, TW, "麻醉科", "主治医师", None, None, "驻点帮扶", dt.date(2024, 3, 15),
         dt.date(2024, 9, 14)),
        ("fang", "澜州中心医院", DLLZ, TWMCH, "儿科", "主治医师", None, None, "驻点帮扶", dt.date(2024, 4, 1),
         dt.date(2024, 9, 30)),
        ("qiu", "东澜省妇幼保健院", None, TWMCH, "产科", "副主任医师", None, None, "驻点帮扶", dt.date(2024, 4, 1),
         dt.date(2024, 9, 30)),
        ("qian", "省人民医院", None, BY, "医学影像科", "主任医师", None, None, "柔性帮扶（后方专家，每月到岗5天）",
         dt.date(2024, 5, 1), dt.date(2024, 12, 31)),
    ]
    for i, (key, written, sup, rec, dept, title, post_w, post, mode, s, e) in enumerate(team, 1):
        ws.append([i, NAME[key], use_id(key), written, rec, dept, title, post_w, mode, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (10, 11):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if key == "qiu":
            quarantine(fn, sh, r, "unresolved_hospital", "东澜省妇幼保健院 is in no pairing list")
            continue
        if key == "qian":
            quarantine(fn, sh, r, "not_a_stay", "柔性帮扶: a back-office expert coming 5 days a month, not stationed")
            continue
        places = [(fn, sh, r)]
        if key == "fang":       # the recipient's own register lists the same stay again
            places.append((F_TWMCH, "登记表", 3))
        row("deployments", places, dep(dept, title, s.isoformat(), e.isoformat(), position_at_recipient=post),
            {"support_hospital_id": sup, "recipient_hospital_id": rec}, ["start_date", "department"], ID[key])
    ws.append(["合计", "前方工作队8人（驻点7人、柔性1人）"])
    ws.append([])
    ws.append(["制表：东澜省援青梓工作队办公室", None, None, None, None, None, None, None, None, "2025年1月6日"])
    wb.save(path)


def f_team_trainees(path: Path):
    """东澜省's team office (.xls): the 后方医院 that hosted 青梓省's trainees — "省人民医院" under a title naming
    东澜省, "东澜省人民医院（本部）", "澄阳市一院", "澜州市中心医院"; 进修起止时间 in one cell; 免费; 已结业 / 在修; one
    trainee without an ID number."""
    fn, sh = path.name, "接收进修"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"东澜省后方医院接收青梓省受援医院进修人员情况表（2024年）（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "选派单位", "接收医院（后方）", "进修专业", "进修起止时间", "收费情况", "结业情况"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("he", BY, "省人民医院", DL, "重症医学科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31),
               "已结业", True),
              ("zeng", BY, "东澜省人民医院（本部）", DL, "内分泌科", "2024.09.01-2025.02.28", d(2024, 9, 1),
               d(2025, 2, 28), "在修", False),
              ("li", TW, "澄阳市一院", DLCY, "骨科", "2024.04.01-2024.09.30", d(2024, 4, 1), d(2024, 9, 30),
               "已结业", True),
              (None, TWMCH, "澜州市中心医院", DLLZ, "新生儿科", "2024.05.06-2024.11.05", d(2024, 5, 6), d(2024, 11, 5),
               "已结业", True)]
    for i, (key, rec, host_w, host, dept, period, sd, ed, done_w, done) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, NAME[key] if key else "朱暮雨", use_id(key) if key else "", rec, host_w, dept, period,
                               "免费", done_w]):
            ws.write(r, j, v)
        row("trainees", [(fn, sh, r + 1)], dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                                  completed=done),
            {"recipient_hospital_id": rec, "host_hospital_id": host}, ["start_date", "department"],
            ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(2 + len(people), 0, "合计")
    ws.write(2 + len(people), 1, "4人")
    wb.save(str(path))


def f_dlcy_techniques(path: Path):
    """东澜省澄阳市第一人民医院 (.ods): the recipient only in the title; 技术来源医院 written "澄阳市第一人民医院" —
    the name of 青梓省's own hospital — twice, and in full once."""
    fn, sh = path.name, "新技术"
    rows = [[f"东澜省澄阳市第一人民医院帮扶汀芜县人民医院新技术新项目开展情况（2024年）（{SYN}）"],
            ["序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "技术来源医院"]]
    items = [("膝关节镜下半月板缝合术", "骨科", dt.date(2024, 5, 20), 12, "是", True, "澄阳市第一人民医院"),
             ("超声引导下神经阻滞麻醉", "麻醉科", dt.date(2024, 6, 10), 45, "否", False, "澄阳市第一人民医院"),
             ("人工髋关节置换术", "骨科", dt.date(2024, 9, 3), 6, "是", True, DLCY)]
    for i, (name, dept, day, cases, gap_w, gap, src) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap_w, src])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                       cases=cases, fills_county_gap=gap),
            {"recipient_hospital_id": TW, "support_hospital_id": DLCY}, ["name"])
    rows.append(["填报人：医务部", None, None, "审核：", None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 南溟省
def f_nm_roster_csv(path: Path):
    """南溟省人民医院 (CSV, GBK): 派出单位 "省人民医院" under a title naming 南溟省; 派驻单位 "碧崖县医院"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"南溟省人民医院对口帮扶青梓省碧崖县人民医院派驻人员名单（2024年）（{SYN}）"] + [""] * 7)
    w.writerow(["姓名", "身份证号", "派出单位", "派驻单位", "科室", "职称", "派驻开始时间", "派驻结束时间"])
    people = [("luo", "省人民医院", "碧崖县医院", "神经内科", "副主任医师", d(2024, 3, 1), d(2024, 8, 31)),
              ("han", "省人民医院", "碧崖县医院", "急诊科", "主治医师", d(2024, 3, 1), d(2024, 8, 31)),
              ("song", NM, BY, "检验科", "主管技师", d(2024, 9, 1), d(2025, 2, 28))]
    r = 2
    for key, sup_w, rec_w, dept, title, s, e in people:
        w.writerow([NAME[key], use_id(key), sup_w, rec_w, dept, title, s, e])
        r += 1
        row("deployments", [(fn, None, r)], dep(dept, title, s, e), {"support_hospital_id": NM,
                                                                     "recipient_hospital_id": BY},
            ["start_date", "department"], ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_nm_activities(path: Path):
    """南溟省人民医院's activity record at 碧崖 (which has two supporters): no hospital column; the title says who."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"南溟省人民医院帮扶碧崖县人民医院活动记录（2024年）（{SYN}）"])
    ws.append(["日期", "活动类型", "主题", "主讲人", "参加人数"])
    for day, typ, topic, who, n in ((dt.date(2024, 3, 20), "学术讲座", "脑卒中早期识别", "罗知秋", 42),
                                    (dt.date(2024, 4, 17), "教学查房", "急性胸痛查房", "韩若谷", 18),
                                    (dt.date(2024, 6, 5), "疑难病例讨论", "癫痫持续状态病例讨论", "罗知秋", 15)):
        ws.append([day, typ, topic, who, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                        participants=n),
            {"recipient_hospital_id": BY, "support_hospital_id": NM}, ["activity_date"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 碧崖县
def f_by_activities(path: Path):
    """碧崖县人民医院's own register of both supporters' activities: 帮扶单位 "东澜省人民医院（本部）", "东澜省人医",
    "南溟省人民医院", "东澜组团帮扶队" (the 组团式 team: 东澜省人民医院's), and once "省人民医院" (two supporters are
    a 省人民医院: neither can be told)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"碧崖县人民医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.append(["序号", "活动日期", "帮扶单位", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 12), "东澜省人民医院（本部）", DL, "手术示教", "腹腔镜胆囊切除术", 10),
            (dt.date(2024, 3, 26), "东澜省人医", DL, "学术讲座", "心力衰竭规范化管理", 56),
            (dt.date(2024, 4, 9), NM, NM, "技术培训", "卒中中心建设培训", 30),
            (dt.date(2024, 5, 14), "东澜组团帮扶队", DL, "义诊", "乡村巡回义诊", 200),
            (dt.date(2024, 6, 18), "省人民医院", None, "疑难病例讨论", "重症肺炎病例讨论", 20)]
    for i, (day, sup_w, sup, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, sup_w, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                        participants=n),
            {"recipient_hospital_id": BY} | ({"support_hospital_id": sup} if sup else {}),
            ["activity_date"])
        if sup is None:
            truth["rows"][-1]["fields"]["support_hospital_id"] = None
            finding(fn, ws.max_row, "HOSPITAL_NOT_FOUND")
    ws.append(["填表人：医务科", None, None, None, "2025年1月10日"])
    wb.save(path)


def f_by_trainees_ods(path: Path):
    """碧崖县人民医院's own list of staff sent out for training (.ods): 进修单位 "南溟省人民医院（本部）", "东澜省人医"."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"碧崖县人民医院2024年外出进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修单位", "进修科室", "进修时间", "进修费用（元）", "是否结业"]]
    for i, (key, host_w, host, dept, period, sd, ed) in enumerate(
            [("shi", "南溟省人民医院（本部）", NM, "神经内科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31)),
             ("long", "东澜省人医", DL, "心血管内科", "2024.04.01-2024.09.30", d(2024, 4, 1), d(2024, 9, 30))], 1):
        rows.append([i, NAME[key], use_id(key), host_w, dept, period, 0, "是"])
        row("trainees", [(fn, sh, len(rows))], dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                                     completed=True),
            {"recipient_hospital_id": BY, "host_hospital_id": host}, ["start_date"], ID[key])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 汀芜县
def f_tw_monthly(path: Path):
    """汀芜县人民医院: an ordinary monthly table, 1—6月, with a 合计 row."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀芜县人民医院2024年1—6月主要业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [18200 + 230 * m, 1310 + 21 * m, 305 + 7 * m, 52 - 3 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": TW}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_twmch_register(path: Path):
    """汀芜县妇幼保健院's register of the people 东澜省 sent (受援单位填报): 派出医院 "澜州中心医院" / "澜州市中心医院",
    the same stay as the team roster's once, a 派出医院 in no pairing list; dates "2024年4月1日"."""
    fn, sh = path.name, "登记表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀芜县妇幼保健院接收东澜省派驻人员登记表（受援单位填报）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出医院", "科室", "职称", "到岗时间", "离岗时间"])
    ws.append([1, NAME["fang"], use_id("fang"), "澜州中心医院", "儿科", "主治医师", "2024年4月1日", "2024年9月30日"])
    ws.append([2, NAME["hao"], use_id("hao"), "澜州市中心医院", "妇产科", "副主任医师", "2024年4月1日", "2024年9月30日"])
    row("deployments", [(fn, sh, 4)], dep("妇产科", "副主任医师", d(2024, 4, 1), d(2024, 9, 30)),
        {"support_hospital_id": DLLZ, "recipient_hospital_id": TWMCH}, ["start_date", "department"], ID["hao"])
    ws.append([3, NAME["qiu"], use_id("qiu"), "东澜省妇幼保健院", "产科", "副主任医师", "2024年4月1日", "2024年9月30日"])
    quarantine(fn, sh, 5, "unresolved_hospital", "东澜省妇幼保健院 is in no pairing list")
    for r in range(3, 6):
        ws.cell(r, 3).number_format = "@"
    wb.save(path)


# ------------------------------------------------------------------------------------------- 霁原县 (intra-province)
def f_cy_roster(path: Path):
    """青梓省's own 澄阳市第一人民医院 at 霁原县人民医院: the hospitals only in the title; 派驻时间 "2024.1.8-2024.7.7"."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄阳市第一人民医院派驻霁原县人民医院人员花名册（2024年）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻时间", "在受援医院任职"])
    for i, (key, dept, title, period, s, e, post) in enumerate(
            [("chen", "内科", "副主任医师", "2024.1.8-2024.7.7", d(2024, 1, 8), d(2024, 7, 7), "副院长"),
             ("zhou", "外科", "主治医师", "2024.1.8-2024.7.7", d(2024, 1, 8), d(2024, 7, 7), None),
             ("wu", "儿科", "主治医师", "2024.7.8-2025.1.7", d(2024, 7, 8), d(2025, 1, 7), None)], 1):
        ws.append([i, NAME[key], use_id(key), dept, title, period, post])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", [(fn, sh, ws.max_row)], dep(dept, title, s, e, position_at_recipient=post),
            {"support_hospital_id": CY, "recipient_hospital_id": JY}, ["start_date", "department"], ID[key])
    ws.append(["合计：3人"])
    wb.save(path)


def f_jytcm_trainees_csv(path: Path):
    """霁原县中医医院 (CSV, UTF-8 with BOM): 进修医院 "省中医院" (in 青梓省's file: 青梓省中医院)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：霁原县中医医院（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修医院", "进修科室", "开始日期", "结束日期", "进修费(元)", "是否结业"])
    r = 2
    for key, host_w, dept, s, e, done in (("meng", "省中医院", "针灸科", d(2024, 3, 4), d(2024, 9, 3), "是"),
                                         ("yan", QZTCM, "骨伤科", d(2024, 5, 6), d(2024, 11, 5), "否")):
        w.writerow([NAME[key], use_id(key), host_w, dept, s, e, "0", done])
        r += 1
        row("trainees", [(fn, None, r)], dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                               completed=done == "是"),
            {"recipient_hospital_id": JYTCM, "host_hospital_id": QZTCM}, ["start_date"], ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "东澜省工作队", "南溟省", "碧崖县", "汀芜县", "霁原县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_青梓省对口帮扶关系一览表（2024—2026年）.xlsx")
    files = [(f_team_roster, "东澜省工作队", F_TEAM),
             (f_team_trainees, "东澜省工作队", "SYNTHETIC_东澜省后方医院接收进修人员情况表2024.xls"),
             (f_dlcy_techniques, "东澜省工作队", "SYNTHETIC_澄阳市一院帮扶汀芜县人民医院新技术2024.ods"),
             (f_nm_roster_csv, "南溟省", "SYNTHETIC_南溟省人民医院派驻碧崖县人民医院人员名单2024.csv"),
             (f_nm_activities, "南溟省", "SYNTHETIC_南溟省人民医院帮扶活动记录（碧崖）2024.xlsx"),
             (f_by_activities, "碧崖县", "SYNTHETIC_碧崖县人民医院2024年对口帮扶活动登记表.xlsx"),
             (f_by_trainees_ods, "碧崖县", "SYNTHETIC_碧崖县人民医院外出进修人员2024.ods"),
             (f_tw_monthly, "汀芜县", "SYNTHETIC_汀芜县人民医院业务量1-6月2024.xlsx"),
             (f_twmch_register, "汀芜县", F_TWMCH),
             (f_cy_roster, "霁原县", "SYNTHETIC_澄阳市第一人民医院派驻霁原县人民医院花名册2024.xlsx"),
             (f_jytcm_trainees_csv, "霁原县", "SYNTHETIC_霁原县中医医院进修人员2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
