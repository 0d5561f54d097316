"""realworld61 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岚省) for 2024, where each hospital's
medical-affairs office sends its whole annual return as ONE workbook: a 封面 (cover: hospital, year, 填报人, phone),
a 目录, a 填表说明, one sheet per form in no particular order (some left empty: "由支援医院填报"), a 汇总 sheet of
=COUNTA formulas over the other sheets, and a sheet of drop-down options (下拉选项 / 字典) used by data-validation
lists — hidden in some workbooks, visible in others. Six such workbooks (xlsx, one xls, one ods) plus the pairing
list and a few single-form files (CSV in GBK and UTF-8, ods, xlsx). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person, phone number and ID number is invented; ID numbers use region codes 99xxxx with a
correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json).
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
from openpyxl.worksheet.datavalidation import DataValidation

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, MC = "澄岚省人民医院", "澄岚省中医院", "沐川市中心医院"
QM, QMTCM, FT, FTMCH = "青蔓县人民医院", "青蔓县中医医院", "枫汀县人民医院", "枫汀县妇幼保健院"
RECIP = {QM: ("二级", "甲等", "综合医院", "青蔓县"), QMTCM: ("二级", "乙等", "中医医院", "青蔓县"),
         FT: ("二级", "甲等", "综合医院", "枫汀县"), FTMCH: ("二级", None, "妇幼保健院", "枫汀县")}
PAIRS = [(P1, QM, dt.date(2023, 12, 12)), (P1, FT, dt.date(2023, 12, 12)), (PTCM, QMTCM, dt.date(2023, 12, 18)),
         (MC, FTMCH, dt.date(2024, 1, 9))]

ID = {k: idn(*v) for k, v in {
    # 澄岚省人民医院 staff
    "lu": ("994101", "19710308", "031"), "qiu": ("994101", "19830521", "046"), "yan": ("994102", "19870914", "012"),
    "fang": ("994101", "19790102", "027"), "mo": ("994103", "19900616", "058"),
    # 澄岚省中医院 staff
    "ning": ("994105", "19760430", "064"), "gu": ("994105", "19881127", "035"),
    # 沐川市中心医院 staff
    "tang": ("994201", "19800812", "049"), "xia": ("994201", "19920303", "026"),
    # trainees
    "hua": ("994311", "19930715", "083"), "ke": ("994311", "19950221", "014"),
    "ling": ("994321", "19910909", "067"), "shi": ("994321", "19890418", "052"),
    "pei": ("994312", "19940127", "038"), "rao": ("994312", "19960605", "021"),
    "yu": ("994322", "19920830", "075"), "zhan": ("994322", "19970112", "040"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [],
         # the contract: paid_by_recipient is "0 or NULL when none" (generator correction after the first run)
         "field_rules": {"paid_by_recipient": "zero_or_null"}}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def cover_rows(hosp, filler, phone, day):
    return [[f"澄岚省城乡医院对口支援工作年度报表（{SYN}）"], [],
            ["填报单位", hosp], ["报告年度", "2024年"], ["填报人", filler], ["联系电话", phone], ["填报日期", day],
            [], ["（单位盖章）"]]


INSTRUCTIONS = [["填表说明"], ["1. 本报表由各医院医务科（处）填报，每年一次，报省卫生健康委医政处。"],
                ["2. 日期请填写为 2024-03-01 格式；职称、科室、医院名称请从下拉列表选择。"],
                ["3. 身份证号请以文本格式填写18位。"], ["4. 不涉及的表格请保留表头，不要删除工作表。"],
                [f"5. 本文件为{SYN}，单位、人员均为虚构。"]]

TITLES = ["主任医师", "副主任医师", "主治医师", "住院医师", "主任护师", "副主任护师", "主管护师", "护师", "主管技师"]
DEPTS = ["心血管内科", "普外科", "麻醉科", "儿科", "妇产科", "急诊科", "护理部", "检验科", "骨科", "针灸科", "康复科"]
HOSPS = [P1, PTCM, MC, QM, QMTCM, FT, FTMCH]


def dict_columns():
    """The drop-down options sheet: 职称 | 科室 | 是否 | 医院名称 | 活动形式, one list per column."""
    lists = [["职称", *TITLES], ["科室", *DEPTS], ["是否", "是", "否"], ["医院名称", *HOSPS],
             ["活动形式", "学术讲座", "教学查房", "手术示教", "疑难病例讨论", "技术培训", "义诊"]]
    n = max(len(x) for x in lists)
    return [[lst[i] if i < len(lst) else None for lst in lists] for i in range(n)]


# ------------------------------------------------------------------------------------------- xlsx helper
def xlsx_book(path: Path, sheets, dict_name=None, dict_hidden=False, validations=()):
    """sheets: [(name, rows, date_cols)] in order; rows are lists (a str starting '=' is a formula).
    validations: [(sheet, column letter, dict column letter, n options)]."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, date_cols in sheets:
        ws = wb.create_sheet(name)
        for vals in rows:
            ws.append(vals)
            for c in date_cols:
                cell = ws.cell(ws.max_row, c)
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.isdigit() and len(cell.value) >= 15:
                    cell.number_format = "@"
    if dict_name:
        ws = wb.create_sheet(dict_name)
        for vals in dict_columns():
            ws.append(vals)
        if dict_hidden:
            ws.sheet_state = "hidden"
        for sheet, col, dcol, n in validations:
            dv = DataValidation(type="list", formula1=f"'{dict_name}'!${dcol}$2:${dcol}${n + 1}", allow_blank=True)
            wb[sheet].add_data_validation(dv)
            dv.add(f"{col}3:{col}40")
    wb.save(path)


def ods_book(path, sheets):
    """sheets: [(name, rows)]; a cell value may be a date (date cell), number, str, None, or ("=", formula, value)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, tuple):
                    c = TableCell(valuetype="float", value=v[2], formula=v[1])
                    c.addElement(P(text=str(v[2])))
                elif isinstance(v, dt.date):
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


def monthly(base_op, base_dis, base_surg, base_ref, m):
    return [base_op + 137 * m + (m % 3) * 41, base_dis + 11 * m + (m % 4) * 5, base_surg + 3 * m + m % 2,
            base_ref + (m * 7) % 9]


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  澄岚省城乡医院对口支援关系表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag, "2024-1-1~2026-12-31"])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, MC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- the annual returns
def f_qm_return(path: Path):
    """青蔓县人民医院 (recipient, xlsx): 封面, 目录, 填表说明, then 月度业务统计, 派驻人员考核, 进修人员, 新技术新项目,
    带教培训, 派驻人员 (left empty: the support hospital reports it), 汇总 (=COUNTA), 下拉选项 hidden."""
    fn = path.name
    sheets = [("封面", cover_rows(QM, "夏沐云", "0999-7654321", "2025年1月8日"), []),
              ("目录", [["目录"], ["序号", "表名", "工作表", "填报单位"],
                        [1, "表1 月度业务统计", "月度业务统计", "受援医院"], [2, "表2 派驻人员考核", "派驻人员考核", "受援医院"],
                        [3, "表3 进修人员", "进修人员", "受援医院"], [4, "表4 新技术新项目", "新技术新项目", "受援医院"],
                        [5, "表5 带教培训", "带教培训", "受援医院"], [6, "表6 派驻人员", "派驻人员", "支援医院"],
                        [7, "汇总", "汇总", ""]], []),
              ("填表说明", INSTRUCTIONS, [])]
    # 月度业务统计
    sh = "月度业务统计"
    rows = [[f"表1 {QM}2024年月度业务统计"], ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(1, 13):
        v = monthly(18400, 1310, 402, 21, m)
        down = 4 + m % 5
        rows.append([f"{m}月", *v, down])
        row("hospital_monthly_stats", fn, sh, len(rows), dict(year=2024, month=m, outpatient_visits=v[0],
            discharges=v[1], surgeries=v[2], referrals_out=v[3], referrals_down_received=down),
            {"recipient_hospital_id": QM}, ["month"])
    rows.append(["合计", "=SUM(B3:B14)", "=SUM(C3:C14)", "=SUM(D3:D14)", "=SUM(E3:E14)", "=SUM(F3:F14)"])
    sheets.append((sh, rows, []))
    # 派驻人员考核 (long: one row per person and month)
    sh = "派驻人员考核"
    rows = [[f"表2 派驻人员月度考核（{QM}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"]]
    n = 0
    for key, name in (("lu", "陆远川"), ("qiu", "邱若溪")):
        for m, sc, chk, pres in ((3, 95, 4, 4), (4, 92.5, 4, 3), (5, 96, 3, 3)):
            n += 1
            sc = sc - (1 if key == "qiu" else 0)
            rows.append([n, name, use_id(key), P1, f"2024年{m}月", sc, chk, pres])
            row("staff_monthly_assessments", fn, sh, len(rows), dict(year=2024, month=m, score=float(sc),
                spot_checks=chk, spot_checks_present=pres), {"recipient_hospital_id": QM}, ["month"],
                id_number=ID[key])
    sheets.append((sh, rows, []))
    # 进修人员 (sent to 澄岚省人民医院); one without an ID number
    sh = "进修人员"
    rows = [[f"表3 {QM}赴支援医院进修人员"],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"]]
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            [("hua", "华清漪", "急诊科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是"),
             ("ke", "柯予安", "麻醉科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 0, "是"),
             (None, "尹小满", "护理部", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 1500, "否")], 1):
        rows.append([i, name, use_id(key) if key else None, dept, P1, s, e, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
            fee_charged=float(fee), completed=done == "是"), {"recipient_hospital_id": QM, "host_hospital_id": P1},
            ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    sheets.append((sh, rows, [6, 7]))
    # 新技术新项目; one "约15例"
    sh = "新技术新项目"
    rows = [[f"表4 {QM}新技术新项目"],
            ["序号", "项目名称", "开展科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, gap) in enumerate(
            [("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 16), 23, "是"),
             ("超声引导下神经阻滞", "麻醉科", dt.date(2024, 5, 8), "约15例", "否"),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 6, 3), 41, "是")], 1):
        rows.append([i, name, dept, day, cases, gap, P1])
        cv = cases if isinstance(cases, int) else None
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
            cases=cv, fills_county_gap=gap == "是"), {"recipient_hospital_id": QM, "support_hospital_id": P1}, ["name"])
        if cv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    sheets.append((sh, rows, [4]))
    # 带教培训; one "约40人"
    sh = "带教培训"
    rows = [[f"表5 {QM}接受带教培训情况"], ["序号", "活动日期", "活动形式", "主题", "参加人数", "支援医院"]]
    for i, (day, typ, topic, n_, nv) in enumerate(
            [(dt.date(2024, 3, 14), "教学查房", "急性心梗查房", 18, 18),
             (dt.date(2024, 4, 11), "学术讲座", "围术期血压管理", "约40人", None),
             (dt.date(2024, 6, 20), "手术示教", "腹腔镜胆囊切除", 9, 9),
             (dt.date(2024, 10, 17), "疑难病例讨论", "不明原因发热", 22, 22)], 1):
        rows.append([i, day, typ, topic, n_, P1])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QM, "support_hospital_id": P1}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    sheets.append((sh, rows, [2]))
    # 派驻人员: left empty (the support hospital reports its staff)
    sheets.append(("派驻人员", [["表6 派驻人员名单（由支援医院填报，本院不填）"],
                              ["序号", "姓名", "身份证号", "科室", "职称", "派出单位", "派驻开始日期", "派驻结束日期"]], []))
    sheets.append(("汇总", [[f"{QM}2024年度报表汇总"], ["表名", "填报条数"],
                          ["月度业务统计", "=COUNTA(月度业务统计!A3:A14)"], ["派驻人员考核", "=COUNTA(派驻人员考核!B3:B20)"],
                          ["进修人员", "=COUNTA(进修人员!B3:B20)"], ["新技术新项目", "=COUNTA(新技术新项目!B3:B20)"],
                          ["带教培训", "=COUNTA(带教培训!B3:B20)"], ["派驻人员", "=COUNTA(派驻人员!B3:B20)"]], []))
    xlsx_book(path, sheets, "下拉选项", dict_hidden=True,
              validations=[("进修人员", "D", "B", len(DEPTS)), ("进修人员", "E", "D", len(HOSPS)),
                           ("进修人员", "I", "C", 2), ("新技术新项目", "F", "C", 2), ("带教培训", "C", "E", 6)])


def f_p1_return(path: Path):
    """澄岚省人民医院 (support, xlsx): sheets named "表1 派驻人员名单" / "表2 接收进修人员" / "表3 带教培训", in the
    order 封面, 目录, 填表说明, 表3, 表1, 汇总, 表2, 字典 (visible); a wrong check digit and a 15-digit ID; "至今"."""
    fn = path.name
    wrong = ID["yan"][:17] + ("0" if ID["yan"][17] != "0" else "1")
    f = ID["mo"]
    fifteen = f[:6] + f[8:14] + f[14:17]
    s1, s2, s3 = "表1 派驻人员名单", "表2 接收进修人员", "表3 带教培训"
    # 表1 派驻人员名单: title, 填报单位 line, header in row 3
    r1 = [[f"表1 {P1}派驻人员名单（2024年度）"], [f"填报单位：{P1}"],
          ["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻医院", "派驻开始时间", "派驻结束时间", "担任职务",
           "受援医院支付报酬（元）"]]
    people = [("lu", "陆远川", "男", None, "心血管内科", "主任医师", QM, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               "副院长", 6000, dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31),
                                  position_at_recipient="副院长", paid_by_recipient=6000.0), ID["lu"]),
              ("qiu", "邱若溪", "女", None, "麻醉科", "主治医师", QM, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               None, 0, dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31),
                            position_at_recipient=None, paid_by_recipient=0.0), ID["qiu"]),
              ("yan", "颜书白", "男", wrong, "普外科", "副主任医师", QM, dt.date(2024, 9, 2), "至今", "科主任", 0,
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 9, 2), None, position_at_recipient="科主任",
                   paid_by_recipient=0.0), wrong),
              ("fang", "方知微", "女", None, "护理部", "主管护师", FT, dt.date(2024, 4, 1), dt.date(2024, 9, 30), None, 0,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30), position_at_recipient=None,
                   paid_by_recipient=0.0), ID["fang"]),
              ("mo", "莫青禾", "男", fifteen, "儿科", "主治医师", FT, dt.date(2024, 4, 1), dt.date(2024, 9, 30), None, 0,
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30), position_at_recipient=None,
                   paid_by_recipient=0.0), ID["mo"])]
    for i, (key, name, sex, sp, dept, title, rec, s, e, pos, paid, fields, tid) in enumerate(people, 1):
        r1.append([i, name, sex, use_id(key, sp), dept, title, rec, s, e, pos, paid])
        row("deployments", fn, s1, len(r1), fields, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, len(r1), "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, len(r1), "ID_15_DIGIT")
    # 表2 接收进修人员 (hosted: trainees from 枫汀县人民医院), 进修起止时间 in one cell
    r2 = [[f"表2 {P1}接收受援医院进修人员（2024年）"],
          ["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "收费（元）", "是否结业"]]
    for i, (key, name, dept, period, s, e, fee, done) in enumerate(
            [("ling", "凌霜序", "心血管内科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31), 2400, "是"),
             ("shi", "石见山", "骨科", "2024.09.01-2025.02.28", d(2024, 9, 1), d(2025, 2, 28), 2400, "否")], 1):
        r2.append([i, name, use_id(key), FT, dept, period, fee, done])
        row("trainees", fn, s2, len(r2), dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
            completed=done == "是"), {"recipient_hospital_id": FT, "host_hospital_id": P1}, ["start_date"],
            id_number=ID[key])
    # 表3 带教培训 (at 枫汀县人民医院)
    r3 = [[f"表3 {P1}带教培训活动登记"], ["序号", "活动日期", "受援医院", "活动形式", "主题", "参加人数"]]
    for i, (day, typ, topic, n_) in enumerate(
            [(dt.date(2024, 4, 25), "技术培训", "静脉治疗护理规范", 36), (dt.date(2024, 5, 30), "学术讲座", "儿童哮喘规范化诊治", 28),
             (dt.date(2024, 7, 18), "义诊", "社区义诊", 120)], 1):
        r3.append([i, day, FT, typ, topic, n_])
        row("activities", fn, s3, len(r3), dict(activity_date=day.isoformat(), activity_type=typ, participants=n_),
            {"recipient_hospital_id": FT, "support_hospital_id": P1}, ["activity_date"])
    sheets = [("封面", cover_rows(P1, "程以安", "0999-8123456", "2025年1月10日"), []),
              ("目录", [["目  录"], ["表号", "表名"], ["表1", "派驻人员名单"], ["表2", "接收进修人员"], ["表3", "带教培训"],
                        ["汇总", "各表填报条数"]], []),
              ("填表说明", INSTRUCTIONS, []), (s3, r3, [2]), (s1, r1, [8, 9]),
              ("汇总", [["汇总表"], ["项目", "条数", "备注"],
                        ["派驻人员", f"=COUNTA('{s1}'!B4:B20)", "人"], ["接收进修", f"=COUNTA('{s2}'!B3:B20)", "人"],
                        ["带教培训", f"=COUNTA('{s3}'!B3:B20)", "次"]], []),
              (s2, r2, [])]
    xlsx_book(path, sheets, "字典", dict_hidden=False,
              validations=[(s1, "F", "A", len(TITLES)), (s1, "E", "B", len(DEPTS)), (s1, "G", "D", len(HOSPS)),
                           (s2, "H", "C", 2), (s3, "D", "E", 6)])


def f_ft_return_xls(path: Path):
    """枫汀县人民医院 (recipient, .xls via xlwt): the hospital named only on the 封面 and in the file name; sheets
    "表一 月度统计", "表二 新技术", "表三 考核", "汇总" (xlwt formulas), 字典 visible; 目录 named Sheet2."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")

    def put(ws, rows):
        for i, vals in enumerate(rows):
            for j, v in enumerate(vals):
                if v is None:
                    continue
                if isinstance(v, xlwt.ExcelFormula.Formula):
                    ws.write(i, j, v)
                elif isinstance(v, dt.date):
                    ws.write(i, j, v, date_style)
                else:
                    ws.write(i, j, v)

    put(wb.add_sheet("封面"), cover_rows(FT, "杭启明", "0999-6231870", "2025年1月9日"))
    put(wb.add_sheet("Sheet2"), [["目录"], ["表一", "月度业务统计"], ["表二", "新技术新项目"], ["表三", "派驻人员考核"],
                                 ["汇总", "条数"]])
    s1, s2, s3 = "表一 月度统计", "表二 新技术", "表三 考核"
    r1 = [["表一 受援医院月度业务统计（2024年）"], ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 13):
        v = monthly(12100, 905, 233, 15, m)
        r1.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, s1, len(r1), dict(year=2024, month=m, outpatient_visits=v[0],
            discharges=v[1], surgeries=v[2], referrals_out=v[3]), {"recipient_hospital_id": FT}, ["month"])
    r2 = [["表二 新技术新项目（2024年）"], ["序号", "项目名称", "开展科室", "开展时间", "例数", "是否填补县域空白", "技术来源"]]
    for i, (name, dept, day, cases, gap) in enumerate(
            [("PICC置管术", "护理部", dt.date(2024, 5, 13), 17, "是"), ("小儿支气管镜检查", "儿科", dt.date(2024, 7, 2), 6, "是"),
             ("无痛胃肠镜", "消化内科", dt.date(2024, 8, 19), 210, "否")], 1):
        r2.append([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, s2, len(r2), dict(name=name, department=dept, first_performed_date=day.isoformat(),
            cases=cases, fills_county_gap=gap == "是"), {"recipient_hospital_id": FT, "support_hospital_id": P1},
            ["name"])
    r3 = [["表三 派驻人员月度考核（2024年）"], ["序号", "姓名", "身份证号", "月份", "得分", "抽查次数", "在岗次数"]]
    n = 0
    for key, name in (("fang", "方知微"), ("mo", "莫青禾")):
        for m, sc in ((5, 94), (6, 97)):
            n += 1
            sc = sc - (2 if key == "mo" else 0)
            r3.append([n, name, use_id(key), f"{m}月", sc, 2, 2])
            row("staff_monthly_assessments", fn, s3, len(r3), dict(year=2024, month=m, score=float(sc),
                spot_checks=2, spot_checks_present=2), {"recipient_hospital_id": FT}, ["month"], id_number=ID[key])
    put(wb.add_sheet(s1), r1)
    put(wb.add_sheet(s2), r2)
    put(wb.add_sheet(s3), r3)
    put(wb.add_sheet("汇总"), [["汇总"], ["表名", "条数"],
                               ["表一", xlwt.Formula(f"COUNTA('{s1}'!A3:A14)")],
                               ["表二", xlwt.Formula(f"COUNTA('{s2}'!B3:B20)")],
                               ["表三", xlwt.Formula(f"COUNTA('{s3}'!B3:B20)")]])
    put(wb.add_sheet("字典"), dict_columns())
    wb.save(str(path))


def f_qmtcm_return_ods(path: Path):
    """青蔓县中医医院 (recipient, .ods): 封面, 目录, then 新技术新项目, 月度业务统计, 进修人员, 带教培训 (left empty),
    汇总 (formulas with cached values), 下拉选项 visible."""
    fn = path.name
    sheets = [("封面", cover_rows(QMTCM, "章可期", "0999-7612093", "2025年1月12日")),
              ("目录", [["目录"], ["序号", "工作表"], [1, "新技术新项目"], [2, "月度业务统计"], [3, "进修人员"],
                        [4, "带教培训"], [5, "汇总"]])]
    sh = "新技术新项目"
    rows = [[f"{QMTCM}新技术新项目（2024年）"], ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白"]]
    for i, (name, dept, day, cases, gap) in enumerate(
            [("浮针疗法", "针灸科", dt.date(2024, 3, 20), 64, "是"), ("中药熏蒸治疗", "康复科", dt.date(2024, 6, 6), 112, "否")], 1):
        rows.append([i, name, dept, day, cases, gap])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
            cases=cases, fills_county_gap=gap == "是"), {"recipient_hospital_id": QMTCM}, ["name"])
    sheets.append((sh, rows))
    sh = "月度业务统计"
    rows = [[f"{QMTCM}2024年月度业务统计"], ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 13):
        v = monthly(6200, 310, 41, 9, m)
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows), dict(year=2024, month=m, outpatient_visits=v[0],
            discharges=v[1], surgeries=v[2], referrals_out=v[3]), {"recipient_hospital_id": QMTCM}, ["month"])
    sheets.append((sh, rows))
    sh = "进修人员"
    rows = [[f"{QMTCM}外出进修人员（2024年）"],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"]]
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            [("pei", "裴南星", "针灸科", dt.date(2024, 3, 4), dt.date(2024, 9, 3), 0, "是"),
             ("rao", "饶知夏", "康复科", dt.date(2024, 9, 9), dt.date(2025, 3, 8), 1800, "否")], 1):
        rows.append([i, name, use_id(key), dept, PTCM, s, e, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
            fee_charged=float(fee), completed=done == "是"), {"recipient_hospital_id": QMTCM,
            "host_hospital_id": PTCM}, ["start_date"], id_number=ID[key])
    sheets.append((sh, rows))
    sheets.append(("带教培训", [["带教培训（由支援医院填报）"], ["序号", "活动日期", "活动形式", "主题", "参加人数"]]))
    sheets.append(("汇总", [["汇总"], ["表名", "条数"],
                          ["新技术新项目", ("=", "of:=COUNTA([$'新技术新项目'.B3:.B20])", 2)],
                          ["月度业务统计", ("=", "of:=COUNTA([$'月度业务统计'.A3:.A14])", 12)],
                          ["进修人员", ("=", "of:=COUNTA([$'进修人员'.B3:.B20])", 2)],
                          ["带教培训", ("=", "of:=COUNTA([$'带教培训'.B3:.B20])", 0)]]))
    sheets.append(("下拉选项", dict_columns()))
    ods_book(path, sheets)


def f_ptcm_return(path: Path):
    """澄岚省中医院 (support, xlsx): every sheet named SheetN (Sheet1 封面, Sheet2 填表说明, Sheet3 派驻人员 titled
    "表1 派驻人员名单", Sheet4 带教培训, Sheet5 汇总), the options sheet Sheet6 hidden."""
    fn = path.name
    s3 = [["表1 派驻人员名单"], ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期"]]
    for i, (key, name, dept, title, rank, s, e) in enumerate(
            [("ning", "宁致远", "针灸科", "副主任医师", "副高级", dt.date(2024, 3, 4), dt.date(2024, 12, 31)),
             ("gu", "顾清和", "康复科", "主治医师", "中级", dt.date(2024, 6, 3), dt.date(2024, 12, 2))], 1):
        s3.append([i, name, use_id(key), dept, title, QMTCM, s, e])
        row("deployments", fn, "Sheet3", len(s3), dep(dept, title, rank, "医疗", s.isoformat(), e.isoformat()),
            {"support_hospital_id": PTCM, "recipient_hospital_id": QMTCM}, ["start_date"], id_number=ID[key])
    s4 = [["表2 带教培训"], ["序号", "日期", "受援医院", "活动形式", "主题", "参加人数"]]
    for i, (day, typ, topic, n_) in enumerate(
            [(dt.date(2024, 4, 9), "教学查房", "中风后遗症查房", 14), (dt.date(2024, 9, 24), "学术讲座", "针刺镇痛机制", 31)], 1):
        s4.append([i, day, QMTCM, typ, topic, n_])
        row("activities", fn, "Sheet4", len(s4), dict(activity_date=day.isoformat(), activity_type=typ,
            participants=n_), {"recipient_hospital_id": QMTCM, "support_hospital_id": PTCM}, ["activity_date"])
    sheets = [("Sheet1", cover_rows(PTCM, "岑望舒", "0999-8345210", "2025年1月7日"), []),
              ("Sheet2", INSTRUCTIONS, []), ("Sheet3", s3, [7, 8]), ("Sheet4", s4, [2]),
              ("Sheet5", [["汇总"], ["表名", "条数"], ["派驻人员", "=COUNTA(Sheet3!B3:B20)"],
                          ["带教培训", "=COUNTA(Sheet4!B3:B20)"]], [])]
    xlsx_book(path, sheets, "Sheet6", dict_hidden=True,
              validations=[("Sheet3", "E", "A", len(TITLES)), ("Sheet3", "F", "D", len(HOSPS)),
                           ("Sheet4", "D", "E", 6)])


def f_mc_return(path: Path):
    """沐川市中心医院 (support, xlsx): 封面, 汇总 first (formulas over sheets after it), then 带教培训 and
    派驻人员 (to 枫汀县妇幼保健院), 目录 last but one, 下拉选项 hidden."""
    fn = path.name
    dep_rows = [["派驻人员名单"], ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始时间", "结束时间"]]
    for i, (key, name, dept, title, rank, cat, s, e) in enumerate(
            [("tang", "唐映雪", "妇产科", "副主任医师", "副高级", "医疗", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
             ("xia", "夏听澜", "检验科", "主管技师", "中级", "医技", dt.date(2024, 7, 1), dt.date(2024, 12, 31))], 1):
        dep_rows.append([i, name, use_id(key), dept, title, FTMCH, s, e])
        row("deployments", fn, "派驻人员", len(dep_rows), dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": MC, "recipient_hospital_id": FTMCH}, ["start_date"], id_number=ID[key])
    act = [["带教培训"], ["日期", "受援单位", "形式", "内容", "参加人数"]]
    for day, typ, topic, n_ in ((dt.date(2024, 7, 26), "学术讲座", "产科危急重症识别", 26),
                                (dt.date(2024, 8, 30), "手术示教", "宫腔镜检查", 7),
                                (dt.date(2024, 11, 15), "技术培训", "新生儿窒息复苏", 33)):
        act.append([day, FTMCH, typ, topic, n_])
        row("activities", fn, "带教培训", len(act), dict(activity_date=day.isoformat(), activity_type=typ,
            participants=n_), {"recipient_hospital_id": FTMCH, "support_hospital_id": MC}, ["activity_date"])
    sheets = [("封面", cover_rows(MC, "邓一帆", "0999-5527301", "2025年1月6日"), []),
              ("汇总", [["汇总"], ["表名", "条数"], ["带教培训", "=COUNTA(带教培训!A3:A20)"],
                        ["派驻人员", "=COUNTA(派驻人员!B3:B20)"]], []),
              ("带教培训", act, [1]), ("派驻人员", dep_rows, [7, 8]),
              ("目录", [["目录"], ["工作表", "内容"], ["汇总", "条数汇总"], ["带教培训", "带教培训登记"],
                        ["派驻人员", "派驻人员名单"]], [])]
    xlsx_book(path, sheets, "下拉选项", dict_hidden=True,
              validations=[("派驻人员", "E", "A", len(TITLES)), ("派驻人员", "F", "D", len(HOSPS)),
                           ("带教培训", "C", "E", 6)])


# ------------------------------------------------------------------------------------------- single-form files
def f_ftmch_monthly_csv(path: Path):
    """枫汀县妇幼保健院: CSV in GBK, a title line, the header in row 2."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{FTMCH}2024年月度业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 13):
        v = monthly(4100, 215, 58, 6, m)
        w.writerow([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, 2 + m, dict(year=2024, month=m, outpatient_visits=v[0],
            discharges=v[1], surgeries=v[2], referrals_out=v[3]), {"recipient_hospital_id": FTMCH}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_ftmch_trainees_csv(path: Path):
    """枫汀县妇幼保健院 → 沐川市中心医院: CSV UTF-8 with BOM, a 填报单位 line, header in row 2."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"填报单位：{FTMCH}（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "费用（元）", "是否结业"])
    for r, (key, name, dept, s, e, fee, done) in enumerate(
            [("yu", "俞晚晴", "妇产科", d(2024, 8, 1), d(2025, 1, 31), 2000, "否"),
             ("zhan", "詹朗月", "儿科", d(2024, 3, 1), d(2024, 8, 31), 2000, "是")], 3):
        w.writerow([name, use_id(key), dept, MC, s, e, fee, done])
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
            completed=done == "是"), {"recipient_hospital_id": FTMCH, "host_hospital_id": MC}, ["start_date"],
            id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_qmtcm_assess_csv(path: Path):
    """青蔓县中医医院 assesses 澄岚省中医院's staff: CSV UTF-8 without BOM, title line, header in row 2."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"{QMTCM}派驻人员月度考核表 2024年（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "派出单位", "考核月份", "考核分数", "抽查次数", "在岗次数"])
    r = 2
    for key, name in (("ning", "宁致远"), ("gu", "顾清和")):
        for m, sc in ((7, 93), (8, 95.5)):
            r += 1
            w.writerow([name, use_id(key), PTCM, f"2024-{m:02d}", sc, 3, 3])
            row("staff_monthly_assessments", fn, None, r, dict(year=2024, month=m, score=float(sc), spot_checks=3,
                spot_checks_present=3), {"recipient_hospital_id": QMTCM}, ["month"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_ftmch_assess_xlsx(path: Path):
    """枫汀县妇幼保健院 assesses 沐川市中心医院's staff (xlsx), months 9–10."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{FTMCH}派驻人员月度考核（2024年）{SYN}"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"])
    n = 0
    for key, name in (("tang", "唐映雪"), ("xia", "夏听澜")):
        for m, sc in ((9, 96), (10, 98)):
            n += 1
            ws.append([n, name, use_id(key), MC, f"2024年{m}月", sc, 4, 4])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row, dict(year=2024, month=m, score=float(sc),
                spot_checks=4, spot_checks_present=4), {"recipient_hospital_id": FTMCH}, ["month"], id_number=ID[key])
    wb.save(path)


def f_ftmch_techniques_ods(path: Path):
    """枫汀县妇幼保健院 (.ods): new techniques with a 支援医院 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"{FTMCH}2024年新技术新项目（{SYN}）"], ["序号", "项目名称", "科室", "开展日期", "例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, gap) in enumerate(
            [("宫腔镜检查术", "妇产科", dt.date(2024, 9, 5), 19, "是"), ("新生儿听力筛查", "儿科", dt.date(2024, 10, 8), 340, "否")], 1):
        rows.append([i, name, dept, day, cases, gap, MC])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
            cases=cases, fills_county_gap=gap == "是"), {"recipient_hospital_id": FTMCH, "support_hospital_id": MC},
            ["name"])
    ods_book(path, [(sh, rows)])


def f_county_xlsx(path: Path):
    """省卫健委: county inpatient flow, one row per county."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, a, b in (("青蔓县", "999401", 41230, 6480), ("枫汀县", "999402", 30615, 5122)):
        ws.append([county, code, a, b])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=a,
            resident_admissions_outside_county=b), {}, ["county_code"])
    wb.save(path)


def f_county_2023_xls(path: Path):
    """省卫健委: the previous year's county figures, an old .xls with a units row under the header."""
    fn, sh = path.name, "2023年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"2023年县域住院流向统计（{SYN}）")
    for j, h in enumerate(["县名", "区划代码", "县域内常住居民住院总人次", "县域外住院人次"]):
        ws.write(1, j, h)
    for j, h in enumerate(["", "", "（人次）", "（人次）"]):
        ws.write(2, j, h)
    for i, (county, code, a, b) in enumerate((("青蔓县", "999401", 40388, 6902), ("枫汀县", "999402", 29874, 5540))):
        for j, v in enumerate((county, code, a, b)):
            ws.write(3 + i, j, v)
        row("county_inpatient_stats", fn, sh, 4 + i, dict(county_code=code, year=2023, resident_admissions=a,
            resident_admissions_outside_county=b), {}, ["county_code"])
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岚省对口支援关系表.xlsx")
    files = [(f_qm_return, "SYNTHETIC_青蔓县人民医院2024年度对口支援工作年报.xlsx"),
             (f_p1_return, "SYNTHETIC_澄岚省人民医院对口支援年度报表2024.xlsx"),
             (f_ft_return_xls, "SYNTHETIC_枫汀县人民医院2024年报表.xls"),
             (f_qmtcm_return_ods, "SYNTHETIC_青蔓县中医医院年度报表2024.ods"),
             (f_ptcm_return, "SYNTHETIC_澄岚省中医院2024对口支援年报.xlsx"),
             (f_mc_return, "SYNTHETIC_沐川市中心医院年报2024.xlsx"),
             (f_ftmch_monthly_csv, "SYNTHETIC_枫汀县妇幼保健院2024月报.csv"),
             (f_ftmch_trainees_csv, "SYNTHETIC_枫汀县妇幼保健院进修人员2024.csv"),
             (f_qmtcm_assess_csv, "SYNTHETIC_青蔓县中医医院派驻人员考核2024.csv"),
             (f_ftmch_assess_xlsx, "SYNTHETIC_枫汀县妇幼保健院派驻人员考核9-10月.xlsx"),
             (f_ftmch_techniques_ods, "SYNTHETIC_枫汀县妇幼保健院新技术2024.ods"),
             (f_county_xlsx, "SYNTHETIC_澄岚省县域住院流向2024.xlsx"),
             (f_county_2023_xls, "SYNTHETIC_澄岚省县域住院流向2023.xls")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
