"""realworld150 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅澈省) for 2024, seen from the
recipients' side: the county hospitals' own registers of the experts they receive (接收派驻专家登记表, 驻院专家考勤汇总,
专家坐诊排班汇总 by month, 挂职人员名单), mixed with ordinary provincial forms and the pairing list in reference/.
Deterministic (no randomness, no clock).

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澈州市,青樾县,柯渚县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (GB 11643). Written without reading the tool's parser.
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
P1, PTCM, C1 = "琅澈省人民医院", "琅澈省中医院", "澈州市第一人民医院"
QY, QYTCM, KZ, KZMCH = "青樾县人民医院", "青樾县中医医院", "柯渚县人民医院", "柯渚县妇幼保健院"
NOT_PAIRED = "澈州市中心医院"            # a real-looking hospital that is in no pairing list
RECIP = {QY: ("二级", "甲等", "综合医院", "青樾县"), QYTCM: ("二级", "乙等", "中医医院", "青樾县"),
         KZ: ("二级", "甲等", "综合医院", "柯渚县"), KZMCH: ("二级", None, "妇幼保健院", "柯渚县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19700412", "031"),      # 许知远  P1 → QY
    "tao": ("990201", "19780905", "017"),     # 陶明川  C1 → QY, two stays
    "shen": ("990101", "19850223", "042"),    # 沈佩兰  P1 → QY
    "han": ("990201", "19890716", "026"),     # 韩书砚  C1 → QY
    "li": ("990311", "19920318", "048"),      # 李青禾  QY's own doctor: a mentee, and (separately) a trainee
    "ma": ("990311", "19900927", "015"),      # 马晓川  QY's own doctor: a trainee
    "he": ("990101", "19760611", "053"),      # 何远舟  P1 → KZ
    "jiang": ("990101", "19860130", "064"),   # 江晚晴  P1 → KZ (months only)
    "ji": ("990101", "19741108", "021"),      # 蒋清和  P1 → KZ
    "ye": ("990201", "19720504", "038"),      # 叶知秋  C1 → KZMCH (挂职)
    "lin": ("990202", "19800822", "045"),     # 林晚照  澈州市中心医院 (no pairing) → held
    "cheng": ("990201", "19880314", "012"),   # 程映雪  C1 → KZMCH
    "gu": ("990201", "19810729", "057"),      # 顾临风  C1 → KZMCH
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


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "主任护师": ("正高级", "护理"), "主管护师": ("中级", "护理"), "副主任中医师": ("副高级", "医疗"),
          "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end, post=None, **more):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=post,
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
    """附件1-style: 受援医院 first, 等级 in one cell ("二级甲等"), 类别, 所在县, 支援医院, 协议签订日期 as date cells,
    支援期限 for two pairings and blank for three (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅澈省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QY, P1, dt.date(2023, 12, 15), None, None),
             (QY, C1, dt.date(2024, 1, 5), None, None),
             (QYTCM, PTCM, dt.date(2023, 12, 15), None, None),
             (KZ, P1, dt.date(2023, 12, 20), "2024年1月1日—2026年12月31日", (d(2024, 1, 1), d(2026, 12, 31))),
             (KZMCH, C1, dt.date(2024, 2, 1), "2024.3.1-2027.2.28", (d(2024, 3, 1), d(2027, 2, 28)))]
    for i, (r, s, ag, per, span) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if span:
            start, end, src = span[0], span[1], "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，省、县、医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 青樾县 (recipient)
def f_qy_register(path: Path):
    """THE FOCUS. 青樾县人民医院's own 接收派驻专家登记表 (受援单位填报): experts of two support hospitals in one
    register; 来院时间 / 离院时间; 派出单位 is the expert's hospital; 在我院担任 the post; 本院对接科室 the department
    they work in here; 带教徒弟 names the recipient's own staff they mentor (no trainees); 陶明川 came twice (two
    rows, two stays); 王主任 is known only by a nickname (held); dates as date cells and as text "2024.7.1"."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青樾县人民医院2024年接收派驻专家登记表（受援单位填报）{SYN}"])
    ws.merge_cells("A1:L1")
    ws.append(["填报单位：青樾县人民医院", None, None, None, None, None, None, None, "填报日期：2025年1月8日"])
    ws.append(["序号", "姓名", "性别", "身份证号", "派出单位", "职称", "来院时间", "离院时间", "在我院担任",
               "本院对接科室", "带教徒弟", "备注"])
    people = [  # key, name, sex, support, title, start cell, end cell, post as written, dept, mentees, remark, truth
        ("xu", "许知远", "男", P1, "主任医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "业务副院长", "心血管内科",
         "李青禾、周若溪", None, dep("心血管内科", "主任医师", d(2024, 3, 1), d(2024, 8, 31), "副院长")),
        ("tao", "陶明川", "男", C1, "副主任医师", dt.date(2024, 1, 8), dt.date(2024, 4, 30), "科主任", "普外科",
         "赵一凡", "第一次来院", dep("普外科", "副主任医师", d(2024, 1, 8), d(2024, 4, 30), "科主任")),
        ("shen", "沈佩兰", "女", P1, "主管护师", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "—", "护理部",
         "吴小满、郑可", None, dep("护理部", "主管护师", d(2024, 3, 1), d(2024, 8, 31))),
        (None, "王主任", "男", C1, "主任医师", dt.date(2024, 5, 6), dt.date(2024, 6, 28), "—", "骨科",
         "孙浩", "市一院骨科专家", None),
        ("tao", "陶明川", "男", C1, "副主任医师", dt.date(2024, 9, 2), dt.date(2024, 12, 31), "科主任", "普外科",
         "赵一凡、钱朵", "第二次来院", dep("普外科", "副主任医师", d(2024, 9, 2), d(2024, 12, 31), "科主任")),
        ("han", "韩书砚", "女", C1, "主治医师", "2024.7.1", "2024.12.31", None, "儿科", None, None,
         dep("儿科", "主治医师", d(2024, 7, 1), d(2024, 12, 31))),
    ]
    for i, (key, name, sex, sup, title, s, e, post, dept, mentees, remark, f) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key) if key else None, sup, title, s, e, post, dept, mentees, remark])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy年m月d日"
        if f is None:
            hold(fn, sh, r, "missing_value", "姓名 only a nickname (王主任), no ID number: the person cannot be named")
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": sup, "recipient_hospital_id": QY},
            ["start_date"], id_number=ID[key])
    ws.append(["合计：共接收专家5人、6人次"])
    ws.append([])
    ws.append(["填表人：医务科", None, None, None, "审核：", None, None, None, "（盖章）"])
    for c in "DEFGHK":
        ws.column_dimensions[c].width = 16
    wb.save(path)


def f_qytcm_schedule(path: Path):
    """青樾县中医医院's 专家坐诊排班汇总 (xls): one row per expert, the days on duty per month as columns (1月 … 12月),
    no ID numbers, a note that the experts sit every weekday: each run of months is one stay."""
    fn, sh = path.name, "排班汇总"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青樾县中医医院2024年上级医院专家坐诊排班汇总表（按月，单位：天）（{SYN}）")
    hdr = ["序号", "专家姓名", "派出单位", "职称", "坐诊科室"] + [f"{m}月" for m in range(1, 13)] + ["合计"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    experts = [("孔令溪", "副主任中医师", "针灸科", {3: 21, 4: 22, 5: 21, 6: 20, 7: 23, 8: 22},
                dep("针灸科", "副主任中医师", d(2024, 3, 1), d(2024, 8, 31))),
               ("冯若宁", "主治中医师", "脾胃病科", {7: 23, 8: 22, 9: 20, 10: 18, 11: 21, 12: 22},
                dep("脾胃病科", "主治中医师", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (name, title, dept, days, f) in enumerate(experts, 1):
        r = 1 + i
        vals = [i, name, PTCM, title, dept] + [days.get(m, "") for m in range(1, 13)] + [sum(days.values())]
        for j, v in enumerate(vals):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": PTCM, "recipient_hospital_id": QYTCM},
            ["start_date"])
        finding(fn, r + 1, "NAME_ONLY")
    ws.write(4, 0, "说明：专家驻院期间每周一至周五全天坐诊，表中为各月实际坐诊天数。")
    ws.write(5, 0, "制表：医务科")
    wb.save(str(path))


def f_qy_monthly_csv(path: Path):
    """青樾县人民医院 monthly workload, CSV in GBK, a title line, 月份 as "1月", a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青樾县人民医院2024年1-12月主要业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r, tot = 2, [0, 0, 0, 0]
    for m in range(1, 13):
        v = [18400 + 160 * m, 1310 + 11 * m, 302 + 4 * m, 46 - m]
        tot = [a + b for a, b in zip(tot, v)]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QY}, ["month"])
    w.writerow(["合计", *tot])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qy_trainees(path: Path):
    """青樾县人民医院's own staff sent out to learn (real trainees; 李青禾 is also a mentee in the register)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青樾县人民医院2024年选派外出进修人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修医院", "进修科室", "进修起止时间", "是否结业", "进修费用（元）"])
    people = [("li", "李青禾", P1, "心血管内科", "2024.09.01-2025.02.28", "否", "免费", d(2024, 9, 1),
               d(2025, 2, 28), False),
              ("ma", "马晓川", C1, "麻醉科", "2024.03.01-2024.08.31", "是", 0, d(2024, 3, 1), d(2024, 8, 31), True)]
    for i, (key, name, host, dept, period, done, fee, sd, ed, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), host, dept, period, done, fee])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                                  completed=donev),
            {"recipient_hospital_id": QY, "host_hospital_id": host}, ["start_date"], id_number=ID[key])
    ws.append(["填报人：科教科", None, None, None, "2025年1月10日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 柯渚县 (recipient)
def f_kz_attendance(path: Path):
    """柯渚县人民医院's 驻院专家考勤汇总: a two-row header (各月出勤天数（天） merged over 1月 … 12月), 驻院时间 in one cell
    ("2024.1.2—2024.6.30", "2024年3月—8月": months only), 在我院担任, 本院对接科室, a 合计 row. Attendance days are
    no contract field (not an assessment, not spot checks): each row is one stay."""
    fn, sh = path.name, "考勤汇总"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯渚县人民医院2024年驻院专家考勤汇总表（{SYN}）"])
    ws.merge_cells("A1:T1")
    fixed = ["序号", "姓名", "身份证号", "派出单位", "职称", "在我院担任", "本院对接科室", "驻院时间"]
    ws.append(fixed + ["各月出勤天数（天）"] + [None] * 11 + ["全年合计"])
    ws.append([None] * 8 + [f"{m}月" for m in range(1, 13)] + [None])
    for j in range(1, 9):
        ws.merge_cells(start_row=2, end_row=3, start_column=j, end_column=j)
    ws.merge_cells(start_row=2, end_row=2, start_column=9, end_column=20)
    ws.merge_cells(start_row=2, end_row=3, start_column=21, end_column=21)
    people = [("he", "何远舟", "副主任医师", "科主任", "普外科", "2024.1.2—2024.6.30",
               {1: 21, 2: 15, 3: 21, 4: 21, 5: 20, 6: 20}, dep("普外科", "副主任医师", d(2024, 1, 2), d(2024, 6, 30),
                                                              "科主任")),
              ("jiang", "江晚晴", "主治医师", "—", "麻醉科", "2024年3月—8月",
               {3: 21, 4: 21, 5: 20, 6: 20, 7: 23, 8: 22}, dep("麻醉科", "主治医师", d(2024, 3, 1), d(2024, 8, 31))),
              ("ji", "蒋清和", "主任护师", "护理部主任", "护理部", "2024.7.1—2024.12.31",
               {7: 22, 8: 22, 9: 19, 10: 17, 11: 21, 12: 22},
               dep("护理部", "主任护师", d(2024, 7, 1), d(2024, 12, 31),
                   {"one_of": ["护理部主任", "科主任"]}))]
    totals = [0] * 12
    for i, (key, name, title, post, dept, period, days, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), P1, title, post, dept, period]
                  + [days.get(m) for m in range(1, 13)] + [sum(days.values())])
        ws.cell(ws.max_row, 3).number_format = "@"
        for m, v in days.items():
            totals[m - 1] += v
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": P1, "recipient_hospital_id": KZ},
            ["start_date"], id_number=ID[key])
    ws.append(["合计", None, None, None, None, None, None, None] + totals + [sum(totals)])
    ws.append(["注：出勤天数以院考勤系统为准。填报：医务科　2025年1月6日"])
    wb.save(path)


def f_kzmch_guazhi(path: Path):
    """柯渚县妇幼保健院's 上级医院来院挂职人员名单 (.ods): 原单位 is the sending hospital, 挂职职务 the post, 挂职时间 one
    cell; one person from a hospital in no pairing list (held: unresolved hospital)."""
    fn, sh = path.name, "挂职人员"
    rows = [[f"柯渚县妇幼保健院2024年上级医院来院挂职人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "原单位", "职称", "挂职职务", "挂职时间", "备注"]]
    rows.append([1, "叶知秋", use_id("ye"), C1, "主任医师", "副院长", "2024年3月1日至2025年2月28日", None])
    row("deployments", fn, sh, len(rows), dep(None, "主任医师", d(2024, 3, 1), d(2025, 2, 28), "副院长"),
        {"support_hospital_id": C1, "recipient_hospital_id": KZMCH}, ["start_date"], id_number=ID["ye"])
    rows.append([2, "林晚照", use_id("lin"), NOT_PAIRED, "副主任医师", "科主任", "2024年4月1日至2024年9月30日",
                 "市卫健委协调"])
    hold(fn, sh, len(rows), "unresolved_hospital", f"原单位 {NOT_PAIRED} is in no pairing list")
    rows.append([None])
    rows.append(["柯渚县妇幼保健院办公室　2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_kz_techniques(path: Path):
    """柯渚县人民医院 new techniques: 技术来源（支援医院）, 首次开展时间 as date cells, 是否填补县域空白 是/否."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柯渚县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "技术来源（支援医院）"])
    items = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 3, 15), 18, "是", True),
             ("分娩镇痛", "麻醉科", dt.date(2024, 5, 20), 42, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": KZ, "support_hospital_id": P1}, ["name"])
    wb.save(path)


def f_kzmch_monthly_csv(path: Path):
    """柯渚县妇幼保健院 7—12月 workload: CSV UTF-8 with BOM, months "2024年7月", 外转人次."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"柯渚县妇幼保健院2024年7-12月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r = 2
    for m in range(7, 13):
        v = [5200 + 70 * m, 330 + 5 * m, 61 + m, 12 - m // 3]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": KZMCH}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_qy_assessment(path: Path):
    """青樾县人民医院's monthly assessment of the experts it receives (May), with the nickname again (held)."""
    fn, sh = path.name, "2024年5月"
    rows = [[f"青樾县人民医院派驻专家月度考核表（2024年5月）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    for i, (key, name, sup, score, chk, present) in enumerate(
            [("xu", "许知远", P1, 95, 4, 4), ("shen", "沈佩兰", P1, 92.5, 4, 4), (None, "王主任", C1, 90, 4, 3)], 1):
        rows.append([i, name, use_id(key) if key else None, sup, score, chk, present])
        if key is None:
            hold(fn, sh, len(rows), "missing_value", "姓名 only a nickname (王主任), no ID number")
            continue
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2024, month=5, score=float(score), spot_checks=chk, spot_checks_present=present),
            {"recipient_hospital_id": QY, "support_hospital_id": sup}, ["month"], id_number=ID[key])
    rows.append(["考核人：院办"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 澈州市 / 省直 (supporters)
def f_c1_roster(path: Path):
    """澈州市第一人民医院's ordinary 派驻人员花名册 (the sender's side) for 柯渚县妇幼保健院, 工作年限."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澈州市第一人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间",
               "工作年限"])
    people = [("cheng", "程映雪", "女", "儿科", "主治医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3), 9),
              ("gu", "顾临风", "男", "妇产科", "副主任医师", dt.date(2024, 9, 2), dt.date(2025, 3, 1), 15)]
    for i, (key, name, sex, dept, title, s, e, yrs) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, title, KZMCH, s, e, yrs])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy/m/d"
        row("deployments", fn, sh, r, dep(dept, title, s.isoformat(), e.isoformat(), years_of_service=yrs),
            {"support_hospital_id": C1, "recipient_hospital_id": KZMCH}, ["start_date"], id_number=ID[key])
    ws.append(["制表：医务处", None, None, None, None, None, "2025年1月5日"])
    wb.save(path)


def f_p1_activities(path: Path):
    """琅澈省人民医院's ordinary 帮扶活动记录 (xls), two recipients, date cells."""
    fn, sh = path.name, "活动记录"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"琅澈省人民医院2024年对口帮扶活动记录（{SYN}）")
    for j, h in enumerate(["序号", "日期", "受援医院", "活动类型", "主题", "参加人数", "主讲人"]):
        ws.write(1, j, h)
    acts = [(dt.date(2024, 3, 20), QY, "学术讲座", "急性胸痛的早期识别", 45, "许知远"),
            (dt.date(2024, 4, 17), QY, "教学查房", "慢性心衰患者查房", 18, "许知远"),
            (dt.date(2024, 5, 10), KZ, "手术示教", "腹腔镜胆囊切除术", 12, "何远舟"),
            (dt.date(2024, 6, 5), KZ, "疑难病例讨论", "梗阻性黄疸一例", 15, "何远舟")]
    for i, (day, rec, typ, topic, n, who) in enumerate(acts, 1):
        r = 1 + i
        ws.write(r, 0, i)
        ws.write(r, 1, day, datefmt)
        for j, v in enumerate([rec, typ, topic, n, who], 2):
            ws.write(r, j, v)
        row("activities", fn, sh, r + 1, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                               participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date", "activity_type"])
    ws.write(6, 0, "填报：医务部")
    wb.save(str(path))


def f_county_flows(path: Path):
    """省卫健委 clerk: the two counties' 2024 inpatient flows."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澈省2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("青樾县", "999101", 31250, 5120), ("柯渚县", "999102", 24410, 4380)):
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True)
    wb.save(path)


FILES = [(f_qy_register, "青樾县", "SYNTHETIC_青樾县人民医院接收派驻专家登记表2024.xlsx"),
         (f_qytcm_schedule, "青樾县", "SYNTHETIC_青樾县中医医院专家坐诊排班汇总2024.xls"),
         (f_qy_monthly_csv, "青樾县", "SYNTHETIC_青樾县人民医院2024年业务量.csv"),
         (f_qy_trainees, "青樾县", "SYNTHETIC_青樾县人民医院外出进修人员2024.xlsx"),
         (f_qy_assessment, "青樾县", "SYNTHETIC_青樾县人民医院派驻专家考核2024年5月.ods"),
         (f_kz_attendance, "柯渚县", "SYNTHETIC_柯渚县人民医院驻院专家考勤汇总2024.xlsx"),
         (f_kzmch_guazhi, "柯渚县", "SYNTHETIC_柯渚县妇幼保健院挂职人员名单2024.ods"),
         (f_kz_techniques, "柯渚县", "SYNTHETIC_柯渚县人民医院新技术新项目2024.xlsx"),
         (f_kzmch_monthly_csv, "柯渚县", "SYNTHETIC_柯渚县妇幼保健院业务量7-12月.csv"),
         (f_c1_roster, "澈州市", "SYNTHETIC_澈州市第一人民医院派驻人员花名册2024.xlsx"),
         (f_p1_activities, "省直", "SYNTHETIC_琅澈省人民医院帮扶活动记录2024.xls"),
         (f_county_flows, "省直", "SYNTHETIC_各县县域住院流向2024.xlsx")]
FOLDERS = ("reference", "省直", "澈州市", "青樾县", "柯渚县")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in FOLDERS:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅澈省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    for fnc, folder, name in FILES:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
