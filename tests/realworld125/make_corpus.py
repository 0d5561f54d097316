"""realworld125 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅川省), 2024: answers collected
through online questionnaires (问卷星 / 腾讯问卷 / 金数据 style) and exported to Excel, CSV or ODS by the province's
office — one row per submitted answer sheet, question texts as headers, the platforms' own columns, multi-choice
questions as one column per option, 'other, please specify' columns, test submissions and resubmissions — beside
the pairing list in reference/ and a few ordinary files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,问卷导出,常规报送}/…, OUT/truth.json

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


P1, PTCM, C1 = "琅川省人民医院", "琅川省中医院", "澄州市第一人民医院"
TX, TXTCM, WL, WLMCH, ZS = "檀溪县人民医院", "檀溪县中医医院", "雾岚县人民医院", "雾岚县妇幼保健院", "棹山县人民医院"
RECIP = {TX: ("二级甲等", "二级", "甲等", "综合医院", "檀溪县"), TXTCM: ("二级乙等", "二级", "乙等", "中医医院", "檀溪县"),
         WL: ("二级甲等", "二级", "甲等", "综合医院", "雾岚县"), WLMCH: ("二级", "二级", None, "妇幼保健院", "雾岚县"),
         ZS: ("二级乙等", "二级", "乙等", "综合医院", "棹山县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19720315", "031"), "tao": ("990101", "19880611", "042"), "he": ("990102", "19800920", "015"),
    "shen": ("990101", "19750801", "024"), "jiang": ("990101", "19780405", "036"), "kong": ("990102", "19801103", "017"),
    "zheng": ("990103", "19890214", "051"), "feng": ("990103", "19910718", "062"), "wei": ("990201", "19860716", "072"),
    "cen": ("990201", "19870930", "038"), "luo": ("990111", "19920506", "083"), "bai": ("990111", "19941012", "028"),
    "du": ("990221", "19900327", "044"), "qin": ("990221", "19930809", "065"), "shao": ("990222", "19951201", "016"),
    "ouyang": ("990201", "19820423", "047"),
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


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLE = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
         "副主任护师": ("副高级", "护理"), "主管技师": ("中级", "医技")}


def dep(dept, title, start, end, position=None):
    rank, cat = TITLE[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=position,
                start_date=start, end_date=end)


def write_csv(path, rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 as the office issues it: 受援医院 first, 等级 in one column (二级甲等), 所在县, 支援医院, 协议签订日期 as
    dates; 支援期限 given for one pairing, blank (→ the title's 2024—2026年) for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅川省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(TX, P1, dt.date(2023, 12, 8), None), (TXTCM, PTCM, dt.date(2023, 12, 8), None),
             (WL, P1, dt.date(2024, 1, 16), "2024.3.1-2027.2.28"), (WLMCH, C1, dt.date(2023, 12, 20), None),
             (ZS, C1, dt.date(2023, 12, 20), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        lvl, _l, _g, cat, county = RECIP[r]
        ws.append([i, r, lvl, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_lvl, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


WJX = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "总分"]


def wjx_cols(n, when, secs, src="手机提交"):
    return [n, when, f"{secs}秒", src, f"https://www.wjx.cn/vm/SYN{n:03d}.aspx（{SYN}）", f"10.99.{n}.{n * 7}(琅川-澄州)",
            0]


# ------------------------------------------------------------------------------------------- 问卷导出
def f_dep_wjx_text(path: Path):
    """问卷星 '按选项文本' export of the dispatched doctors' registration: a test sheet (测试 / 111), 陶宛清 twice
    (the later corrects the end), 职称 other-specify, 派驻时长 typed as 半年, a recipient in no pairing list, a
    start left blank ((跳过))."""
    fn, sh = path.name, "派驻人员信息登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(WJX + ["1. 您的姓名：", "2、派出单位（请填写全称）", "3、派驻的受援医院[单选题]", "4、身份证号码",
                     "5、所在科室", "6.职称[单选题]", "6.职称〖其他〗", "Q7_派驻开始日期", "8、派驻结束日期（或派驻时长）",
                     "9、在受援医院担任职务[单选题]"])
    ans = [  # key, name, sup, rec, dept, title, other, start, end, pos, submitted
        (None, "测试", "111", TX, None, "主治医师", None, "2024-01-01", "111", "无", "2024/2/28 17:02:11"),
        ("xu", "许知行", P1, TX, "心血管内科", "主任医师", None, "2024-03-05", "2024-09-04", "副院长", "2024/3/5 09:12:40"),
        ("tao", "陶宛清", P1, TX, "心血管内科", "主治医师", None, "2024-03-05", "2024-08-04", "无", "2024/3/5 09:20:03"),
        ("he", "贺明远", P1, WL, "普外科", "其他〖请注明〗", "副主任医师", "2024-04-01", "半年", "无", "2024/4/2 10:01:55"),
        ("shen", "沈如意", P1, TX, "护理部", "副主任护师", None, "2024年3月5日", "2024年9月4日", "无", "2024/3/6 08:45:10"),
        ("tao", "陶宛清", P1, TX, "心血管内科", "主治医师", None, "2024-03-05", "2024-09-04", "无", "2024/3/8 16:30:27"),
        ("jiang", "江晚舟", P1, "碧湖县人民医院", "麻醉科", "主治医师", None, "2024-07-01", "2024-12-31", "无",
         "2024/7/2 11:11:11"),
        ("kong", "孔令仪", P1, WL, "麻醉科", "主治医师", None, "(跳过)", "(跳过)", "(跳过)", "2024/7/3 14:00:02"),
    ]
    for n, (key, name, sup, rec, dept, title, other, start, end, pos, when) in enumerate(ans, 1):
        ws.append(wjx_cols(n, when, 60 + 13 * n) + [name, sup, rec, use_id(key) if key else None, dept, title, other,
                                                    start, end, pos])
        ws.cell(ws.max_row, 11).number_format = "@"
        r = ws.max_row
        hosp = {"support_hospital_id": P1, "recipient_hospital_id": rec}
        if n == 2:
            row("deployments", fn, sh, r, dep(dept, title, d(2024, 3, 5), d(2024, 9, 4), "副院长"), hosp,
                ["start_date"], ID[key])
        elif n == 4:
            f = dep(dept, "副主任医师", d(2024, 4, 1), None)
            f["end_date"] = {"one_of": [d(2024, 9, 30), d(2024, 10, 1)]}
            row("deployments", fn, sh, r, f, hosp, ["start_date"], ID[key])
        elif n == 5:
            row("deployments", fn, sh, r, dep(dept, title, d(2024, 3, 5), d(2024, 9, 4)), hosp, ["start_date"], ID[key])
        elif n == 6:
            row("deployments", fn, sh, r, dep(dept, title, d(2024, 3, 5), d(2024, 9, 4)), hosp, ["start_date"], ID[key])
        elif n == 7:
            quarantine(fn, sh, r, "unresolved_hospital", "碧湖县人民医院 is in no pairing list")
        elif n == 8:
            quarantine(fn, sh, r, "missing_required", "派驻开始日期 skipped ((跳过)): a stay without a start")
    wb.save(path)


def f_dep_wjx_codes(path: Path):
    """问卷星 '按选项序号' export: single-choice answers as option numbers, a codebook sheet 选项编码 after the data
    sheet; 职称 option 6 (其他) with the text in 6、职称〖其他〗."""
    fn, sh = path.name, "答卷数据"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(WJX + ["1、姓名", "2、派出单位[单选题]", "3、受援医院[单选题]", "4、身份证号", "5、科室", "6、职称[单选题]",
                     "6、职称〖其他〗", "7、派驻开始日期", "8、派驻结束日期"])
    sup_code = {P1: 1, PTCM: 2, C1: 3}
    rec_code = {TX: 1, TXTCM: 2, WL: 3, WLMCH: 4, ZS: 5}
    t_code = {"主任医师": 1, "副主任医师": 2, "主治医师": 3, "住院医师": 4, "主管护师": 5, "其他": 6}
    ans = [("zheng", "郑书远", PTCM, TXTCM, "针灸科", "主治医师", None, dt.date(2024, 3, 5), dt.date(2024, 9, 4)),
           ("feng", "冯若宁", PTCM, TXTCM, "针灸科", "主治医师", None, dt.date(2024, 3, 5), dt.date(2024, 9, 4)),
           ("wei", "韦山河", C1, ZS, "儿科", "主治医师", None, dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
           ("cen", "岑伯言", C1, ZS, "检验科", "其他", "主管技师", dt.date(2024, 7, 1), dt.date(2024, 12, 31))]
    for n, (key, name, sup, rec, dept, title, other, s, e) in enumerate(ans, 1):
        ws.append(wjx_cols(n, f"2024/3/{n + 1} 10:0{n}:00", 80 + n, "微信") +
                  [name, sup_code[sup], rec_code[rec], use_id(key), dept, t_code[title], other, s, e])
        r = ws.max_row
        ws.cell(r, 11).number_format = "@"
        for c in (15, 16):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, other or title, s.isoformat(), e.isoformat()),
            {"support_hospital_id": sup, "recipient_hospital_id": rec}, ["start_date"], ID[key])
    cb = wb.create_sheet("选项编码")
    cb.append(["题目", "选项序号", "选项文本"])
    for q, codes in (("2、派出单位", sup_code), ("3、受援医院", rec_code), ("6、职称", t_code)):
        for text, c in codes.items():
            cb.append([q, c, text])
    cb.append([f"说明：{SYN}"])
    wb.save(path)


def f_trainees_jsj_csv(path: Path):
    """金数据 export of the trainees' registration, CSV UTF-8 with BOM: 进修时间 as one free-text answer
    ('2024年3月到8月', '2024年9月起，半年'), a test entry '111', 罗青岚 twice (the later adds 是否结业), one
    trainee without an ID number."""
    fn = path.name
    hdr = ["序号", "1. 姓名", "2. 身份证号", "3. 所在单位（受援医院）", "4. 进修医院", "5. 进修科室", "6. 进修时间（起止）",
           "7. 是否结业", "8. 进修费用（元）", "填写设备", "提交人", "提交时间", "修改时间", "IP地址"]
    rows = [hdr]
    ans = [("luo", "罗青岚", TX, P1, "内科", "2024-03-01至2024-08-31", None, "3000", "2024-03-01 09:00:05"),
           (None, "111", "测试", "测试", "111", "111", None, None, "2024-03-01 09:30:00"),
           ("bai", "白露凝", TX, P1, "急诊科", "2024年3月到8月", "是", "3000", "2024-03-02 15:20:41"),
           ("-", "钟子墨", WL, P1, "放射科", "2024年9月起，半年", "否", "0", "2024-09-02 08:10:09"),
           ("luo", "罗青岚", TX, P1, "内科", "2024-03-01至2024-08-31", "是", "3000", "2024-09-05 10:00:00")]
    for n, (key, name, unit, host, dept, period, done, fee, when) in enumerate(ans, 1):
        idv = use_id(key) if key and key != "-" else None
        rows.append([n, name, idv, unit, host, dept, period, done, fee, "手机", f"匿名用户（{SYN}）", when, when,
                     f"10.99.0.{n}"])
    write_csv(path, rows, "utf-8", bom=True)
    host = {"recipient_hospital_id": TX, "host_hospital_id": P1}
    row("trainees", fn, None, 4, dict(department="急诊科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                      fee_charged=3000.0, completed=True), host, ["start_date"], ID["bai"])
    row("trainees", fn, None, 5, dict(department="放射科", start_date=d(2024, 9, 1), end_date=d(2025, 2, 28),
                                      fee_charged=0.0, completed=False),
        {"recipient_hospital_id": WL, "host_hospital_id": P1}, ["start_date"], None)
    finding(fn, 5, "NAME_ONLY")
    row("trainees", fn, None, 6, dict(department="内科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                      fee_charged=3000.0, completed=True), host, ["start_date"], ID["luo"])


def f_trainees_txwj_csv(path: Path):
    """腾讯问卷 export, CSV in GBK: 'Q1 您的姓名' headers, 是否结业 as option letters 'A. 是' / 'B. 否', a skipped fee
    '(跳过)', a test sheet (测试)."""
    fn = path.name
    hdr = ["编号", "开始答题时间", "结束答题时间", "答题时长", "来源", "IP地址", "Q1 您的姓名", "Q2 身份证号", "Q3 所在单位",
           "Q4 进修医院", "Q5 进修科室", "Q6 进修开始日期", "Q7 进修结束日期", "Q8 是否已结业", "Q9 进修费用（元）"]
    rows = [hdr]
    ans = [("du", "杜若川", ZS, "骨科", "2024-03-01", "2024-08-31", "A. 是", "2000", 2000.0, True, "2024-03-01 08:01:00"),
           ("qin", "秦雨桐", ZS, "儿科", "2024-03-01", "2024-08-31", "A. 是", "0", 0.0, True, "2024-03-01 08:05:00"),
           (None, "测试", "测试", "测试", "2024-01-01", "2024-01-01", "B. 否", "(跳过)", None, None,
            "2024-02-27 16:00:00"),
           ("shao", "邵安歌", WLMCH, "妇产科", "2024-09-01", "2025-02-28", "B. 否", "(跳过)", None, False,
            "2024-09-01 09:30:00")]
    for n, (key, name, unit, dept, s, e, done, fee, _fv, _dv, when) in enumerate(ans, 1):
        rows.append([n, when, when[:-2] + "59", "61秒", f"微信（{SYN}）", f"10.99.1.{n}", name,
                     use_id(key) if key else "测试", unit, C1 if key else "测试", dept, s, e, done, fee])
        if key:
            row("trainees", fn, None, n + 1, dict(department=dept, start_date=s, end_date=e, fee_charged=_fv,
                                                  completed=_dv),
                {"recipient_hospital_id": unit, "host_hospital_id": C1}, ["start_date"], ID[key])
    write_csv(path, rows, "gbk")


def f_act_wjx_xlsx(path: Path):
    """问卷星 activities report: 帮扶方式 as one 0/1 column per option, 其他〖请注明〗 holding the text (远程会诊), one
    answer ticking two ways on one day (two activities, headcount skipped), a test answer (主题 测试, 111人)."""
    fn, sh = path.name, "帮扶活动上报"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    opts = ["学术讲座", "教学查房", "手术示教", "疑难病例讨论"]
    ws.append(WJX + ["1、受援医院[单选题]", "2、支援医院", "3、活动日期"] + [f"4、帮扶方式:{o}" for o in opts] +
              ["4、帮扶方式:其他〖请注明〗", "5、参加人数", "6、活动主题"])
    ans = [(TX, dt.date(2024, 4, 12), ["学术讲座"], None, 35, "急性胸痛的早期识别"),
           (TX, dt.date(2024, 5, 20), ["教学查房", "疑难病例讨论"], None, "(跳过)", "心衰病例查房及讨论"),
           (WL, dt.date(2024, 6, 18), [], "远程会诊", 12, "疑难影像远程会诊"),
           (WL, dt.date(2024, 7, 2), ["手术示教"], None, 8, "腹腔镜胆囊切除示教"),
           (TX, dt.date(2024, 3, 1), ["学术讲座"], None, 111, "测试")]
    for n, (rec, day, ticked, other, people, topic) in enumerate(ans, 1):
        ws.append(wjx_cols(n, f"{day.year}/{day.month}/{day.day} 18:0{n}:00", 120 + n) +
                  [rec, P1, day] + [1 if o in ticked else 0 for o in opts] + [other, people, topic])
        r = ws.max_row
        ws.cell(r, 10).number_format = "yyyy-mm-dd"
        if topic == "测试":
            continue
        for typ in ticked + ([other] if other else []):
            row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ,
                                              participants=people if isinstance(people, int) else None),
                {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date", "activity_type"])
    wb.save(path)


def f_act_txwj_csv(path: Path):
    """腾讯问卷 activities report, CSV UTF-8 without BOM: 帮扶方式 columns ticked 'Y', an activity date left empty
    ('(空)'), an answer submitted twice (the later corrects the headcount)."""
    fn = path.name
    opts = ["学术讲座", "技术培训", "义诊"]
    rows = [["编号", "开始答题时间", "结束答题时间", "答题时长", "来源", "IP地址", "Q1_受援医院", "Q2_支援医院", "Q3_活动日期"] +
            [f"Q4_帮扶方式:{o}" for o in opts] + ["Q4_帮扶方式:其他（请注明）", "Q5_参加人数"]]
    ans = [(ZS, "2024-05-08", "技术培训", 30), (ZS, "2024-08-15", "义诊", 80), (WLMCH, "(空)", "学术讲座", 25),
           (WLMCH, "2024-04-12", "学术讲座", 35), (WLMCH, "2024-04-12", "学术讲座", 40)]
    for n, (rec, day, typ, people) in enumerate(ans, 1):
        when = f"2024-{4 + n:02d}-20 09:{n:02d}:00"
        rows.append([n, when, when[:-2] + "50", "50秒", f"链接（{SYN}）", f"10.99.2.{n}", rec, C1, day] +
                    ["Y" if o == typ else "" for o in opts] + ["", people])
        r = n + 1
        if n == 3:
            quarantine(fn, None, r, "missing_required", "活动日期 empty ((空)): an activity without a date")
        elif n != 4:
            row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, participants=people),
                {"recipient_hospital_id": rec, "support_hospital_id": C1}, ["activity_date", "activity_type"])
    write_csv(path, rows, "utf-8")


def f_act_jsj_ods(path: Path):
    """金数据 activities export saved as .ods: 帮扶方式 one column per option holding the option text when ticked,
    参加人数 '约20人'."""
    fn, sh = path.name, "表单数据"
    opts = ["学术讲座", "手术示教", "疑难病例讨论"]
    rows = [["序号", "1. 受援医院", "2. 支援医院", "3. 活动日期"] + [f"4. 帮扶方式:{o}" for o in opts] +
            ["5. 参加人数", "提交人", "提交时间", "IP地址"]]
    ans = [("2024-09-10", "疑难病例讨论", "约20人", None), ("2024-10-15", "手术示教", "6", 6)]
    for n, (day, typ, people, pv) in enumerate(ans, 1):
        rows.append([n, WLMCH, C1, day] + [typ if o == typ else None for o in opts] +
                    [people, f"匿名（{SYN}）", f"{day} 20:00:00", f"10.99.3.{n}"])
        row("activities", fn, sh, n + 1, dict(activity_date=day, activity_type=typ, participants=pv),
            {"recipient_hospital_id": WLMCH, "support_hospital_id": C1}, ["activity_date", "activity_type"])
        if pv is None:
            finding(fn, n + 1, "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 常规报送
def f_tx_monthly(path: Path):
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"檀溪县人民医院2024年1—6月主要业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [15200 + 210 * m, 1120 + 17 * m, 260 + 5 * m, 40 - 2 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row, dict(year=2024, month=m, outpatient_visits=v[0],
                                                               discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": TX}, ["month"])
    ws.append(["填报人：统计室", None, "审核：", None, "2024年7月5日"])
    wb.save(path)


def f_wl_techniques(path: Path):
    fn, sh = path.name, "新技术"
    rows = [[f"雾岚县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("经皮冠状动脉介入治疗", "心内科", "2024-04-20", 9, "是", True),
             ("腹腔镜胆囊切除术", "普外科", "2024-06-03", 21, "否", False)]
    for i, (name, dept, day, cases, gap, gv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                  fills_county_gap=gv),
            {"recipient_hospital_id": WL, "support_hospital_id": P1}, ["name"])
    ods_doc(path, {sh: rows})


def f_county(path: Path):
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向（2024年）{SYN}"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, a, b in (("檀溪县", "999101", 39455, 6211), ("雾岚县", "999102", 28102, 4760),
                               ("棹山县", "999201", 20317, 4102)):
        ws.append([county, code, a, b])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=a,
                                                               resident_admissions_outside_county=b),
            {}, ["county_code"])
    wb.save(path)


def f_c1_roster_xls(path: Path):
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄州市第一人民医院2024年派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"]):
        ws.write(1, j, h)
    for j, v in enumerate([1, "欧阳晴", use_id("ouyang"), "妇产科", "副主任医师", WLMCH, "2024-05-06", "2024-11-05"]):
        ws.write(2, j, v)
    row("deployments", fn, sh, 3, dep("妇产科", "副主任医师", d(2024, 5, 6), d(2024, 11, 5)),
        {"support_hospital_id": C1, "recipient_hospital_id": WLMCH}, ["start_date"], ID["ouyang"])
    ws.write(4, 0, "制表：医务部")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "问卷导出", "常规报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_dep_wjx_text, "问卷导出", "SYNTHETIC_派驻人员信息登记_问卷星_按选项文本.xlsx"),
             (f_dep_wjx_codes, "问卷导出", "SYNTHETIC_派驻人员信息登记_问卷星_按选项序号.xlsx"),
             (f_trainees_jsj_csv, "问卷导出", "SYNTHETIC_进修人员报名_金数据导出.csv"),
             (f_trainees_txwj_csv, "问卷导出", "SYNTHETIC_进修人员登记_腾讯问卷.csv"),
             (f_act_wjx_xlsx, "问卷导出", "SYNTHETIC_帮扶活动上报_问卷星.xlsx"),
             (f_act_txwj_csv, "问卷导出", "SYNTHETIC_帮扶活动上报_腾讯问卷.csv"),
             (f_act_jsj_ods, "问卷导出", "SYNTHETIC_帮扶活动上报_金数据.ods"),
             (f_tx_monthly, "常规报送", "SYNTHETIC_檀溪县人民医院业务量2024年1-6月.xlsx"),
             (f_wl_techniques, "常规报送", "SYNTHETIC_雾岚县人民医院新技术2024.ods"),
             (f_county, "常规报送", "SYNTHETIC_各县县域住院流向2024.xlsx"),
             (f_c1_roster_xls, "常规报送", "SYNTHETIC_澄州市一院派驻人员名单2024.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
