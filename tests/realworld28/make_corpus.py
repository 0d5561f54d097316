"""realworld28 corpus generator — SYNTHETIC / 合成数据. A fictional province (峤南省) for 2024: the pairing list in
data/raw/reference/, exports of the provincial online reporting platform (省级对口支援信息平台导出) in
data/raw/平台导出/, and hand-made files of the same year for hospitals not on the platform in data/raw/手工报送/.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,平台导出,手工报送}/…, OUT/truth.json

The platform's files: headers carrying field codes ("A01 支援机构名称", "B05_派驻开始日期"), enumerated answers
stored as codes with the code table in a second sheet of the same workbook (代码表), dates as yyyymmdd numbers
(20240304) and months as yyyymm (202405), an export timestamp line above the header and a "共N条记录" line below
the data, ID numbers masked by the platform in one export ("9904**********0312": not an ID a tool can use, so
those people are identified by name) and complete in the others; the roster exported twice (a later export, the
full list again, replaces the earlier one). Every hospital, county, person and ID number is invented; ID numbers use
region codes starting 99 with a correct check digit (the wrong-check-digit and 15-digit spellings are spellings of
valid ones). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, YZC = "峤南省人民医院", "峤南省中医院", "砚州市中心医院"
TX, TXTCM, YT, YTMCH, FP = "檀溪县人民医院", "檀溪县中医医院", "雁汀县人民医院", "雁汀县妇幼保健院", "枫浦县人民医院"
RECIP = {TX: ("二级", "甲等", "综合医院", "檀溪县"), TXTCM: ("二级", "甲等", "中医医院", "檀溪县"),
         YT: ("二级", "乙等", "综合医院", "雁汀县"), YTMCH: ("二级", None, "妇幼保健院", "雁汀县"),
         FP: ("二级", "甲等", "综合医院", "枫浦县")}

ID = {k: idn(*v) for k, v in {
    # platform roster of 峤南省人民医院 (complete ID numbers)
    "xu": ("990401", "19730412", "035"), "han": ("990401", "19860927", "014"), "shi": ("990402", "19790203", "046"),
    "qi": ("990403", "19770718", "053"), "liang": ("990402", "19880105", "027"), "fan": ("990401", "19900816", "062"),
    # platform roster of 峤南省中医院
    "zheng": ("990411", "19760530", "031"), "feng": ("990411", "19850311", "048"), "lu": ("990412", "19871122", "025"),
    # hand-made roster of 砚州市中心医院
    "jiang": ("990501", "19780924", "017"), "chen": ("990501", "19840615", "039"), "luchg": ("990502", "19700308", "051"),
    "jia": ("990502", "19891201", "064"),
    # hand-made trainees of 雁汀县妇幼保健院
    "he": ("990421", "19920417", "026"), "xia": ("990421", "19940802", "043"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def masked(key):
    """The platform's masking: the first four and last four characters, ten asterisks between."""
    return ID[key][:4] + "*" * 10 + ID[key][-4:]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def ymd(iso):
    """An ISO date as the platform's yyyymmdd number."""
    return int(iso.replace("-", "")) if iso else None


def dep(dept, title, rank, cat, start, end, position=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=position)


# ------------------------------------------------------------------------------------------- platform layout
STAMP = "导出时间：{}　　数据来源：峤南省对口支援信息平台（" + SYN + "）"
CODES = {  # field code, field name → {code: meaning}; written into each workbook's 代码表 sheet as needed
    "职称": {231: "主任医师", 232: "副主任医师", 233: "主治医师", 234: "医师", 251: "主任护师", 252: "副主任护师",
           253: "主管护师", 254: "护师", 261: "主任技师", 262: "副主任技师", 263: "主管技师", 264: "技师"},
    "科室": {"0303": "心血管内科", "0304": "消化内科", "0401": "普通外科", "0701": "儿科", "2000": "急诊医学科",
           "2600": "麻醉科", "2800": "重症医学科", "3001": "医学检验科", "5010": "针灸科", "5011": "脾胃病科",
           "8001": "护理部"},
    "人员类别": {1: "医疗", 2: "护理", 3: "医技", 4: "药学", 5: "管理"},
    "任职": {1: "院长", 2: "副院长", 3: "科主任", 4: "科副主任", 9: "无"},
    "是否": {1: "是", 2: "否"},
    "机构级别": {3: "三级", 2: "二级", 1: "一级"},
    "活动形式": {"01": "学术讲座", "02": "教学查房", "03": "手术示教", "04": "疑难病例讨论", "05": "死亡病例讨论",
             "06": "技术培训", "07": "远程会诊", "08": "义诊", "99": "其他"},
    "考核等次": {1: "优秀", 2: "合格", 3: "基本合格", 4: "不合格"},
}


def code_rows(fields):
    """fields: [(field code, code-table name)] → the 代码表 sheet's rows."""
    rows = [[f"代码表（{SYN}）"], ["字段代码", "字段名称", "代码", "代码含义"]]
    for fcode, name in fields:
        for c, meaning in CODES[name].items():
            rows.append([fcode, name, c, meaning])
    return rows


def platform_xlsx(path, sheet, stamp, header, data, fields):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([STAMP.format(stamp)])
    ws.append(header)
    for r in data:
        ws.append(r)
        for c in ws[ws.max_row]:
            if isinstance(c.value, str):
                c.number_format = "@"
    ws.append([f"共{len(data)}条记录"])
    ct = wb.create_sheet("代码表")
    for r in code_rows(fields):
        ct.append(r)
    wb.save(path)


def platform_xls(path, sheet, stamp, header, data, fields):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    ws.write(0, 0, STAMP.format(stamp))
    for j, h in enumerate(header):
        ws.write(1, j, h)
    for i, r in enumerate(data, 2):
        for j, v in enumerate(r):
            if v is not None:
                ws.write(i, j, v)
    ws.write(2 + len(data), 0, f"共{len(data)}条记录")
    ct = wb.add_sheet("代码表")
    for i, r in enumerate(code_rows(fields)):
        for j, v in enumerate(r):
            ct.write(i, j, v)
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 等级 "二级甲等" in one column, 协议签订日期 as date cells, 支援期限 "2024年1月—2026年12月"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：峤南省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(P1, TX, dt.date(2023, 12, 12), "2024年1月—2026年12月", d(2024, 1, 1), d(2026, 12, 31)),
             (PTCM, TXTCM, dt.date(2023, 12, 12), "2024年1月—2026年12月", d(2024, 1, 1), d(2026, 12, 31)),
             (P1, YT, dt.date(2023, 12, 12), "2024年1月—2026年12月", d(2024, 1, 1), d(2026, 12, 31)),
             (YZC, YTMCH, dt.date(2023, 12, 26), "2024年1月—2026年12月", d(2024, 1, 1), d(2026, 12, 31)),
             (YZC, FP, dt.date(2024, 2, 6), "2024年3月—2027年2月", d(2024, 3, 1), d(2027, 2, 28))]
    for i, (s, r, ag, per, start, end) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, YZC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 平台导出
DEP_HEADER = ["序号", "A01 支援机构名称", "A02 受援机构名称", "A03 受援机构级别", "B01 姓名", "B02 身份证号",
              "B03 科室", "B04 职称", "B05_派驻开始日期", "B06_派驻结束日期", "B07 在受援医院任职", "B08 人员类别"]
DEP_FIELDS = [("A03", "机构级别"), ("B03", "科室"), ("B04", "职称"), ("B07", "任职"), ("B08", "人员类别")]
HAN_WRONG = ID["han"][:17] + ("0" if ID["han"][17] != "0" else "1")
# key, name, recipient, dept code, title code, start, end, post code, category code, fields, truth id number
P1_PEOPLE = [
    ("xu", "许嘉树", TX, "0303", 231, d(2024, 3, 4), d(2024, 9, 3), 3, 1,
     dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3), "科主任")),
    ("han", "韩秋实", TX, "0401", 233, d(2024, 3, 4), d(2024, 9, 3), 9, 1,
     dep("普通外科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
    ("shi", "石晓岚", TX, "8001", 252, d(2024, 4, 1), None, 9, 2,
     dep("护理部", "副主任护师", "副高级", "护理", d(2024, 4, 1), None)),
    ("qi", "祁远帆", YT, "2600", 232, d(2024, 5, 6), d(2024, 11, 5), 2, 1,
     dep("麻醉科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5), "副院长")),
    ("liang", "梁书宁", YT, "3001", 263, d(2024, 5, 6), d(2024, 11, 5), 9, 3,
     dep("医学检验科", "主管技师", "中级", "医技", d(2024, 5, 6), d(2024, 11, 5))),
]


def p1_roster_rows(people):
    out = []
    for i, (key, name, rec, dept, title, s, e, post, cat, _f) in enumerate(people, 1):
        idtext = use_id(key, HAN_WRONG if key == "han" else None)
        out.append([i, P1, rec, 2, name, idtext, dept, title, ymd(s), ymd(e), post, cat])
    return out


def f_p1_roster_first(path: Path):
    """峤南省人民医院's roster exported on 2025-01-08 (5 people); replaced by the export of 2025-01-20."""
    platform_xlsx(path, "派驻人员", "2025-01-08 10:32:15", DEP_HEADER, p1_roster_rows(P1_PEOPLE), DEP_FIELDS)


def f_p1_roster_second(path: Path, first_name: str):
    """The same roster exported again on 2025-01-20: the full list again, 梁书宁's end extended to 2024-12-31 and
    one person added (范知秋). The truth: the later export's rows; the unchanged ones may keep either place."""
    fn, sh = path.name, "派驻人员"
    people = [p if p[0] != "liang" else (*p[:6], d(2024, 12, 31), *p[7:9],
                                         dep("医学检验科", "主管技师", "中级", "医技", d(2024, 5, 6), d(2024, 12, 31)))
              for p in P1_PEOPLE]
    people.append(("fan", "范知秋", YT, "0701", 233, d(2024, 9, 2), d(2025, 3, 1), 9, 1,
                   dep("儿科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1))))
    platform_xlsx(path, sh, "2025-01-20 16:05:41", DEP_HEADER, p1_roster_rows(people), DEP_FIELDS)
    for i, p in enumerate(people):
        key, rec, f = p[0], p[2], p[9]
        places = [(fn, sh, 3 + i)]
        if key not in ("liang", "fan"):  # unchanged: the earlier export's row is the same row
            places.append((first_name, sh, 3 + i))
        row("deployments", places, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=HAN_WRONG if key == "han" else ID[key])


def f_ptcm_roster_xls(path: Path):
    """峤南省中医院's roster, the platform's "Excel 97-2003" export (.xls), the same field codes."""
    fn, sh = path.name, "派驻人员"
    people = [("zheng", "郑素问", "5010", 232, d(2024, 3, 11), d(2024, 9, 10), 9, 1,
               dep("针灸科", "副主任医师", "副高级", "医疗", d(2024, 3, 11), d(2024, 9, 10))),
              ("feng", "冯杏林", "5011", 233, d(2024, 3, 11), d(2024, 9, 10), 3, 1,
               dep("脾胃病科", "主治医师", "中级", "医疗", d(2024, 3, 11), d(2024, 9, 10), "科主任")),
              ("lu", "陆采薇", "8001", 253, d(2024, 7, 1), d(2024, 12, 31), 9, 2,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 1), d(2024, 12, 31)))]
    data = [[i, PTCM, TXTCM, 2, name, use_id(key), dept, title, ymd(s), ymd(e), post, cat]
            for i, (key, name, dept, title, s, e, post, cat, _f) in enumerate(people, 1)]
    platform_xls(path, sh, "2025-01-09 08:47:30", DEP_HEADER, data, DEP_FIELDS)
    for i, p in enumerate(people):
        row("deployments", [(fn, sh, 3 + i)], p[8], {"support_hospital_id": PTCM, "recipient_hospital_id": TXTCM},
            ["start_date", "department"], id_number=ID[p[0]])


def f_trainees_masked(path: Path):
    """Trainees exported with ID numbers masked by the platform (9904**********0312): no usable ID number, so
    each trainee is identified by name (person_id_basis = 'name'); 是否结业 as 1/2; 进修科室 as codes."""
    fn, sh = path.name, "进修人员"
    header = ["序号", "C01 姓名", "C02 身份证号码", "C03 派出机构名称", "C04 进修机构名称", "C05 进修科室",
              "C06 进修开始日期", "C07 进修结束日期", "C08 进修费用（元）", "C09 是否结业"]
    people = [("程一苇", idn("990403", "19930321", "018"), TX, P1, "0303", d(2024, 3, 1), d(2024, 8, 31), 0, 1),
              ("姚青禾", idn("990403", "19950609", "024"), TX, P1, "2800", d(2024, 3, 1), d(2024, 8, 31), 3000, 1),
              ("苏慕言", idn("990412", "19910114", "036"), TXTCM, PTCM, "5010", d(2024, 9, 2), d(2025, 2, 28), 2400, 2),
              ("唐小满", idn("990421", "19960925", "045"), YT, P1, "2000", d(2024, 6, 3), d(2024, 12, 2), 0, 1)]
    data = []
    for i, (name, full, rec, host, dept, s, e, fee, done) in enumerate(people, 1):
        data.append([i, name, full[:4] + "*" * 10 + full[-4:], rec, host, dept, ymd(s), ymd(e), fee, done])
        row("trainees", [(fn, sh, 2 + i)],
            dict(department=CODES["科室"][dept], start_date=s, end_date=e, fee_charged=float(fee), completed=done == 1),
            {"recipient_hospital_id": rec, "host_hospital_id": host}, ["start_date", "department"])
    platform_xlsx(path, sh, "2025-01-09 09:02:11", header, data, [("C05", "科室"), ("C09", "是否")])


def f_techniques_xls(path: Path):
    """New techniques, the platform's .xls export: 开展科室 as codes, 是否填补县域空白 as 1/2."""
    fn, sh = path.name, "新技术新业务"
    header = ["序号", "D01 受援机构名称", "D02 支援机构名称", "D03 项目名称", "D04 开展科室", "D05 首次开展日期",
              "D06 开展例数", "D07 是否填补县域空白"]
    items = [(TX, P1, "经皮冠状动脉介入治疗", "0303", d(2024, 4, 15), 12, 1),
             (TX, P1, "腹腔镜胆囊切除术", "0401", d(2024, 5, 20), 23, 2),
             (YT, P1, "床旁连续性血液净化", "2800", d(2024, 6, 18), 6, 1),
             (TXTCM, PTCM, "浮针疗法", "5010", d(2024, 4, 10), 45, 2)]
    data = []
    for i, (rec, sup, name, dept, day, cases, gap) in enumerate(items, 1):
        data.append([i, rec, sup, name, dept, ymd(day), cases, gap])
        row("techniques", [(fn, sh, 2 + i)], dict(name=name, department=CODES["科室"][dept], first_performed_date=day,
                                                  cases=cases, fills_county_gap=gap == 1),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["name"])
    platform_xls(path, sh, "2025-01-09 09:05:58", header, data, [("D04", "科室"), ("D07", "是否")])


def f_activities(path: Path):
    """Teaching and training, 活动形式 as codes "01"…"99" (two events of different types on one day)."""
    fn, sh = path.name, "带教培训活动"
    header = ["序号", "E01 受援机构名称", "E02 支援机构名称", "E03 活动日期", "E04 活动形式", "E05 活动主题",
              "E06 参加人数"]
    acts = [(TX, P1, d(2024, 3, 12), "02", "急性心肌梗死病例教学查房", 18),
            (TX, P1, d(2024, 3, 12), "01", "高血压规范化管理", 46),
            (TX, P1, d(2024, 4, 20), "03", "腹腔镜胆囊切除术示教", 9),
            (YT, P1, d(2024, 6, 10), "06", "困难气道管理技术培训", 32),
            (TXTCM, PTCM, d(2024, 7, 25), "08", "三伏贴义诊", 120),
            (YT, P1, d(2024, 10, 15), "04", "不明原因发热疑难病例讨论", 15)]
    data = []
    for i, (rec, sup, day, typ, topic, n) in enumerate(acts, 1):
        data.append([i, rec, sup, ymd(day), typ, topic, n])
        row("activities", [(fn, sh, 2 + i)], dict(activity_date=day, activity_type=CODES["活动形式"][typ], topic=topic,
                                                  participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["activity_date", "activity_type"])
    platform_xlsx(path, sh, "2025-01-09 09:07:20", header, data, [("E04", "活动形式")])


def f_monthly_csv(path: Path):
    """Monthly workload as the platform's CSV (UTF-8, no BOM): no enumerated answers (a CSV has no code table),
    统计年月 as yyyymm numbers, two hospitals in one file, the stamp line above and 共12条记录 below."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([STAMP.format("2025-01-09 09:10:44"), "", "", "", "", "", ""])
    w.writerow(["F01 机构名称", "F02 统计年月", "F03 门急诊人次", "F04 出院人数", "F05 手术台次", "F06 外转人次",
                "F07 上转接收人次"])
    r = 2
    for hosp, base in ((TX, (16800, 1320, 310, 46, 58)), (YT, (11200, 860, 170, 38, 41))):
        for m in range(1, 7):
            v = [base[0] + 230 * m, base[1] + 19 * m, base[2] + 4 * m, base[3] - 2 * m, base[4] + m]
            w.writerow([hosp, f"2024{m:02d}", *v])
            r += 1
            row("hospital_monthly_stats", [(fn, None, r)],
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_up_received=v[4]), {"recipient_hospital_id": hosp}, ["month"])
    w.writerow(["共12条记录", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_assessments(path: Path):
    """Monthly assessments of 峤南省人民医院's staff at 檀溪县人民医院: complete ID numbers (韩秋实's with the same
    wrong check digit as in the roster), 考核年月 as yyyymm, 考核等次 as a code."""
    fn, sh = path.name, "月度考核"
    header = ["序号", "G01 受援机构名称", "G02 派出机构名称", "G03 姓名", "G04 身份证号", "G05 考核年月",
              "G06 考核得分", "G07 在岗抽查次数", "G08 抽查在岗次数", "G09 考核等次"]
    data, i = [], 0
    for m in (5, 6):
        for key, name, score in (("xu", "许嘉树", 95.5 if m == 5 else 96), ("han", "韩秋实", 88 if m == 5 else 91),
                                 ("shi", "石晓岚", 93 if m == 5 else 92.5)):
            i += 1
            present = 3 if (key, m) == ("han", 5) else 4
            idtext = use_id(key, HAN_WRONG if key == "han" else None)
            data.append([i, TX, P1, name, idtext, 202400 + m, score, 4, present, 1 if score >= 90 else 2])
            row("staff_monthly_assessments", [(fn, sh, 2 + i)],
                dict(year=2024, month=m, score=float(score), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": TX, "support_hospital_id": P1}, ["month"],
                id_number=HAN_WRONG if key == "han" else ID[key])
    platform_xlsx(path, sh, "2025-01-09 09:12:03", header, data, [("G09", "考核等次")])


def f_county(path: Path):
    """County inpatient flow, two years for the two platform counties; 统计年度 a number."""
    fn, sh = path.name, "县域住院流向"
    header = ["序号", "H01 行政区划代码", "H02 县（市、区）名称", "H03 统计年度", "H04 县域内常住居民住院总人次",
              "H05 县域外住院人次"]
    data = []
    for code, county, y, tot, out in (("999401", "檀溪县", 2023, 34210, 6120), ("999401", "檀溪县", 2024, 35066, 5533),
                                      ("999402", "雁汀县", 2023, 25118, 5240), ("999402", "雁汀县", 2024, 25902, 4871)):
        data.append([len(data) + 1, code, county, y, tot, out])
        row("county_inpatient_stats", [(fn, sh, 2 + len(data))],
            dict(county_code=code, year=y, resident_admissions=tot, resident_admissions_outside_county=out), {},
            ["county_code", "year"])
    platform_xlsx(path, sh, "2025-01-09 09:13:37", header, data, [("A03", "机构级别")])


# ------------------------------------------------------------------------------------------- 手工报送
def f_yzc_roster(path: Path):
    """砚州市中心医院 by hand: dates "2024.3.4" as text and as date cells, "至今", a 15-digit ID number, a person
    without an ID number, and a row with neither start nor end (待定: no start date → held)."""
    fn, sh = path.name, "派驻名单"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚州市中心医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "派驻单位", "科室", "职称", "派驻开始时间", "派驻结束时间", "备注"])
    c = ID["chen"]
    fifteen = c[:6] + c[8:14] + c[14:17]
    people = [("jiang", "蒋若愚", None, YTMCH, "妇产科", "副主任医师", "2024.3.4", "2024.9.3",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["jiang"]),
              ("chen", "陈半夏", fifteen, YTMCH, "儿科", "主治医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["chen"]),
              (None, "宋听澜", "", FP, "急诊科", "主治医师", dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("急诊科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), None),
              ("luchg", "鲁长庚", None, FP, "普外科", "主任医师", dt.date(2024, 4, 1), "至今",
               dep("普外科", "主任医师", "正高级", "医疗", d(2024, 4, 1), None), ID["luchg"])]
    for i, (key, name, sp, rec, dept, title, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else sp, rec, dept, title, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for col in (7, 8):
            if isinstance(ws.cell(r, col).value, dt.date):
                ws.cell(r, col).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, r)], f, {"support_hospital_id": YZC, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
    ws.append([5, "贾维舟", use_id("jia"), FP, "骨科", "主治医师", None, None, "派驻时间待定"])
    ws.cell(ws.max_row, 3).number_format = "@"
    truth["quarantines"].append({"file": fn, "sheet": sh, "row": ws.max_row, "category": "missing_required",
                                 "why": "no 派驻开始时间 (待定): a deployment without a start date"})
    ws.append([])
    ws.append(["填表人：医务处", None, None, None, "联系电话：0999-0000000", None, "2025年1月6日"])
    wb.save(path)


def f_ytmch_trainees_csv(path: Path):
    """雁汀县妇幼保健院 by hand: CSV in GBK, a 填报单位 line, the header in row 2, dates "2024/3/1"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：雁汀县妇幼保健院　2024年进修人员登记（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修单位", "开始日期", "结束日期", "进修费（元）", "是否结业"])
    r = 2
    for key, name, dept, s, e, fee, done, sd, ed, donev in (
            ("he", "何采苓", "产科", "2024/3/1", "2024/8/31", "2000", "是", d(2024, 3, 1), d(2024, 8, 31), True),
            ("xia", "夏知微", "新生儿科", "2024/9/2", "2025/2/28", "2000", "否", d(2024, 9, 2), d(2025, 2, 28), False)):
        w.writerow([name, use_id(key), dept, YZC, s, e, fee, done])
        r += 1
        row("trainees", [(fn, None, r)], dict(department=dept, start_date=sd, end_date=ed, fee_charged=2000.0,
                                              completed=donev),
            {"recipient_hospital_id": YTMCH, "host_hospital_id": YZC}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


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


def f_fp_techniques_ods(path: Path):
    """枫浦县人民医院 by hand (.ods): 是否填补县域空白 是/否 in words, dates as text "2024-05-08"."""
    fn, sh = path.name, "新技术"
    rows = [[f"枫浦县人民医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, gap) in enumerate((("无痛胃肠镜诊疗", "消化内科", d(2024, 5, 8), 60, False),
                                                       ("经皮肾镜取石术", "泌尿外科", d(2024, 6, 20), 11, True)), 1):
        rows.append([i, name, dept, day, cases, "是" if gap else "否", YZC])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day,
                                                      cases=cases, fills_county_gap=gap),
            {"recipient_hospital_id": FP, "support_hospital_id": YZC}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月7日"])
    ods_doc(path, {sh: rows})


def f_fp_activities_xls(path: Path):
    """枫浦县人民医院 by hand (.xls): the recipient in the title only, dates typed as text "2024/4/18",
    参加人数 "约40人" (→ empty, curated with a finding)."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫浦县人民医院2024年对口支援带教培训活动登记表（{SYN}）")
    for j, h in enumerate(["日期", "活动类型", "主题", "参加人数", "支援单位"]):
        ws.write(1, j, h)
    acts = [("2024/4/18", "学术讲座", "急性胸痛的早期识别", "约40人", d(2024, 4, 18), None),
            ("2024/5/23", "教学查房", "上消化道出血教学查房", 12, d(2024, 5, 23), 12),
            ("2024/6/20", "手术示教", "经皮肾镜取石术示教", 8, d(2024, 6, 20), 8)]
    for i, (s, typ, topic, n, day, nv) in enumerate(acts, 2):
        for j, v in enumerate([s, typ, topic, n, YZC]):
            ws.write(i, j, v)
        row("activities", [(fn, sh, i + 1)], dict(activity_date=day, activity_type=typ, topic=topic, participants=nv),
            {"recipient_hospital_id": FP, "support_hospital_id": YZC}, ["activity_date", "activity_type"])
    ws.write(5, 0, "填表人：科教科")
    wb.save(str(path))


def f_ytmch_monthly_ods(path: Path):
    """雁汀县妇幼保健院 by hand (.ods): months "1月"…"6月", the hospital and year in the title."""
    fn, sh = path.name, "1-6月"
    rows = [[f"雁汀县妇幼保健院2024年1—6月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [5400 + 85 * m, 380 + 7 * m, 92 + m, 12 - m]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": YTMCH}, ["month"])
    rows.append(["统计：病案室"])
    ods_doc(path, {sh: rows})


def f_fp_monthly_csv(path: Path):
    """枫浦县人民医院 by hand: CSV UTF-8 with BOM, months "2024年7月", a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"枫浦县人民医院2024年7—12月主要业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r, tot = 2, [0, 0, 0, 0]
    for m in range(7, 13):
        v = [13900 + 150 * m, 1010 + 12 * m, 205 + 3 * m, 52 - 2 * m]
        tot = [a + b for a, b in zip(tot, v)]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FP}, ["month"])
    w.writerow(["合计", *tot])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_yzc_assessments(path: Path):
    """砚州市中心医院's monthly assessments of its staff at 枫浦县人民医院, by hand: one table with a 考核月份 column
    ("2024年5月"); 宋听澜 without an ID number (as in the roster)."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚州市中心医院派驻人员月度考核表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "受援单位", "考核月份", "考核得分", "抽查次数", "在岗次数"])
    i = 0
    for m in (5, 6):
        for key, name, score, present in (("luchg", "鲁长庚", 94, 4), (None, "宋听澜", 89 if m == 5 else 90.5, 4)):
            i += 1
            ws.append([i, name, use_id(key) if key else None, FP, f"2024年{m}月", score, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                dict(year=2024, month=m, score=float(score), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": FP, "support_hospital_id": YZC}, ["month"],
                id_number=ID[key] if key else None)
    ws.append(["考核人：枫浦县人民医院医务科"])
    wb.save(path)


def f_fp_county_xls(path: Path):
    """枫浦县卫健局 by hand (.xls): one county, one year."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫浦县2024年县域住院流向统计（{SYN}）")
    for j, h in enumerate(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"]):
        ws.write(1, j, h)
    for j, v in enumerate(["枫浦县", "999403", 2024, 21506, 4388]):
        ws.write(2, j, v)
    row("county_inpatient_stats", [(fn, sh, 3)], dict(county_code="999403", year=2024, resident_admissions=21506,
                                                      resident_admissions_outside_county=4388), {},
        ["county_code", "year"])
    ws.write(3, 0, "填报单位：枫浦县卫生健康局")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "平台导出", "手工报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_峤南省城乡医院对口支援关系表（2024—2026年）.xlsx")
    plat, hand = raw / "平台导出", raw / "手工报送"
    first = "SYNTHETIC_平台导出_派驻人员_峤南省人民医院_20250108.xlsx"
    second = "SYNTHETIC_平台导出_派驻人员_峤南省人民医院_20250120.xlsx"
    files = [(f_p1_roster_first, plat, first),
             (lambda p: f_p1_roster_second(p, first), plat, second),
             (f_ptcm_roster_xls, plat, "SYNTHETIC_平台导出_派驻人员_峤南省中医院_20250109.xls"),
             (f_trainees_masked, plat, "SYNTHETIC_平台导出_进修人员_20250109.xlsx"),
             (f_techniques_xls, plat, "SYNTHETIC_平台导出_新技术新业务_20250109.xls"),
             (f_activities, plat, "SYNTHETIC_平台导出_带教培训活动_20250109.xlsx"),
             (f_monthly_csv, plat, "SYNTHETIC_平台导出_月度业务统计_20250109.csv"),
             (f_assessments, plat, "SYNTHETIC_平台导出_派驻人员月度考核_20250109.xlsx"),
             (f_county, plat, "SYNTHETIC_平台导出_县域住院流向_20250109.xlsx"),
             (f_yzc_roster, hand, "SYNTHETIC_砚州市中心医院派驻人员名单2024.xlsx"),
             (f_ytmch_trainees_csv, hand, "SYNTHETIC_雁汀县妇幼保健院进修人员2024.csv"),
             (f_fp_techniques_ods, hand, "SYNTHETIC_枫浦县人民医院新技术2024.ods"),
             (f_fp_activities_xls, hand, "SYNTHETIC_枫浦县人民医院带教活动登记2024.xls"),
             (f_ytmch_monthly_ods, hand, "SYNTHETIC_雁汀县妇幼保健院业务量1-6月.ods"),
             (f_fp_monthly_csv, hand, "SYNTHETIC_枫浦县人民医院业务量7-12月.csv"),
             (f_yzc_assessments, hand, "SYNTHETIC_砚州市中心医院派驻人员月度考核5-6月.xlsx"),
             (f_fp_county_xls, hand, "SYNTHETIC_枫浦县县域住院流向2024.xls")]
    for i, (fnc, folder, name) in enumerate(files):
        fnc(folder / name)
        # file times in the order the files were made (the later roster export is the newer file)
        t = dt.datetime(2025, 1, 10, 8, 0).timestamp() + 60 * i
        os.utime(folder / name, (t, t))
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
