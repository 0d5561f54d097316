"""realworld136 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岙省) for 2024: the pairing list in
data/raw/reference/ and twelve submissions in data/raw/2024/, several of them made with Excel's summary features —
a 数据透视表 copied as values (行标签 / 列标签 / 求和项 / 计数项 / 总计 / (空白)), a list with 分类汇总 (XX 汇总 / XX 计数 /
总计 rows, one outline group folded so its detail rows are hidden), a list with an AutoFilter hiding rows, a list and
its pivot side by side, SUBTOTAL() / COUNTIF() formulas with their cached values. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

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
import xlsxwriter
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FIXED = dt.datetime(2025, 1, 10, 9, 0, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, LY = "琅岙省人民医院", "琅岙省中医院", "澜屿市中心医院"
QX, QXTCM, LT, LTMCH = "青溆县人民医院", "青溆县中医医院", "岚汀县人民医院", "岚汀县妇幼保健院"
RECIP = {QX: ("二级", "甲等", "综合医院", "青溆县"), QXTCM: ("二级", "乙等", "中医医院", "青溆县"),
         LT: ("二级", "甲等", "综合医院", "岚汀县"), LTMCH: ("二级", None, "妇幼保健院", "岚汀县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990501", "19740312", "031"), "tao": ("990501", "19800624", "042"), "he": ("990502", "19860917", "015"),
    "jiang": ("990501", "19880403", "026"), "shen": ("990503", "19790815", "037"), "gu": ("990503", "19900120", "058"),
    "luo": ("990611", "19920506", "083"), "bai": ("990611", "19941012", "028"), "du": ("990621", "19900327", "044"),
    "qin": ("990621", "19930809", "065"), "shao": ("990622", "19951201", "016"),
    "zheng": ("990511", "19850214", "051"), "feng": ("990511", "19810718", "062"), "kong": ("990512", "19871103", "017"),
    "wei": ("990701", "19790716", "072"), "cen": ("990702", "19870930", "038"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def xw(path: Path):
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": SYN, "created": FIXED})
    return wb


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as 二级甲等 in one cell, 支援医院, 协议签订日期 as dates; one pairing with its own
    支援期限, the others blank (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅岙省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QX, P1, dt.date(2023, 12, 18), None), (QXTCM, PTCM, dt.date(2023, 12, 18), None),
             (LT, P1, dt.date(2024, 1, 22), "2024.3.1—2027.2.28"), (LTMCH, LY, dt.date(2023, 12, 26), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, LY):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- submissions
def f_p1_roster_with_pivot(path: Path):
    """省人民医院: the roster (one person with 派驻单位 left blank) and, on a second sheet, a pivot of it copied as
    values (科室 (全部) filter line, 行标签 | 计数项:姓名, a (空白) row for the blank recipient, 总计). The pivot
    duplicates the list sent in the same workbook: not data."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "派驻人员名单"
    ws.append([f"琅岙省人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"])
    people = [("xu", "许砚秋", "心血管内科", "主任医师", QX, (2024, 3, 1), (2024, 8, 31), "正高级"),
              ("tao", "陶景明", "普外科", "副主任医师", QX, (2024, 3, 1), (2024, 8, 31), "副高级"),
              ("he", "贺兰舟", "麻醉科", "主治医师", LT, (2024, 4, 1), (2024, 9, 30), "中级"),
              ("jiang", "江映雪", "护理部", "主管护师", LT, (2024, 4, 1), (2024, 9, 30), "中级"),
              ("shen", "沈星河", "骨科", "副主任医师", None, (2024, 9, 1), (2025, 2, 28), "副高级"),
              ("gu", "顾清和", "儿科", "主治医师", QX, (2024, 9, 1), (2025, 2, 28), "中级")]
    for i, (key, name, dept, title, rec, s, e, rank) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if rec is None:
            hold(fn, sh, r, "missing_value", "派驻单位 blank and 琅岙省人民医院 supports two recipients "
                                             "(青溆县人民医院, 岚汀县人民医院): the recipient is unknown")
            continue
        cat = "护理" if "护" in title else "医疗"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "6人"])
    pv = wb.create_sheet("透视表")
    pv.append(["科室", "(全部)"])
    pv.append([])
    pv.append(["计数项:姓名", None])
    pv.append(["行标签", "计数"])
    pv.append([LT, 2])
    pv.append([QX, 3])
    pv.append(["(空白)", 1])
    pv.append(["总计", 6])
    pv.append([])
    pv.append([f"注：由“派驻人员名单”生成的数据透视表（{SYN}）"])
    wb.save(path)


def f_p1_trainees_subtotals(path: Path):
    """省人民医院 receiving trainees: Excel 分类汇总 by 派出单位 (求和 of 进修费用): 'XX 汇总' rows with
    SUBTOTAL(9, …) and a 总计 row, cached values present; the second group folded (its detail rows hidden by the
    outline, the summary row marked collapsed)."""
    fn, sh = path.name, "进修接收登记"
    wb = xw(path)
    ws = wb.add_worksheet(sh)
    date_f = wb.add_format({"num_format": "yyyy-mm-dd"})
    bold = wb.add_format({"bold": True})
    ws.outline_settings(True, False, True, False)
    ws.write(0, 0, f"琅岙省人民医院2024年接收对口支援受援医院进修人员登记（{SYN}）")
    ws.write_row(1, 0, ["派出单位", "姓名", "身份证号", "进修科室", "进修开始日期", "进修结束日期", "进修费用（元）",
                        "是否结业"])
    groups = [(QX, [("luo", "罗青岚", "内科", (2024, 3, 4), (2024, 9, 3), 0, "是"),
                    ("bai", "白露凝", "急诊科", (2024, 3, 4), (2024, 9, 3), 1500, "是")], False),
              (LT, [("du", "杜若川", "骨科", (2024, 4, 1), (2024, 9, 30), 0, "是"),
                    ("qin", "秦雨桐", "儿科", (2024, 4, 1), (2024, 9, 30), 0, "是"),
                    ("shao", "邵安歌", "妇产科", (2024, 7, 1), (2024, 12, 31), 2000, "否")], True)]
    r = 2
    first = r
    for rec, people, folded in groups:
        g0 = r
        for key, name, dept, s, e, fee, done in people:
            ws.set_row(r, None, None, {"level": 2, "hidden": folded})
            ws.write_row(r, 0, [rec, name, use_id(key), dept])
            ws.write_datetime(r, 4, dt.datetime(*s), date_f)
            ws.write_datetime(r, 5, dt.datetime(*e), date_f)
            ws.write_number(r, 6, fee)
            ws.write(r, 7, done)
            row("trainees", fn, sh, r + 1, dict(department=dept, start_date=d(*s), end_date=d(*e),
                                                 fee_charged=float(fee), completed=done == "是"),
                {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date", "department"],
                id_number=ID[key])
            r += 1
        ws.set_row(r, None, bold, {"level": 1, "collapsed": folded})
        ws.write(r, 0, f"{rec} 汇总", bold)
        ws.write_formula(r, 6, f"=SUBTOTAL(9,G{g0 + 1}:G{r})", bold, sum(p[5] for p in people))
        r += 1
    ws.write(r, 0, "总计", bold)
    ws.write_formula(r, 6, f"=SUBTOTAL(9,G{first + 1}:G{r})", bold,
                     sum(p[5] for _, ps, _ in groups for p in ps))
    wb.close()


def f_ly_activities_filtered(path: Path):
    """澜屿市中心医院 activities, sent with the AutoFilter still on (活动形式 = 学术讲座): the other rows hidden by the
    filter. Below: a SUBTOTAL(9, …) 合计 of the visible rows and COUNTIF lines per type, cached values present."""
    fn, sh = path.name, "活动登记"
    wb = xw(path)
    ws = wb.add_worksheet(sh)
    date_f = wb.add_format({"num_format": "yyyy/m/d"})
    ws.write(0, 0, f"澜屿市中心医院2024年对口帮扶活动登记表（{SYN}）")
    ws.write_row(1, 0, ["序号", "活动日期", "受援单位", "活动形式", "主题", "参加人数"])
    acts = [((2024, 3, 12), LTMCH, "学术讲座", "产后出血的早期识别", 35),
            ((2024, 3, 20), LTMCH, "教学查房", "妊娠期高血压疾病查房", 18),
            ((2024, 4, 9), LTMCH, "学术讲座", "新生儿复苏指南解读", 42),
            ((2024, 4, 23), LTMCH, "手术示教", "腹腔镜子宫肌瘤剔除术", 9),
            ((2024, 5, 14), "岚汀县第二人民医院", "学术讲座", "基层常见急症处置", 25),
            ((2024, 6, 18), LTMCH, "疑难病例讨论", "胎盘植入病例讨论", 15),
            ((2024, 7, 16), LTMCH, "学术讲座", "妇科内分泌进展", 38),
            ((2024, 9, 10), LTMCH, "技术培训", "新生儿窒息复苏技能培训", 30)]
    ws.autofilter(1, 0, 1 + len(acts), 5)
    ws.filter_column(3, "x == 学术讲座")
    for i, (day, rec, typ, topic, n) in enumerate(acts, 1):
        r = 1 + i
        if typ != "学术讲座":
            ws.set_row(r, None, None, {"hidden": True})
        ws.write_number(r, 0, i)
        ws.write_datetime(r, 1, dt.datetime(*day), date_f)
        ws.write_row(r, 2, [rec, typ, topic])
        ws.write_number(r, 5, n)
        if rec != LTMCH:
            hold(fn, sh, r + 1, "unresolved_hospital", "岚汀县第二人民医院 is in no pairing list")
            continue
        row("activities", fn, sh, r + 1, dict(activity_date=d(*day), activity_type=typ, participants=n),
            {"recipient_hospital_id": LTMCH, "support_hospital_id": LY}, ["activity_date", "activity_type"])
    last = 1 + len(acts)
    visible = sum(a[4] for a in acts if a[2] == "学术讲座")
    ws.write(last + 1, 0, "合计")
    ws.write_formula(last + 1, 5, f"=SUBTOTAL(9,F3:F{last + 1})", None, visible)
    for k, typ in enumerate(("学术讲座", "教学查房", "手术示教")):
        ws.write(last + 3 + k, 0, "其中")
        ws.write(last + 3 + k, 3, typ)
        ws.write_formula(last + 3 + k, 5, f'=COUNTIF(D3:D{last + 1},"{typ}")', None,
                         sum(1 for a in acts if a[2] == typ))
    ws.write(last + 7, 0, "填报人：医务部   审核：张主任")
    wb.close()


def f_qx_monthly_formulas(path: Path):
    """青溆县人民医院 monthly workload: 外转率 by formula, a 3月 门急诊人次 typed as =12000+3456, 上半年小计 /
    下半年小计 / 全年合计 rows of SUBTOTAL(9, …) and a 已报月数 COUNTIF line — every formula with its cached value."""
    fn, sh = path.name, "2024年"
    wb = xw(path)
    ws = wb.add_worksheet(sh)
    ws.write(0, 0, f"青溆县人民医院2024年业务量统计表（{SYN}）")
    ws.write_row(1, 0, ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "外转率(%)"])
    r = 2
    block_starts = []
    for half, months in (("上半年小计", range(1, 7)), ("下半年小计", range(7, 13))):
        g0 = r
        block_starts.append(g0)
        for m in months:
            v = [15000 + 300 * m, 1100 + 20 * m, 250 + 6 * m, 42 - m]
            ws.write(r, 0, f"{m}月")
            if m == 3:
                ws.write_formula(r, 1, "=12000+3456", None, 15456)
                v[0] = 15456
            else:
                ws.write_number(r, 1, v[0])
            for c in (1, 2, 3):
                ws.write_number(r, 1 + c, v[c])
            ws.write_formula(r, 5, f"=ROUND(E{r + 1}/C{r + 1}*100,2)", None, round(v[3] / v[1] * 100, 2))
            row("hospital_monthly_stats", fn, sh, r + 1,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": QX}, ["month"])
            r += 1
        ws.write(r, 0, half)
        for c, col in enumerate("BCDE", 1):
            tot = sum((15456 if (c == 1 and m == 3) else [15000 + 300 * m, 1100 + 20 * m, 250 + 6 * m, 42 - m][c - 1])
                      for m in months)
            ws.write_formula(r, c, f"=SUBTOTAL(9,{col}{g0 + 1}:{col}{r})", None, tot)
        r += 1
    ws.write(r, 0, "全年合计")
    for c, col in enumerate("BCDE", 1):
        tot = sum((15456 if (c == 1 and m == 3) else [15000 + 300 * m, 1100 + 20 * m, 250 + 6 * m, 42 - m][c - 1])
                  for m in range(1, 13))
        ws.write_formula(r, c, f"=SUBTOTAL(9,{col}3:{col}{r})", None, tot)
    r += 1
    ws.write(r, 0, "已报月数")
    ws.write_formula(r, 1, f'=COUNTIF(A3:A{r - 1},"*月")', None, 12)
    r += 2
    ws.write(r, 0, "填表人：统计室      审核：      2025年1月8日")
    wb.close()


def f_qxtcm_techniques_side_by_side(path: Path):
    """青溆县中医医院 techniques: the list in A:G and its pivot beside it in I:K (行标签 | 计数项:项目名称 |
    求和项:例数, a 总计 row), the pivot's rows sharing the list's rows. The list is the data."""
    fn, sh = path.name, "新技术"
    wb = xw(path)
    ws = wb.add_worksheet(sh)
    date_f = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write(0, 0, f"青溆县中医医院2024年新技术新项目开展情况（{SYN}）")
    ws.write_row(1, 0, ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"])
    items = [("浮针治疗颈肩痛", "针灸科", (2024, 3, 15), 18, "是"),
             ("穴位埋线减重", "针灸科", (2024, 5, 10), 12, "否"),
             ("中医康复评定", "康复科", (2024, 6, 3), 12, "否"),
             ("胃镜下中药灌注", "脾胃病科", (2024, 8, 20), 20, "是")]
    for i, (name, dept, day, cases, gap) in enumerate(items, 1):
        r = 1 + i
        ws.write_number(r, 0, i)
        ws.write_row(r, 1, [name, dept])
        ws.write_datetime(r, 3, dt.datetime(*day), date_f)
        ws.write_number(r, 4, cases)
        ws.write_row(r, 5, [gap, PTCM])
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=d(*day), cases=cases,
                                               fills_county_gap=gap == "是"),
            {"recipient_hospital_id": QXTCM, "support_hospital_id": PTCM}, ["name"])
    pivot = [("行标签", "计数项:项目名称", "求和项:开展例数"), ("康复科", 1, 12), ("脾胃病科", 1, 20), ("针灸科", 2, 30),
             ("总计", 4, 62)]
    for k, vals in enumerate(pivot):
        ws.write_row(2 + k, 8, list(vals))
    ws.write(8, 0, f"注：右侧为数据透视表（{SYN}）")
    wb.close()


def f_ltmch_trainee_pivot_only(path: Path):
    """岚汀县妇幼保健院 sent only a pivot of its trainees (计数项:姓名 by 进修医院 × 进修科室): counts, no person, no
    dates. The two host rows are a submission of trainees that cannot be curated: held."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚汀县妇幼保健院2024年外出进修人员统计（{SYN}）"])
    ws.append([])
    ws.append(["计数项:姓名", "列标签"])
    ws.append(["行标签", "产科", "儿科", "总计"])
    ws.append([LY, 2, 1, 3])
    hold(fn, sh, 5, "missing_value", "a pivot count (3 trainees at 澜屿市中心医院): no name, no ID number, no dates")
    ws.append([P1, None, 1, 1])
    hold(fn, sh, 6, "missing_value", "a pivot count (1 trainee at 琅岙省人民医院): no name, no ID number, no dates")
    ws.append(["总计", 2, 2, 4])
    wb.save(path)


def f_lt_monthly_pivot_only(path: Path):
    """岚汀县人民医院 sent its monthly workload as a pivot copied as values: 行标签 grouped by 年 then 月 (the 2024年
    row carries the year's sums), 求和项:… headers, a (空白) row and 总计. Usable: each month's sums are its figures."""
    fn, sh = path.name, "数据透视"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚汀县人民医院2024年1-6月业务量（数据透视表）{SYN}"])
    ws.append([])
    ws.append(["行标签", "求和项:门急诊人次", "求和项:出院人数", "求和项:手术台次", "求和项:转出人次"])
    vals = {m: [9800 + 150 * m, 700 + 12 * m, 150 + 4 * m, 30 - m] for m in range(1, 7)}
    tot = [sum(v[c] for v in vals.values()) for c in range(4)]
    ws.append(["2024年", *tot])
    for m, v in vals.items():
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LT}, ["month"])
    ws.append(["(空白)", None, None, None, None])
    ws.append(["总计", *tot])
    wb.save(path)


def f_ptcm_roster_count_subtotals(path: Path):
    """省中医院 roster with 分类汇总 by 科室 (计数 of 姓名): 'XX 计数' rows whose SUBTOTAL(3, …) count sits in the 姓名
    column, and a 总计数 row; 派驻起止时间 in one cell."""
    fn, sh = path.name, "派驻人员"
    wb = xw(path)
    ws = wb.add_worksheet(sh)
    ws.outline_settings(True, False, True, False)
    ws.write(0, 0, f"琅岙省中医院派驻青溆县中医医院人员名单（{SYN}）")
    ws.write_row(1, 0, ["科室", "姓名", "身份证号", "职称", "派驻起止时间"])
    groups = [("针灸科", [("zheng", "郑书远", "主治中医师", "中级", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31)),
                         ("feng", "冯若宁", "副主任中医师", "副高级", "2024.03.01-2024.08.31", d(2024, 3, 1),
                          d(2024, 8, 31))]),
              ("康复科", [("kong", "孔令仪", "主治医师", "中级", "2024.09.01-2025.02.28", d(2024, 9, 1),
                         d(2025, 2, 28))])]
    r = 2
    for dept, people in groups:
        g0 = r
        for key, name, title, rank, period, s, e in people:
            ws.set_row(r, None, None, {"level": 2})
            ws.write_row(r, 0, [dept, name, use_id(key), title, period])
            row("deployments", fn, sh, r + 1, dep(dept, title, rank, "医疗", s, e),
                {"support_hospital_id": PTCM, "recipient_hospital_id": QXTCM}, ["start_date", "department"],
                id_number=ID[key])
            r += 1
        ws.set_row(r, None, None, {"level": 1})
        ws.write(r, 0, f"{dept} 计数")
        ws.write_formula(r, 1, f"=SUBTOTAL(3,B{g0 + 1}:B{r})", None, len(people))
        r += 1
    ws.write(r, 0, "总计数")
    ws.write_formula(r, 1, f"=SUBTOTAL(3,B3:B{r})", None, 3)
    wb.close()


def ods_doc(path, sheets):
    """sheets: {name: [row values]}; a value ("=formula", cached) is a formula cell with its result."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, tuple):
                    c = TableCell(valuetype="float", value=v[1], formula=v[0])
                    c.addElement(P(text=f"{v[1]:g}"))
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


def f_qx_assessments_ods(path: Path):
    """青溆县人民医院 (.ods): July assessment of the 省人民医院 staff, an 平均分 line of AVERAGE() with its value."""
    fn, sh = path.name, "7月"
    rows = [[f"青溆县人民医院派驻人员2024年7月考核表（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    for i, (key, name, sc, present) in enumerate((("xu", "许砚秋", 95, 4), ("tao", "陶景明", 88.5, 3)), 1):
        rows.append([i, name, use_id(key), P1, sc, 4, present])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2024, month=7, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": QX, "support_hospital_id": P1}, ["month"], id_number=ID[key])
    rows.append(["平均分", None, None, None, ("of:=AVERAGE([.E3:.E4])", 91.75), None, None])
    rows.append(["考核人：院办"])
    ods_doc(path, {sh: rows})


def f_ltmch_monthly_csv(path: Path):
    """岚汀县妇幼保健院 7—12月: CSV in GBK, a comment line, 合计 and 月均 lines under the months."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"岚汀县妇幼保健院2024年7—12月业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"])
    r, sums = 2, [0] * 5
    for m in range(7, 13):
        v = [6100 + 95 * m, 402 + 6 * m, 88 + m, 15 - m // 2, 3 + m % 4]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        sums = [a + b for a, b in zip(sums, v)]
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": LTMCH}, ["month"])
    w.writerow(["合计", *sums])
    w.writerow(["月均", *[round(s / 6, 1) for s in sums]])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_ly_roster_xls(path: Path):
    """澜屿市中心医院 roster (.xls): dates as date cells, one person without an ID number."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_f = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"澜屿市中心医院派驻岚汀县妇幼保健院人员花名册（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期"]):
        ws.write(1, j, h)
    people = [("wei", "韦山河", "产科", "副主任医师", "副高级", "医疗", (2024, 3, 4), (2024, 9, 3)),
              (None, "欧阳晴", "儿科", "主治医师", "中级", "医疗", (2024, 5, 6), (2024, 11, 5)),
              ("cen", "岑伯言", "检验科", "主管技师", "中级", "医技", (2024, 7, 1), (2024, 12, 31))]
    for i, (key, name, dept, title, rank, cat, s, e) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key) if key else "", dept, title]):
            ws.write(r, j, v)
        ws.write(r, 5, dt.datetime(*s), date_f)
        ws.write(r, 6, dt.datetime(*e), date_f)
        row("deployments", fn, sh, r + 1, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": LY, "recipient_hospital_id": LTMCH}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(5, 0, "合计：3人")
    wb.save(str(path))


def f_county_csv(path: Path):
    """县域住院流向 2024: CSV UTF-8 with BOM, a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2024年各县县域住院流向（{SYN}）", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    r = 2
    for county, code, a, b in (("青溆县", "999501", 41230, 7015), ("岚汀县", "999502", 26840, 5122)):
        w.writerow([county, code, a, b])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=a,
                                                         resident_admissions_outside_county=b), {}, ["county_code"])
    w.writerow(["合计", "", 41230 + 26840, 7015 + 5122])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岙省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_p1_roster_with_pivot, "SYNTHETIC_省人民医院派驻人员名单（含透视表）.xlsx"),
             (f_p1_trainees_subtotals, "SYNTHETIC_省人民医院接收进修人员（分类汇总）.xlsx"),
             (f_ly_activities_filtered, "SYNTHETIC_澜屿市中心医院帮扶活动登记（筛选）.xlsx"),
             (f_qx_monthly_formulas, "SYNTHETIC_青溆县人民医院2024年业务量.xlsx"),
             (f_qxtcm_techniques_side_by_side, "SYNTHETIC_青溆县中医医院新技术2024.xlsx"),
             (f_ltmch_trainee_pivot_only, "SYNTHETIC_岚汀县妇幼保健院进修人员统计（透视）.xlsx"),
             (f_lt_monthly_pivot_only, "SYNTHETIC_岚汀县人民医院业务量1-6月（透视）.xlsx"),
             (f_ptcm_roster_count_subtotals, "SYNTHETIC_省中医院派驻人员（按科室汇总）.xlsx"),
             (f_qx_assessments_ods, "SYNTHETIC_青溆县人民医院派驻人员考核2024年7月.ods"),
             (f_ltmch_monthly_csv, "SYNTHETIC_岚汀县妇幼保健院下半年业务量.csv"),
             (f_ly_roster_xls, "SYNTHETIC_澜屿市中心医院派驻花名册.xls"),
             (f_county_csv, "SYNTHETIC_县域住院流向2024.csv")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
