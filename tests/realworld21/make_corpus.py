"""realworld21 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/ and eleven submissions that hospitals collected with online form systems (问卷星, 金数据,
腾讯问卷, 腾讯文档 收集表 and 在线表格) and exported: one row per submission, question-style headers ("1、您的姓名：",
"2. 身份证号码", "Q3 身份证号"), 提交时间 / 来源IP / 答题时长 / 序号 columns, options written "A. 是" / "B.否" / "√是",
"其他（请注明）〖…〗", "(跳过)" / "(空)" for skipped questions, free text with line breaks, and people who submitted
twice (the later submission corrects the earlier). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市,渚安县,蕖阳县,岚港县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in truth.json).
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


# ------------------------------------------------------------------------------------------- the province
P1, PTCM, CZ = "霁川省人民医院", "霁川省中医院", "澄州市中心医院"
ZA, ZATCM, QY, QYMCH, LG = "渚安县人民医院", "渚安县中医医院", "蕖阳县人民医院", "蕖阳县妇幼保健院", "岚港县人民医院"
RECIP = {ZA: ("二级甲等", "二级", "甲等", "综合医院", "渚安县"), ZATCM: ("二级乙等", "二级", "乙等", "中医医院", "渚安县"),
         QY: ("二级甲等", "二级", "甲等", "综合医院", "蕖阳县"), QYMCH: ("二级", "二级", None, "妇幼保健院", "蕖阳县"),
         LG: ("二级乙等", "二级", "乙等", "综合医院", "岚港县")}
PAIRS = [(P1, ZA, dt.date(2023, 12, 18)), (P1, QY, dt.date(2023, 12, 18)), (PTCM, ZATCM, dt.date(2023, 12, 22)),
         (CZ, QYMCH, dt.date(2024, 1, 9)), (CZ, LG, dt.date(2024, 1, 9))]

ID = {k: idn(*v) for k, v in {
    "luo": ("990101", "19760412", "031"), "su": ("990101", "19890305", "042"), "lin": ("990102", "19810917", "015"),
    "pang": ("990102", "19860223", "046"), "gong": ("990103", "19830611", "057"),
    "han": ("990402", "19920814", "023"), "duh": ("990402", "19880102", "014"), "ning": ("990402", "19950530", "065"),
    "meng": ("990402", "19900721", "028"),
    "xiang": ("990201", "19870309", "033"), "yu": ("990201", "19910227", "044"), "bai": ("990202", "19790616", "019"),
    "tang": ("990401", "19930411", "062"), "fang": ("990401", "19960918", "027"), "cheng": ("990401", "19890106", "048"),
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
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


RANK = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
        "主管护师": ("中级", "护理"), "副主任技师": ("副高级", "医技"), "副主任中医师": ("副高级", "医疗")}


def dep(dept, title, start, end, **extra):
    rank, cat = RANK[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **extra)


def write_csv(path: Path, rows, encoding: str, bom: bool = False, crlf: bool = True):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy; every value a string cell unless a number."""
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
                    for line in str(v).split("\n"):   # a line break in a cell is one <text:p> per line
                        c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]   # 问卷星 "按文本" export


def wjx(n, when, secs, ip):
    return [n, when, f"{secs}秒", "手机提交", SYN, ip]


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院等级 in one cell ("二级甲等"), agreement dates as dates, the period only in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  霁川省城乡医院对口支援关系表（2024—2028年）  {SYN}"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "支援医院", "受援医院", "受援医院等级", "受援医院类别", "所在县（市、区）", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        lvl, _, _, cat, county = RECIP[r]
        ws.append([i, s, r, lvl, cat, county, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2028, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, CZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_deployments_wjx(path: Path):
    """问卷星 "按文本" xlsx export (file name 问卷ID_0_标题_条数_条数): the support hospital only in the file name;
    options "A. 主任医师", "E. 其他（请注明）〖副主任技师〗", "A. 是" / "B.否"; skipped questions "(跳过)" / "(空)";
    派驻起止时间 as free text in four spellings; 罗承志 submitted twice — the later (序号 5) corrects department
    and end date; one wrong check digit; one person who skipped the ID question; a remark with a line break."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(WJX_META + ["1、您的姓名：", "2、身份证号码：", "3、您所在的科室：", "4、您的职称：", "5、派驻的受援医院：",
                          "6、派驻起止时间：", "7、是否在受援医院担任职务：", "8、担任的职务（如有）：",
                          "9、参加工作年限（年）：", "10、其他需要说明的情况："])
    wrong = ID["lin"][:17] + ("0" if ID["lin"][17] != "0" else "1")
    subs = [  # 序号, time, secs, ip, name, id, dept, title, recipient, period, post?, post, years, remark
        (1, "2024/3/5 14:22:10", 183, "118.112.36.25(霁川-澄州)", "罗承志", use_id("luo"), "心内科", "A. 主任医师",
         "A. 渚安县人民医院", "2024.3.1-2024.8.31", "A. 是", "副院长", "22", "(空)"),
        (2, "2024/3/5 15:01:47", 121, "118.112.36.77(霁川-澄州)", "苏婉", use_id("su"), "呼吸与危重症医学科",
         "C. 主治医师", "B. 蕖阳县人民医院", "2024年3月1日至2024年8月31日", "B.否", "(跳过)", "9", "(空)"),
        (3, "2024/3/5 16:30:02", 95, "223.87.4.190(霁川-澄州)", "林栖梧", use_id("lin", wrong), "重症医学科",
         "B. 副主任医师", "A. 渚安县人民医院", "2024/03/01~2024/08/31", "B.否", "(跳过)", "15", "(空)"),
        (4, "2024/3/6 08:12:55", 240, "118.112.37.3(霁川-澄州)", "庞晓雪", "(跳过)", "护理部", "D. 主管护师",
         "B. 蕖阳县人民医院", "2024-3-1 至 2024-12-31", "A. 是", "护理部副主任", "12", "身份证号码暂未带，\n后补。"),
        (5, "2024/3/6 09:03:44", 156, "118.112.36.25(霁川-澄州)", "罗承志", use_id("luo"), "心血管内科", "A. 主任医师",
         "A. 渚安县人民医院", "2024.3.1-2025.2.28", "A. 是", "副院长", "22", "上次填写有误，\n以本次为准。"),
        (6, "2024/8/26 10:44:19", 132, "223.87.5.14(霁川-澄州)", "龚一鸣", use_id("gong"), "检验科",
         "E. 其他（请注明）〖副主任技师〗", "A. 渚安县人民医院", "2024.9.1-2025.2.28", "B.否", "(跳过)", "(空)", "(空)"),
    ]
    for n, when, secs, ip, name, idv, dept, title, rec, period, post_q, post, years, remark in subs:
        ws.append(wjx(n, when, secs, ip) + [name, idv, dept, title, rec, period, post_q, post, years, remark])
        ws.cell(ws.max_row, 8).number_format = "@"
    r0 = 1  # header row
    R = {n: r0 + i for i, n in enumerate([s[0] for s in subs], 1)}
    sup = {"support_hospital_id": P1}
    row("deployments", fn, sh, [R[5], R[1]],
        dep("心血管内科", "主任医师", d(2024, 3, 1), d(2025, 2, 28), position_at_recipient="副院长", years_of_service=22),
        {**sup, "recipient_hospital_id": ZA}, ["start_date"], id_number=ID["luo"])
    row("deployments", fn, sh, R[2], dep("呼吸与危重症医学科", "主治医师", d(2024, 3, 1), d(2024, 8, 31),
                                         position_at_recipient=None, years_of_service=9),
        {**sup, "recipient_hospital_id": QY}, ["start_date"], id_number=ID["su"])
    row("deployments", fn, sh, R[3], dep("重症医学科", "副主任医师", d(2024, 3, 1), d(2024, 8, 31),
                                         position_at_recipient=None, years_of_service=15),
        {**sup, "recipient_hospital_id": ZA}, ["start_date"], id_number=wrong)
    finding(fn, R[3], "ID_CHECK_DIGIT")
    row("deployments", fn, sh, R[4], dep("护理部", "主管护师", d(2024, 3, 1), d(2024, 12, 31),
                                         position_at_recipient="护理部副主任", years_of_service=12),
        {**sup, "recipient_hospital_id": QY}, ["start_date"], id_number=None)
    finding(fn, R[4], "NAME_ONLY")
    row("deployments", fn, sh, R[6], dep("检验科", "副主任技师", d(2024, 9, 1), d(2025, 2, 28),
                                         position_at_recipient=None, years_of_service=None),
        {**sup, "recipient_hospital_id": ZA}, ["start_date"], id_number=ID["gong"])
    wb.save(path)


def f_county_stats_wjx(path: Path):
    """问卷星 xlsx export from the county 卫健局s: the year only inside the question text; 蕖阳县 submitted twice
    (the later corrects the outside-county count); a second sheet 统计 with the questionnaire's own summary."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(WJX_META + ["1、县（市、区）名称：", "2、行政区划代码：", "3、2024年县域内常住居民住院总人次：",
                          "4、2024年县域外住院人次（人次）：", "5、填报人及联系电话："])
    subs = [(1, "2025/1/13 9:02:11", 88, "171.217.9.4(霁川-澄州)", "渚安县", "999401", "41260", "5873",
             "医政股 唐某 0999-1234567"),
            (2, "2025/1/13 10:45:36", 102, "171.217.20.61(霁川-澄州)", "蕖阳县", "999402", "33518", "6120",
             "医政股 方某"),
            (3, "2025/1/14 16:20:09", 76, "110.185.3.200(霁川-枫桥)", "岚港县", "999501", "25007", "4389", "(跳过)"),
            (4, "2025/1/15 8:31:50", 64, "171.217.20.61(霁川-澄州)", "蕖阳县", "999402", "33518", "5912",
             "医政股 方某（更正：县域外人次）")]
    for s in subs:
        ws.append(wjx(*s[:4]) + list(s[4:]))
    for n, code, tot, out, places in ((1, "999401", 41260, 5873, [2]), (3, "999501", 25007, 4389, [4]),
                                      (4, "999402", 33518, 5912, [5, 3])):
        row("county_inpatient_stats", fn, sh, places, dict(county_code=code, year=2024, resident_admissions=tot,
                                                           resident_admissions_outside_county=out), {},
            ["county_code", "year"])
    st = wb.create_sheet("统计")
    st.append([f"问卷统计（{SYN}）"])
    st.append(["第1题", "县（市、区）名称", "填写人次"])
    st.append(["", "渚安县", 1])
    st.append(["", "蕖阳县", 2])
    st.append(["", "岚港县", 1])
    st.append(["本题有效填写人次", None, 4])
    wb.save(path)


def f_ptcm_activities_ods(path: Path):
    """金数据 export opened and saved as .ods: 活动类型 "A. 学术讲座" / "其他（请注明）：健康宣教"; 参加人数 "约40人"
    (→ empty + finding) and "120人"; 活动内容 with line breaks; the 疑难病例讨论 of 7月9日 sent twice (the later
    corrects 参加人数)."""
    fn, sh = path.name, "数据"
    rows = [["序号", "1、活动日期", "2、受援单位", "3、活动类型", "4、参加人数", "5、活动内容", "提交时间", "答题时长",
             "来源IP", "来源渠道"]]
    subs = [("2024/4/10", "渚安县中医医院", "A. 学术讲座", "45", "中医经典\n临床应用", "2024/4/10 17:05:33", "2分05秒",
             "学术讲座", 45),
            ("2024/5/16", "渚安县中医医院", "B. 教学查房", "约40人", "针灸科查房", "2024/5/16 12:40:08", "1分12秒",
             "教学查房", None),
            ("2024/6/3", "渚安县中医医院", "其他（请注明）：健康宣教", "60", "社区中医药\n健康宣教", "2024/6/3 18:22:51",
             "3分40秒", "其他", 60),
            ("2024/6/3", "渚安县中医医院", "F. 义诊", "120人", "“三伏贴”义诊", "2024/6/3 18:30:02", "58秒", "义诊", 120),
            ("2024/7/9", "渚安县中医医院", "D. 疑难病例讨论", "18", "脾胃病疑难病例", "2024/7/9 20:14:37", "1分30秒",
             None, None),
            ("2024/7/9", "渚安县中医医院", "D. 疑难病例讨论", "22", "脾胃病疑难病例\n（更正人数）", "2024/7/10 08:03:12",
             "1分02秒", "疑难病例讨论", 22)]
    for i, (day, rec, typ, n, content, when, dur, typv, nv) in enumerate(subs, 1):
        rows.append([i, day, rec, typ, n, content, when, dur, f"182.150.{i}.{30 + i}", f"微信（{SYN}）"])
    r = {i: i + 1 for i in range(1, 7)}
    y, m, dd = 2024, None, None
    for i, (day, rec, typ, n, content, when, dur, typv, nv) in enumerate(subs, 1):
        if typv is None:
            continue
        y, m, dd = (int(x) for x in day.split("/"))
        places = [r[i], r[5]] if i == 6 else [r[i]]
        row("activities", fn, sh, places, dict(activity_date=d(y, m, dd), activity_type=typv, participants=nv),
            {"recipient_hospital_id": ZATCM}, ["activity_date", "activity_type"])
        if n == "约40人":
            finding(fn, r[i], "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 蕖阳县
def f_qy_trainees_jsj_csv(path: Path):
    """金数据 CSV in GBK: question headers "1. 您的姓名"; the ID number with a leading tab (so Excel keeps it text);
    进修起止时间 free text; 是否收费 "A. 是" / "B.否" with the amount only when charged; 是否结业 "√是" / "否";
    杜衡 double-submitted (same answers, 8 s apart: one trainee); a remark with a line break."""
    fn = path.name
    rows = [["序号", "1. 您的姓名", "2. 身份证号码", "3. 您的工作单位", "4. 所在科室", "5. 进修医院", "6. 进修起止时间",
             "7. 是否收取进修费用", "8. 进修费用（元）", "9. 是否已结业", "10. 备注", "提交时间", "来源IP", "答题时长",
             "来源渠道"]]
    subs = [(1, "韩清", "han", "内科", "2024/3/4-2024/9/3", "B.否", "", "√是", "", "2024/9/5 10:02:11", "1分20秒"),
            (2, "杜衡", "duh", "普外科", "2024/3/4-2024/9/3", "A. 是", "3000", "√是", "", "2024/9/5 10:15:40", "2分01秒"),
            (3, "杜衡", "duh", "普外科", "2024/3/4-2024/9/3", "A. 是", "3000", "√是", "", "2024/9/5 10:15:48", "2分09秒"),
            (4, "宁知秋", "ning", "儿科", "2024/9/2-2025/3/1", "B.否", "", "否", "仍在进修", "2024/12/30 16:40:27",
             "1分45秒"),
            (5, "孟晚", "meng", "检验科", "2024/3/4-2024/6/3", "B.否", "", "√是", "已结业，\n证书待发。",
             "2024/12/31 9:12:05", "2分30秒")]
    for n, name, key, dept, period, fee_q, fee, done, rem, when, dur in subs:
        rows.append([n, name, "\t" + use_id(key), "A. 蕖阳县人民医院", dept, "霁川省人民医院", period, fee_q, fee, done,
                     rem, when, f"171.217.{n}.{100 + n}", dur, f"链接（{SYN}）"])
    for places, key, dept, sd, ed, feev, donev in (([2], "han", "内科", d(2024, 3, 4), d(2024, 9, 3), 0.0, True),
                                                   ([3, 4], "duh", "普外科", d(2024, 3, 4), d(2024, 9, 3), 3000.0, True),
                                                   ([5], "ning", "儿科", d(2024, 9, 2), d(2025, 3, 1), 0.0, False),
                                                   ([6], "meng", "检验科", d(2024, 3, 4), d(2024, 6, 3), 0.0, True)):
        row("trainees", fn, None, places, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                completed=donev),
            {"recipient_hospital_id": QY, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    write_csv(path, rows, "gbk")


def f_qymch_monthly_wjx_xls(path: Path):
    """问卷星 export saved as .xls: one submission per month; a 测试 submission first (not data); 填报月份 in five
    spellings; 4月 submitted twice (the later corrects 门急诊人次); 下转接收 "(跳过)" in 5月."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    hdr = WJX_META + ["1、填报单位：", "2、填报月份：", "3、门急诊人次：", "4、出院人数：", "5、手术台次：",
                      "6、转出患者人次：", "7、下转接收人次："]
    for j, h in enumerate(hdr):
        ws.write(0, j, h)
    subs = [(1, "2024/2/1 9:00:03", 31, "测试", "测试", "1", "1", "1", "1", "1"),
            (2, "2024/2/2 10:21:44", 97, "B. 蕖阳县妇幼保健院", "2024年1月", "6512", "388", "91", "14", "3"),
            (3, "2024/3/4 11:05:20", 84, "B. 蕖阳县妇幼保健院", "2024-02", "5830", "352", "80", "12", "2"),
            (4, "2024/4/2 9:48:51", 90, "B. 蕖阳县妇幼保健院", "2024.3", "6907", "401", "95", "15", "4"),
            (5, "2024/5/6 15:33:29", 75, "B. 蕖阳县妇幼保健院", "2024年4月", "7120", "415", "99", "13", "5"),
            (6, "2024/5/7 8:10:12", 69, "B. 蕖阳县妇幼保健院", "2024年4月", "7210", "415", "99", "13", "5"),
            (7, "2024/6/3 14:02:37", 88, "B. 蕖阳县妇幼保健院", "2024/5", "7033", "409", "97", "16", "(跳过)"),
            (8, "2024/7/2 10:10:10", 81, "B. 蕖阳县妇幼保健院", "2024年6月", "6874", "398", "93", "11", "6")]
    for i, s in enumerate(subs, 1):
        vals = wjx(*s[:3], f"171.217.30.{s[0]}(霁川-澄州)") + list(s[3:])
        for j, v in enumerate(vals):
            ws.write(i, j, v)
    for m, sub, places in ((1, 2, [3]), (2, 3, [4]), (3, 4, [5]), (4, 6, [7, 6]), (5, 7, [8]), (6, 8, [9])):
        s = subs[sub - 1]
        down = None if s[9] == "(跳过)" else int(s[9])
        row("hospital_monthly_stats", fn, sh, places,
            dict(year=2024, month=m, outpatient_visits=int(s[5]), discharges=int(s[6]), surgeries=int(s[7]),
                 referrals_out=int(s[8]), referrals_down_received=down), {"recipient_hospital_id": QYMCH}, ["month"])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 澄州市
def f_cz_deployments_jsj_ods(path: Path):
    """金数据 export (.ods): metadata columns after the questions (提交人, 提交时间, 修改时间, IP, 填写设备);
    派驻单位 "A. 岚港县人民医院"; 派驻起止时间 "2024年4月1日至2024年9月30日" / "2024-04-01—2024-09-30";
    管理职务 "A. 是（请注明职务）〖副院长〗"; one 15-digit ID number."""
    fn, sh = path.name, "澄州市中心医院派驻人员登记"
    x = ID["xiang"]
    fifteen = x[:6] + x[8:14] + x[14:17]
    rows = [[f"澄州市中心医院对口支援派驻人员登记（金数据导出，{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻起止时间", "是否担任管理职务", "提交人",
             "提交时间", "修改时间", "IP", "填写设备"],
            [1, "向远", use_id("xiang", fifteen), "普外科", "主治医师", "A. 岚港县人民医院", "2024年4月1日至2024年9月30日",
             "B. 否", "向远", "2024/3/28 16:02:41", "2024/3/28 16:02:41", "27.17.8.91", "iPhone"],
            [2, "喻青禾", use_id("yu"), "产科", "主管护师", "B. 蕖阳县妇幼保健院", "2024-04-01—2024-09-30", "B. 否",
             "喻青禾", "2024/3/28 17:30:05", "2024/3/29 8:15:12", "27.17.9.4", "Android"],
            [3, "柏舟", use_id("bai"), "骨科", "副主任医师", "A. 岚港县人民医院", "2024.10.8-2025.4.7",
             "A. 是（请注明职务）〖副院长〗", "柏舟", "2024/9/30 11:45:00", "2024/9/30 11:45:00", "27.17.8.200",
             "PC"]]
    ods_doc(path, {sh: rows})
    sup = {"support_hospital_id": CZ}
    row("deployments", fn, sh, 3, dep("普外科", "主治医师", d(2024, 4, 1), d(2024, 9, 30), position_at_recipient=None),
        {**sup, "recipient_hospital_id": LG}, ["start_date"], id_number=ID["xiang"])
    finding(fn, 3, "ID_15_DIGIT")
    row("deployments", fn, sh, 4, dep("产科", "主管护师", d(2024, 4, 1), d(2024, 9, 30), position_at_recipient=None),
        {**sup, "recipient_hospital_id": QYMCH}, ["start_date"], id_number=ID["yu"])
    row("deployments", fn, sh, 5, dep("骨科", "副主任医师", d(2024, 10, 8), d(2025, 4, 7), position_at_recipient="副院长"),
        {**sup, "recipient_hospital_id": LG}, ["start_date"], id_number=ID["bai"])


def f_cz_activities_txdoc_xlsx(path: Path):
    """腾讯文档 在线表格 downloaded as xlsx: an instruction line above the header, a 示例 row the clerks never deleted,
    several people filling rows (填写人), 活动时间 with the hour "2024/3/15 14:30", a blank row, an empty 参加人数."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄州市中心医院对口帮扶活动登记表（多人协作，请勿修改表头）{SYN}"])
    ws.append(["填写人", "受援单位", "活动时间", "活动类型", "参加人数", "备注"])
    ws.append(["示例：张三", "XX县人民医院", "2024/1/1 9:00", "学术讲座", 50, "（示例行，请勿删除）"])
    acts = [("张医生", LG, "2024/3/15 14:30", "学术讲座", 50, "", d(2024, 3, 15), 50),
            ("李护士长", QYMCH, "2024/4/2 9:00", "技术培训", 30, "新生儿复苏\n技能培训", d(2024, 4, 2), 30),
            ("张医生", LG, "2024/5/20 15:00", "手术示教", 8, "", d(2024, 5, 20), 8),
            None,
            ("王主任", LG, "2024/6/11 10:00", "远程会诊", None, "线上", d(2024, 6, 11), None)]
    for a in acts:
        if a is None:
            ws.append([])
            continue
        who, rec, when, typ, n, note, day, nv = a
        ws.append([who, rec, when, typ, n, note])
        row("activities", fn, sh, ws.max_row, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": CZ}, ["activity_date", "activity_type"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 渚安县
def f_za_assessments_txwj_csv(path: Path):
    """腾讯问卷 CSV, UTF-8 without BOM: "Q2 被考核人姓名" style headers, 开始/结束答题时间, 答题时长 "3分12秒";
    考核得分 "96分"; 在岗次数 "3次"; 龚一鸣's 10月 sent twice (the later corrects the score); 考核意见 with a line break."""
    fn = path.name
    rows = [["编号", "开始答题时间", "结束答题时间", "答题时长", "IP", "自定义字段", "Q1 受援单位", "Q2 被考核人姓名",
             "Q3 身份证号", "Q4 考核月份", "Q5 考核得分", "Q6 本月在岗抽查次数", "Q7 其中在岗次数", "Q8 考核意见"]]
    subs = [(1, "2024/10/8 9:12:50", "2024/10/8 9:15:02", "2分12秒", "luo", "罗承志", "2024年9月", "95", "3", "3",
             "工作认真，\n带教积极。"),
            (2, "2024/10/8 9:16:10", "2024/10/8 9:19:22", "3分12秒", "gong", "龚一鸣", "2024年9月", "92", "3", "3", "良好"),
            (3, "2024/11/5 14:01:03", "2024/11/5 14:03:40", "2分37秒", "luo", "罗承志", "2024年10月", "96分", "4", "4",
             "优秀"),
            (4, "2024/11/5 14:05:11", "2024/11/5 14:07:00", "1分49秒", "gong", "龚一鸣", "2024年10月", "88", "4", "3次",
             "有一次外出未请假"),
            (5, "2024/11/6 8:30:45", "2024/11/6 8:31:58", "1分13秒", "gong", "龚一鸣", "2024年10月", "89", "4", "3次",
             "有一次外出未请假\n（更正分数）")]
    for n, t0, t1, dur, key, name, month, score, checks, present, note in subs:
        rows.append([n, t0, t1, dur, f"117.173.{n}.{20 + n}", SYN, "A. 渚安县人民医院", name, use_id(key), month, score,
                     checks, present, note])
    for places, key, m, sc, ch, pr in (([2], "luo", 9, 95.0, 3, 3), ([3], "gong", 9, 92.0, 3, 3),
                                       ([4], "luo", 10, 96.0, 4, 4), ([6, 5], "gong", 10, 89.0, 4, 3)):
        row("staff_monthly_assessments", fn, None, places,
            dict(year=2024, month=m, score=sc, spot_checks=ch, spot_checks_present=pr),
            {"recipient_hospital_id": ZA}, ["month"], id_number=ID[key])
    write_csv(path, rows, "utf-8", crlf=False)


def f_zatcm_trainees_wjx_csv(path: Path):
    """问卷星 CSV (UTF-8 with BOM) under a title "A赴B进修": 进修科室 "A. 针灸科" / "D. 其他（请注明）〖推拿科〗";
    dates "2024-03-04" and "2024年3月4日"; 费用 "0" / "免费"; 结业 "A. 是" / "B.否"."""
    fn = path.name
    rows = [WJX_META + ["1、姓名：", "2、身份证号：", "3、进修科室：", "4、进修开始时间：", "5、进修结束时间：",
                        "6、进修费用：", "7、是否结业："]]
    subs = [(1, "2024/9/10 11:20:31", 66, "tang", "唐知微", "A. 针灸科", "2024-03-04", "2024-09-03", "0", "A. 是",
             "针灸科", d(2024, 3, 4), d(2024, 9, 3), True),
            (2, "2024/9/10 11:42:09", 102, "fang", "方若", "D. 其他（请注明）〖推拿科〗", "2024年3月4日", "2024年9月3日",
             "免费", "A. 是", "推拿科", d(2024, 3, 4), d(2024, 9, 3), True),
            (3, "2024/12/2 15:05:57", 80, "cheng", "程一苇", "B. 脾胃病科", "2024-09-02", "2025-03-01", "0", "B.否",
             "脾胃病科", d(2024, 9, 2), d(2025, 3, 1), False)]
    for i, (n, when, secs, key, name, dept, s, e, fee, done, deptv, sd, ed, donev) in enumerate(subs, 2):
        rows.append(wjx(n, when, secs, f"182.140.{n}.{9 * n}(霁川-渚安)") + [name, use_id(key), dept, s, e, fee, done])
        row("trainees", fn, None, i, dict(department=deptv, start_date=sd, end_date=ed, fee_charged=0.0,
                                           completed=donev),
            {"recipient_hospital_id": ZATCM, "host_hospital_id": PTCM}, ["start_date", "department"],
            id_number=ID[key])
    write_csv(path, rows, "utf-8", bom=True)


def f_za_monthly_jsj_xlsx(path: Path):
    """金数据 xlsx export: sheet 数据 (one submission per month, "1.填报月份" "2024年7月", 提交人 / 提交时间 / IP after the
    questions, 手术台次 "—" in 9月 = not reported) and a sheet 统计 of the form's own summary (not data)."""
    fn, sh = path.name, "数据"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(["序号", "1.填报月份", "2.门急诊人次", "3.出院人数", "4.手术台次", "5.转出人次", "提交人", "提交时间",
               "IP地址", "来源"])
    for i, m in enumerate(range(7, 13), 1):
        v = [18200 + 150 * m, 1310 + 11 * m, 305 + 4 * m, 52 - 2 * m]
        cells = [i, f"2024年{m}月", v[0], v[1], "—" if m == 9 else v[2], v[3], "统计室 程某",
                 f"2024/{m + 1 if m < 12 else 1}/3 10:{10 + m}:0{m % 10}".replace("2024/1/", "2025/1/"),
                 f"117.173.40.{m}", SYN]
        ws.append(cells)
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=None if m == 9 else v[2],
                 referrals_out=v[3]), {"recipient_hospital_id": ZA}, ["month"])
    st = wb.create_sheet("统计")
    st.append(["字段", "有效填写数", "合计", "平均值"])
    st.append(["2.门急诊人次", 6, sum(18200 + 150 * m for m in range(7, 13)), None])
    st.append(["3.出院人数", 6, sum(1310 + 11 * m for m in range(7, 13)), None])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 岚港县
def f_lg_techniques_txdoc_xlsx(path: Path):
    """腾讯文档 收集表 export, newest submission first: 无痛胃肠镜诊疗 sent in July (40 例, 6月8日) and corrected in
    November (46 例, 6月18日) — the November row is above; "约15例" (→ empty + finding); 首次开展 "2024年8月";
    填补县域空白 "√是" / "否"; 帮扶单位 "A. 澄州市中心医院"; 项目简介 with line breaks."""
    fn, sh = path.name, "收集结果"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(["编号", "提交者", "提交时间", "1. 新技术/新项目名称", "2. 开展科室", "3. 首次开展日期", "4. 开展例数",
               "5. 是否填补县域空白", "6. 帮扶单位", "7. 项目简介", "来源"])
    subs = [(4, "医务科小王", "2024/11/20 10:12:33", "无痛胃肠镜诊疗", "消化内科", "2024/6/18", "46", "√是",
             "镇静下胃肠镜检查，\n由帮扶专家带教开展。"),
            (3, "重症医学科", "2024/9/2 16:40:05", "床旁超声引导下中心静脉置管", "重症医学科", "2024年8月", "约15例", "否",
             "超声引导，\n提高穿刺成功率。"),
            (2, "医务科小王", "2024/7/1 08:55:41", "无痛胃肠镜诊疗", "消化内科", "2024/6/8", "40", "√是", "镇静下胃肠镜检查"),
            (1, "骨科", "2024/4/2 11:02:17", "经皮椎体成形术", "骨科", "2024/3/26", "3", "√是", "")]
    for n, who, when, name, dept, first, cases, gap, intro in subs:
        ws.append([n, who, when, name, dept, first, cases, gap, "A. 澄州市中心医院", intro, SYN])
    hs = {"recipient_hospital_id": LG, "support_hospital_id": CZ}
    row("techniques", fn, sh, [2, 4], dict(name="无痛胃肠镜诊疗", department="消化内科",
                                           first_performed_date=d(2024, 6, 18), cases=46, fills_county_gap=True),
        hs, ["name"])
    row("techniques", fn, sh, 3, dict(name="床旁超声引导下中心静脉置管", department="重症医学科",
                                      first_performed_date=d(2024, 8, 1), cases=None, fills_county_gap=False), hs, ["name"])
    finding(fn, 3, "UNPARSEABLE_OPTIONAL")
    row("techniques", fn, sh, 5, dict(name="经皮椎体成形术", department="骨科", first_performed_date=d(2024, 3, 26),
                                      cases=3, fills_county_gap=True), hs, ["name"])
    wb.save(path)


def f_lg_satisfaction_wjx_xlsx(path: Path):
    """问卷星 export of a staff satisfaction survey about the dispatched experts: feeds no curated table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(WJX_META + ["1、您所在的科室：", "2、您对派驻专家的总体满意度：", "3、派驻专家是否按时在岗：",
                          "4、您希望增加哪些帮扶内容？（多选）", "5、意见和建议："])
    ws.append(wjx(1, "2024/12/10 9:01:22", 45, "110.185.7.8(霁川-枫桥)") +
              ["内科", "A. 非常满意", "A. 是", "学术讲座┋手术示教", "(空)"])
    ws.append(wjx(2, "2024/12/10 9:05:40", 61, "110.185.7.31(霁川-枫桥)") +
              ["外科", "B. 满意", "A. 是", "教学查房┋其他〖进修名额〗", "希望延长派驻时间，\n多开展手术示教。"])
    ws.append(wjx(3, "2024/12/10 10:17:03", 38, "110.185.9.2(霁川-枫桥)") +
              ["护理部", "C. 一般", "B.否", "技术培训", "(空)"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "澄州市", "渚安县", "蕖阳县", "岚港县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表（2024—2028年）.xlsx")
    files = [(f_p1_deployments_wjx, "省直", "SYNTHETIC_266183402_0_霁川省人民医院对口支援派驻人员信息登记_6_6.xlsx"),
             (f_county_stats_wjx, "省直", "SYNTHETIC_270051977_0_2024年各县县域住院流向填报_4_4.xlsx"),
             (f_ptcm_activities_ods, "省直", "SYNTHETIC_霁川省中医院帮扶渚安县中医医院活动登记（金数据导出）.ods"),
             (f_qy_trainees_jsj_csv, "蕖阳县", "SYNTHETIC_蕖阳县人民医院外出进修人员登记_金数据导出.csv"),
             (f_qymch_monthly_wjx_xls, "蕖阳县", "SYNTHETIC_258810036_0_蕖阳县妇幼保健院月度业务量填报_8_8.xls"),
             (f_cz_deployments_jsj_ods, "澄州市", "SYNTHETIC_澄州市中心医院派驻人员登记_金数据_20241008.ods"),
             (f_cz_activities_txdoc_xlsx, "澄州市", "SYNTHETIC_【腾讯文档】澄州市中心医院对口帮扶活动登记表.xlsx"),
             (f_za_assessments_txwj_csv, "渚安县", "SYNTHETIC_渚安县人民医院派驻人员月度考核_腾讯问卷_原始数据.csv"),
             (f_zatcm_trainees_wjx_csv, "渚安县", "SYNTHETIC_问卷星_渚安县中医医院赴霁川省中医院进修人员登记.csv"),
             (f_za_monthly_jsj_xlsx, "渚安县", "SYNTHETIC_渚安县人民医院月度业务量填报_金数据_20250108.xlsx"),
             (f_lg_techniques_txdoc_xlsx, "岚港县", "SYNTHETIC_【腾讯文档】岚港县人民医院新技术新项目收集表（收集结果）.xlsx"),
             (f_lg_satisfaction_wjx_xlsx, "岚港县", "SYNTHETIC_261120455_0_岚港县人民医院派驻专家满意度调查_3_3.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
