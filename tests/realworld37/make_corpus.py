"""realworld37 corpus generator — SYNTHETIC / 合成数据. A fictional prefecture (雁屿市, 澄原省) for 2024 whose
health-commission clerk gathers the year's submissions into a few big workbooks before passing them on: one
workbook per form (派驻人员汇总, 进修人员汇总, 新技术汇总, 业务量汇总), one sheet per hospital named by its short name
(青禾人医, 石岭中医, 苇塘人医, 青禾妇幼), each pasted from the hospital's own file (title blocks, column orders and
header wording differ), a pivot-style 汇总 sheet, a 说明 sheet, an empty 模板 sheet and, in each workbook, one
superseded sheet the clerk hid; plus the city hospital's roster with 单位 merged down its people, and a few
hospitals' own files in xls, ods and CSV (GBK, UTF-8). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,雁屿市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
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


P1, PTCM, CITY = "澄原省人民医院", "澄原省中医院", "雁屿市人民医院"
QH, SL, WT, QHMCH = "青禾县人民医院", "石岭县中医医院", "苇塘县人民医院", "青禾县妇幼保健院"
SHORT = {QH: "青禾人医", SL: "石岭中医", WT: "苇塘人医", QHMCH: "青禾妇幼"}
RECIP = {QH: ("二级", "甲等", "综合医院", "青禾县"), SL: ("二级", "甲等", "中医医院", "石岭县"),
         WT: ("二级", "乙等", "综合医院", "苇塘县"), QHMCH: ("二级", None, "妇幼保健院", "青禾县")}

ID = {k: idn(*v) for k, v in {
    # deployments
    "song": ("990411", "19740312", "021"), "fang": ("990411", "19800617", "035"),
    "tang": ("990412", "19880903", "046"), "han": ("990411", "19850121", "057"),
    "lu": ("990421", "19710805", "013"), "pan": ("990421", "19861010", "068"), "meng": ("990401", "19870214", "031"),
    "qiu": ("990401", "19790522", "042"), "li": ("990402", "19900708", "024"), "wen": ("990401", "19720130", "066"),
    "luo": ("990403", "19891111", "075"),
    # trainees
    "lin": ("990431", "19920304", "018"), "zhou": ("990431", "19940615", "029"),
    "jian": ("990432", "19910920", "037"), "ding": ("990432", "19930102", "048"),
    "gu": ("990433", "19950418", "053"), "yan": ("990433", "19900826", "064"),
    "xia": ("990431", "19960712", "072"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def note_sheet(wb, name, lines):
    ws = wb.create_sheet(name)
    for line in lines:
        ws.append([line])
    return ws


SHUOMING = ["说明", f"1. 本工作簿为{SYN}，由雁屿市卫生健康委员会医政科汇总各受援医院报送材料。",
            "2. 每个工作表为一家医院（以简称命名），内容按医院原表粘贴，格式未统一。",
            "3. 第一个工作表“汇总”为各院合计，不是明细。", "4. 已作废的旧表已隐藏，以可见工作表为准。"]


def hidden_copy(wb, name, header, rows, title):
    ws = wb.create_sheet(name)
    ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(r)
    ws.sheet_state = "hidden"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 级别 and 等次 in two columns, 协议签订日期 as dates; 支援期限 "2024-3-1至2027-2-28" for
    one pairing, blank for the others (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄原省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QH, P1, dt.date(2024, 1, 10), None), (SL, PTCM, dt.date(2024, 1, 10), None),
             (WT, CITY, dt.date(2024, 1, 12), "2024-3-1至2027-2-28"), (QHMCH, CITY, dt.date(2024, 1, 12), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
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
    for s in (P1, PTCM, CITY):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- the clerk's workbooks
def w_deployments(path: Path):
    """派驻人员汇总.xlsx: 汇总 (totals per hospital), 说明, 青禾人医 (its own title, 派出单位 column, 担任职务; one ID
    with a wrong check digit), a hidden superseded 青禾人医（旧）, 石岭中医 (a 填报单位 line, other column order,
    派驻时间 in one cell "2024.03.04-2024.09.03", a 15-digit ID, one person without an ID number), 模板 (headers
    only)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"2024年度派驻人员汇总（{SYN}）"])
    ws.append(["单位", "派驻人数", "其中：高级职称", "备注"])
    ws.append(["青禾人医", 4, 2, None])
    ws.append(["石岭中医", 3, 1, None])
    ws.append(["合计", 7, 3, None])
    note_sheet(wb, "说明", SHUOMING)

    sh = "青禾人医"
    ws = wb.create_sheet(sh)
    ws.append([f"青禾县人民医院2024年接收派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "派出单位", "科室", "职称", "派驻起始时间", "派驻结束时间", "担任职务"])
    wrong = ID["han"][:17] + ("0" if ID["han"][17] != "0" else "1")
    people = [("song", "宋知微", "女", None, "心血管内科", "主任医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "科主任",
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient="科主任")),
              ("fang", "方岳", "男", None, "普外科", "副主任医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None)),
              ("tang", "唐沁", "女", None, "护理部", "主管护师", dt.date(2024, 9, 1), dt.date(2025, 2, 28), None,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 1), d(2025, 2, 28), position_at_recipient=None)),
              ("han", "韩立川", "男", wrong, "麻醉科", "主治医师", dt.date(2024, 9, 1), dt.date(2025, 2, 28), None,
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28), position_at_recipient=None))]
    for i, (key, name, sex, sp, dept, title, s, e, pos, f) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), P1, dept, title, s, e, pos])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": QH},
            ["start_date", "department"], id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", "4人"])
    ws.append(["填表人：医务科", None, None, None, "联系电话：0000-0000000"])
    # the superseded version the clerk hid (other dates, one person since withdrawn)
    hidden_copy(wb, "青禾人医（旧）", ["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻时间"],
                [[1, "宋知微", ID["song"], P1, "心血管内科", "主任医师", "2024-2-1至2024-7-31"],
                 [2, "方岳", ID["fang"], P1, "骨科", "主治医师", "2024-2-1至2024-7-31"],
                 [3, "祁望舒", None, P1, "眼科", "主治医师", "2024-2-1至2024-7-31"]],
                f"青禾县人民医院接收派驻人员名单（第一版，已作废）（{SYN}）")

    sh = "石岭中医"
    ws = wb.create_sheet(sh)
    ws.append([f"对口支援派驻人员花名册（{SYN}）"])
    ws.append(["填报单位：石岭县中医医院", None, None, None, None, "填报日期：2025年1月8日"])
    ws.append(["序号", "姓名", "身份证号码", "职称", "所在科室", "派驻时间", "支援单位", "备注"])
    pan15 = ID["pan"][:6] + ID["pan"][8:17]
    people = [("lu", "陆鸣谦", None, "主任中医师", "针灸科", "2024.03.04-2024.09.03",
               dep("针灸科", "主任中医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["lu"]),
              ("pan", "潘晓禾", pan15, "主治中医师", "脾胃病科", "2024.03.04-2024.09.03",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["pan"]),
              (None, "曹一苇", None, "护师", "护理部", "2024.09.02-2025.03.01",
               dep("护理部", "护师", "初级", "护理", d(2024, 9, 2), d(2025, 3, 1)), None)]
    for i, (key, name, sp, title, dept, period, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else sp, title, dept, period, PTCM, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("deployments", fn, sh, r, f, {"support_hospital_id": PTCM, "recipient_hospital_id": SL},
            ["start_date", "department"], id_number=tid)
        if key is None:
            finding(fn, r, "NAME_ONLY")
        elif sp:
            finding(fn, r, "ID_15_DIGIT")

    ws = wb.create_sheet("模板")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻起始时间", "派驻结束时间"])
    wb.save(path)


def w_trainees(path: Path):
    """进修人员汇总.xlsx: 说明, 汇总, 青禾人医 (title, 进修开始/结束时间, 进修费用（元）), 石岭中医 (no title, header in
    row 1, 进修时间 in one cell "2024年3月1日-2024年8月31日", 费用 "免", 结业情况 已结业/未结业), a hidden superseded
    石岭中医（作废）, 苇塘人医 (another order), 模板."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    for line in SHUOMING:
        ws.append([line])
    ws = wb.create_sheet("汇总")
    ws.append(["单位", "进修人数", "已结业", "未结业"])
    ws.append(["青禾人医", 2, 1, 1])
    ws.append(["石岭中医", 2, 1, 1])
    ws.append(["苇塘人医", 2, 2, 0])
    ws.append(["合计", 6, 4, 2])

    sh = "青禾人医"
    ws = wb.create_sheet(sh)
    ws.append([f"青禾县人民医院2024年选派进修人员情况（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修单位", "进修开始时间", "进修结束时间", "进修费用（元）", "是否结业"])
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            [("lin", "林初夏", "心血管内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是"),
             ("zhou", "周屿", "重症医学科", dt.date(2024, 9, 1), dt.date(2024, 12, 31), 2000, "否")], 1):
        ws.append([i, name, use_id(key), dept, P1, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=float(fee), completed=done == "是"),
            {"recipient_hospital_id": QH, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])

    hidden_copy(wb, "石岭中医（作废）", ["姓名", "科室", "身份证号", "进修时间", "接收单位", "费用", "结业情况"],
                [["简一禾", "针灸科", ID["jian"], "2024年2月1日-2024年7月31日", PTCM, "1500", "已结业"]],
                f"石岭县中医医院进修人员（旧表）{SYN}")

    sh = "石岭中医"
    ws = wb.create_sheet(sh)
    ws.append(["姓名", "科室", "身份证号", "进修时间", "接收单位", "费用", "结业情况"])
    for key, name, dept, period, fee, done, s, e, feev, donev in (
            ("jian", "简一禾", "针灸科", "2024年3月1日-2024年8月31日", "免", "已结业", d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
            ("ding", "丁若水", "骨伤科", "2024年9月1日-2025年2月28日", "2000", "未结业", d(2024, 9, 1), d(2025, 2, 28),
             2000.0, False)):
        ws.append([name, dept, use_id(key), period, PTCM, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s, end_date=e, fee_charged=feev, completed=donev),
            {"recipient_hospital_id": SL, "host_hospital_id": PTCM}, ["start_date", "department"], id_number=ID[key])
    ws.append([f"（{SYN}）石岭县中医医院 报"])

    sh = "苇塘人医"
    ws = wb.create_sheet(sh)
    ws.append([f"苇塘县人民医院外出进修人员登记表（{SYN}）"])
    ws.append(["序号", "进修医院", "科室", "姓名", "身份证号", "开始日期", "结束日期", "费用", "是否结业"])
    for i, (key, name, dept, s, e) in enumerate(
            [("gu", "顾南星", "急诊科", dt.date(2024, 3, 4), dt.date(2024, 6, 3)),
             ("yan", "严可", "检验科", dt.date(2024, 4, 1), dt.date(2024, 9, 30))], 1):
        ws.append([i, CITY, dept, name, use_id(key), s, e, 0, "是"])
        r = ws.max_row
        ws.cell(r, 5).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy/m/d"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=0.0, completed=True),
            {"recipient_hospital_id": WT, "host_hospital_id": CITY}, ["start_date", "department"], id_number=ID[key])

    ws = wb.create_sheet("模板")
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修单位", "进修开始时间", "进修结束时间", "进修费用（元）", "是否结业"])
    wb.save(path)


def w_techniques(path: Path):
    """新技术汇总.xlsx: 汇总, 青禾人医 (支援医院 column), 石岭中医 (other wording, 指导专家单位), 苇塘人医 (no support
    column), a hidden superseded 苇塘人医（1）, 说明."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["单位", "新技术项数", "其中填补县域空白"])
    for r in (["青禾人医", 2, 1], ["石岭中医", 1, 1], ["苇塘人医", 2, 1], ["合计", 5, 3]):
        ws.append(r)

    sh = "青禾人医"
    ws = wb.create_sheet(sh)
    ws.append([f"青禾县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援医院"])
    for i, (name, dept, day, n, gap) in enumerate([("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 15), 12, "是"),
                                                   ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 20), 9, "否")], 1):
        ws.append([i, name, dept, day, n, gap, P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=n, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": QH, "support_hospital_id": P1}, ["name"])

    sh = "石岭中医"
    ws = wb.create_sheet(sh)
    ws.append([f"新技术新业务登记（石岭县中医医院）{SYN}"])
    ws.append(["新技术名称", "开展科室", "首次开展日期", "开展例数", "填补县域空白（是/否）", "指导专家单位"])
    ws.append(["浮针疗法", "针灸科", dt.date(2024, 4, 8), 30, "是", PTCM])
    ws.cell(ws.max_row, 3).number_format = "yyyy年m月d日"
    row("techniques", fn, sh, ws.max_row, dict(name="浮针疗法", department="针灸科", first_performed_date=d(2024, 4, 8),
                                               cases=30, fills_county_gap=True),
        {"recipient_hospital_id": SL, "support_hospital_id": PTCM}, ["name"])

    hidden_copy(wb, "苇塘人医（1）", ["新技术新业务名称", "所属科室", "开展时间", "例数", "是否填补县域空白"],
                [["床旁血液净化", "重症医学科", "2024-05-10", 3, "是"]], f"苇塘县人民医院新技术（初稿）{SYN}")
    sh = "苇塘人医"
    ws = wb.create_sheet(sh)
    ws.append([f"苇塘县人民医院2024年开展新技术新业务统计表（{SYN}）"])
    ws.append(["新技术新业务名称", "所属科室", "开展时间", "例数", "是否填补县域空白"])
    for name, dept, day, n, gap in (("床旁血液净化", "重症医学科", dt.date(2024, 6, 3), 7, "是"),
                                    ("无痛胃肠镜", "消化内科", dt.date(2024, 7, 15), 64, "否")):
        ws.append([name, dept, day, n, gap])
        ws.cell(ws.max_row, 3).number_format = "yyyy-mm-dd"
        # no support column: which hospital helped is not said (only the recipient is scored)
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=n, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": WT}, ["name"])
    note_sheet(wb, "说明", SHUOMING)
    wb.save(path)


MONTHLY = {  # hospital → month → (门急诊, 出院, 手术, 转出, 下转接收)
    QH: {m: (21000 + 310 * m, 1400 + 21 * m, 330 + 4 * m, 52 - 2 * m, None) for m in range(1, 13)},
    SL: {m: (9800 + 150 * m, 620 + 9 * m, 70 + m, 18 - m // 2, None) for m in range(1, 13)},
    WT: {m: (12400 + 170 * m, 860 + 11 * m, 150 + 3 * m, 31 - m, 2 + m % 3) for m in range(1, 13)},
    QHMCH: {m: (5200 + 80 * m, 310 + 5 * m, 60 + m, 9 - m // 3, 1 + m % 4) for m in range(1, 13)},
}


def ms(fn, sh, r, hosp, m, down=False):
    v = MONTHLY[hosp][m]
    f = dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3])
    if down:
        f["referrals_down_received"] = v[4]
    row("hospital_monthly_stats", fn, sh, r, f, {"recipient_hospital_id": hosp}, ["month"])


def w_monthly(path: Path):
    """业务量汇总.xlsx: 汇总 (each hospital's year totals), 说明, 青禾人医 (1–12月), a hidden superseded
    青禾人医（1-6月旧）, 石岭中医 (1–6月, months "2024年1月", another column order), 苇塘人医 (1–6月, units in the
    header, 下转接收), 青禾妇幼 (1–12月, 填报单位 line, 合计 row)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"2024年各受援医院业务量汇总（{SYN}）"])
    ws.append(["单位", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for h, months in ((QH, range(1, 13)), (SL, range(1, 7)), (WT, range(1, 7)), (QHMCH, range(1, 13))):
        ws.append([SHORT[h]] + [sum(MONTHLY[h][m][k] for m in months) for k in range(4)])
    note_sheet(wb, "说明", SHUOMING)

    sh = "青禾人医"
    ws = wb.create_sheet(sh)
    ws.append([f"青禾县人民医院2024年1—12月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 13):
        ws.append([f"{m}月", *MONTHLY[QH][m][:4]])
        ms(fn, sh, ws.max_row, QH, m)
    hidden_copy(wb, "青禾人医（1-6月旧）", ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"],
                [[f"{m}月", 20000 + m, 1300 + m, 300 + m, 40 + m] for m in range(1, 7)],
                f"青禾县人民医院2024年1—6月业务量统计（已作废）{SYN}")

    sh = "石岭中医"
    ws = wb.create_sheet(sh)
    ws.append([f"石岭县中医医院主要业务指标月报（{SYN}）"])
    ws.append(["统计月份", "出院人次", "门急诊人次", "转出人次", "手术台次", "备注"])
    for m in range(1, 7):
        v = MONTHLY[SL][m]
        ws.append([f"2024年{m}月", v[1], v[0], v[3], v[2], None])
        ms(fn, sh, ws.max_row, SL, m)

    sh = "苇塘人医"
    ws = wb.create_sheet(sh)
    ws.append([f"苇塘县人民医院2024年上半年业务量（{SYN}）"])
    ws.append(["月份", "门急诊（人次）", "出院（人）", "手术（台次）", "外转（人次）", "下转接收（人次）"])
    for m in range(1, 7):
        v = MONTHLY[WT][m]
        ws.append([f"{m}月", *v])
        ms(fn, sh, ws.max_row, WT, m, down=True)

    sh = "青禾妇幼"
    ws = wb.create_sheet(sh)
    ws.append([f"2024年业务量月报表（{SYN}）"])
    ws.append(["填报单位：青禾县妇幼保健院"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m in range(1, 13):
        ws.append([f"{m}月", *MONTHLY[QHMCH][m]])
        ms(fn, sh, ws.max_row, QHMCH, m, down=True)
    ws.append(["合计"] + [sum(MONTHLY[QHMCH][m][k] for m in range(1, 13)) for k in range(5)])
    wb.save(path)


def f_city_roster(path: Path):
    """雁屿市人民医院 (city level): 单位 (the recipient) merged down the people of each hospital."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雁屿市人民医院2024年派驻各受援单位人员花名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["单位", "序号", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期"])
    groups = [(WT, [("meng", "孟远航", "急诊科", "主治医师", dep("急诊科", "主治医师", "中级", "医疗", d(2024, 3, 1),
                                                              d(2024, 8, 31))),
                    ("qiu", "邱语嫣", "儿科", "副主任医师", dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 3, 1),
                                                            d(2024, 8, 31))),
                    ("li", "黎书白", "检验科", "主管技师", dep("检验科", "主管技师", "中级", "医技", d(2024, 3, 1),
                                                           d(2025, 2, 28)))]),
              (QHMCH, [("wen", "温岚", "妇产科", "主任医师", dep("妇产科", "主任医师", "正高级", "医疗", d(2024, 4, 1),
                                                              d(2024, 9, 30))),
                       ("luo", "骆星", "新生儿科", "主管护师", dep("新生儿科", "主管护师", "中级", "护理", d(2024, 4, 1),
                                                              d(2024, 9, 30)))])]
    n = 0
    for hosp, people in groups:
        first = ws.max_row + 1
        for j, (key, name, dept, title, f) in enumerate(people):
            n += 1
            s, e = dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])
            ws.append([hosp if j == 0 else None, n, name, use_id(key), dept, title, s, e])
            r = ws.max_row
            ws.cell(r, 4).number_format = "@"
            ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
            row("deployments", fn, sh, r, f, {"support_hospital_id": CITY, "recipient_hospital_id": hosp},
                ["start_date", "department"], id_number=ID[key])
        ws.merge_cells(start_row=first, end_row=ws.max_row, start_column=1, end_column=1)
    ws.append(["制表：医务处", None, None, None, None, "2025年1月5日"])
    wb.save(path)


def f_assessments_xls(path: Path):
    """派驻人员月考核汇总.xls (xlwt): 汇总, then 青禾人医 (a 月份 column) and 苇塘人医 (another order, units in the
    header)."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("汇总")
    for r, vals in enumerate([[f"2024年派驻人员月考核汇总（{SYN}）"], ["单位", "考核人次", "平均分"],
                              ["青禾人医", 4, 93.6], ["苇塘人医", 4, 91.4]]):
        for c, v in enumerate(vals):
            ws.write(r, c, v)
    sh = "青禾人医"
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青禾县人民医院2024年派驻人员月度考核表（{SYN}）")
    for c, h in enumerate(["序号", "姓名", "身份证号", "月份", "考核分数", "在岗抽查次数", "在岗次数"]):
        ws.write(1, c, h)
    r = 2
    for key, name, m, sc, chk, pres in (("song", "宋知微", 5, 95.5, 4, 4), ("fang", "方岳", 5, 92, 4, 4),
                                        ("song", "宋知微", 6, 96, 4, 4), ("fang", "方岳", 6, 91, 4, 3)):
        for c, v in enumerate([r - 1, name, use_id(key), f"{m}月", sc, chk, pres]):
            ws.write(r, c, v)
        row("staff_monthly_assessments", fn, sh, r + 1, dict(year=2024, month=m, score=float(sc), spot_checks=chk,
                                                             spot_checks_present=pres),
            {"recipient_hospital_id": QH}, ["month"], id_number=ID[key])
        r += 1
    ws.write(r, 0, "考核人：院办")
    sh = "苇塘人医"
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苇塘县人民医院派驻专家考核（2024年）{SYN}")
    for c, h in enumerate(["月份", "姓名", "身份证号码", "得分", "抽查（次）", "在岗（次）"]):
        ws.write(1, c, h)
    r = 2
    for key, name, m, sc, chk, pres in (("meng", "孟远航", 5, 90, 3, 3), ("qiu", "邱语嫣", 5, 93.5, 3, 3),
                                        ("meng", "孟远航", 6, 89, 3, 2), ("qiu", "邱语嫣", 6, 93, 3, 3)):
        for c, v in enumerate([f"2024年{m}月", name, use_id(key), sc, chk, pres]):
            ws.write(r, c, v)
        row("staff_monthly_assessments", fn, sh, r + 1, dict(year=2024, month=m, score=float(sc), spot_checks=chk,
                                                             spot_checks_present=pres),
            {"recipient_hospital_id": WT}, ["month"], id_number=ID[key])
        r += 1
    wb.save(str(path))


def f_monthly_sl_xls(path: Path):
    """业务量汇总（下半年补充）.xls: one sheet 石岭中医 with 7–12月, the same layout as its sheet in the big
    workbook."""
    fn, sh = path.name, "石岭中医"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石岭县中医医院主要业务指标月报（7—12月）（{SYN}）")
    for c, h in enumerate(["统计月份", "出院人次", "门急诊人次", "转出人次", "手术台次", "备注"]):
        ws.write(1, c, h)
    for i, m in enumerate(range(7, 13)):
        v = MONTHLY[SL][m]
        for c, x in enumerate([f"2024年{m}月", v[1], v[0], v[3], v[2]]):
            ws.write(2 + i, c, x)
        ms(fn, sh, 3 + i, SL, m)
    wb.save(str(path))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (a dt.date → a date cell)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
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


def f_activities_ods(path: Path):
    """带教培训活动汇总.ods: 说明, then 青禾人医 (date cells, "约40人"), 石岭中医 (dates "2024年4月18日", 主讲专家),
    苇塘人医 (dates "2024/3/22", no support column)."""
    fn = path.name
    sheets = {"说明": [[line] for line in SHUOMING]}
    sh = "青禾人医"
    rows = [[f"青禾县人民医院2024年带教培训活动登记（{SYN}）"], ["日期", "活动类型", "主题", "参加人数", "支援单位"]]
    for day, typ, topic, n, nv in ((dt.date(2024, 4, 10), "学术讲座", "急性胸痛的识别", 30, 30),
                                   (dt.date(2024, 5, 15), "教学查房", "心衰患者查房", "约40人", None),
                                   (dt.date(2024, 6, 20), "手术示教", "腹腔镜胆囊切除", 8, 8)):
        rows.append([day, typ, topic, n, P1])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QH, "support_hospital_id": P1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    sheets[sh] = rows
    sh = "石岭中医"
    rows = [[f"石岭县中医医院接受帮扶活动记录（{SYN}）"], ["活动时间", "活动形式", "内容", "参加人员数", "主讲专家单位"]]
    for day, typ, topic, n in ((dt.date(2024, 4, 18), "疑难病例讨论", "顽固性失眠病例", 15),
                               (dt.date(2024, 7, 2), "技术培训", "针刀技术培训", 25)):
        rows.append([f"{day.year}年{day.month}月{day.day}日", typ, topic, n, PTCM])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": SL, "support_hospital_id": PTCM}, ["activity_date", "activity_type"])
    sheets[sh] = rows
    sh = "苇塘人医"
    rows = [[f"苇塘县人民医院对口支援活动台账（{SYN}）"], ["序号", "日期", "活动类型", "参加人数"]]
    for i, (day, typ, n) in enumerate(((dt.date(2024, 3, 22), "义诊", 120), (dt.date(2024, 9, 9), "远程会诊", 6)), 1):
        rows.append([i, f"{day.year}/{day.month}/{day.day}", typ, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": WT}, ["activity_date", "activity_type"])
    sheets[sh] = rows
    ods_doc(path, sheets)


def f_techniques_sl_ods(path: Path):
    """石岭县中医医院's own supplementary technique list (.ods): 例数 "15例"."""
    fn, sh = path.name, "新技术补报"
    rows = [[f"石岭县中医医院新技术新业务补报（2024年）（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"],
            [1, "中药熏蒸治疗", "康复科", dt.date(2024, 9, 10), "15例", "否", PTCM]]
    row("techniques", fn, sh, 3, dict(name="中药熏蒸治疗", department="康复科", first_performed_date=d(2024, 9, 10),
                                      cases=15, fills_county_gap=False),
        {"recipient_hospital_id": SL, "support_hospital_id": PTCM}, ["name"])
    ods_doc(path, {sh: rows})


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


def f_county_csv(path: Path):
    """县域住院流向汇总.csv (GBK): a title line, one row per county for 2024."""
    fn = path.name
    rows = [[f"2024年雁屿市各县县域住院流向（{SYN}）", "", "", "", ""],
            ["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, tot, out in (("青禾县", "999101", 41230, 6120), ("石岭县", "999102", 26540, 4870),
                                   ("苇塘县", "999103", 30110, 5230)):
        rows.append([county, code, "2024", str(tot), str(out)])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=2024, resident_admissions=tot,
                                                                resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    rows.append(["数据来源：雁屿市卫生健康委员会（虚构）", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_qhmch_trainees_csv(path: Path):
    """青禾县妇幼保健院's trainees (.csv, UTF-8 with BOM): a 填报单位 line, the header in row 2."""
    fn = path.name
    rows = [[f"填报单位：青禾县妇幼保健院（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "费用", "是否结业"]]
    rows.append(["夏知意", use_id("xia"), "产科", CITY, "2024-05-06", "2024-11-05", "1500", "是"])
    row("trainees", fn, None, 3, dict(department="产科", start_date=d(2024, 5, 6), end_date=d(2024, 11, 5),
                                      fee_charged=1500.0, completed=True),
        {"recipient_hospital_id": QHMCH, "host_hospital_id": CITY}, ["start_date", "department"], id_number=ID["xia"])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_wt_monthly_csv(path: Path):
    """苇塘县人民医院 7–12月 (.csv, GBK): the year only in the title, months "7月"."""
    fn = path.name
    rows = [[f"苇塘县人民医院2024年7—12月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        rows.append([f"{m}月", *(str(x) for x in MONTHLY[WT][m])])
        ms(fn, None, len(rows), WT, m, down=True)
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_qhmch_activities_csv(path: Path):
    """青禾县妇幼保健院's activities (.csv, GBK): a 填报单位 line, 支援单位 column."""
    fn = path.name
    rows = [[f"填报单位：青禾县妇幼保健院（{SYN}）", "", "", ""], ["日期", "活动类型", "参加人数", "支援单位"]]
    for day, typ, n in ((dt.date(2024, 5, 20), "技术培训", 22), (dt.date(2024, 8, 8), "死亡病例讨论", 11)):
        rows.append([day.isoformat(), typ, str(n), CITY])
        row("activities", fn, None, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QHMCH, "support_hospital_id": CITY}, ["activity_date", "activity_type"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "雁屿市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄原省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(w_deployments, "SYNTHETIC_派驻人员汇总.xlsx"),
             (w_trainees, "SYNTHETIC_进修人员汇总.xlsx"),
             (w_techniques, "SYNTHETIC_新技术汇总.xlsx"),
             (w_monthly, "SYNTHETIC_业务量汇总.xlsx"),
             (f_city_roster, "SYNTHETIC_雁屿市人民医院派驻人员花名册（市级）.xlsx"),
             (f_assessments_xls, "SYNTHETIC_派驻人员月考核汇总.xls"),
             (f_monthly_sl_xls, "SYNTHETIC_业务量汇总（下半年补充）.xls"),
             (f_activities_ods, "SYNTHETIC_带教培训活动汇总.ods"),
             (f_techniques_sl_ods, "SYNTHETIC_石岭县中医医院新技术补报.ods"),
             (f_county_csv, "SYNTHETIC_县域住院流向汇总.csv"),
             (f_qhmch_trainees_csv, "SYNTHETIC_青禾县妇幼保健院进修人员.csv"),
             (f_wt_monthly_csv, "SYNTHETIC_苇塘县人民医院业务量7-12月.csv"),
             (f_qhmch_activities_csv, "SYNTHETIC_青禾妇幼帮扶活动.csv")]
    for fnc, name in files:
        fnc(raw / "雁屿市" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
