"""realworld85 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/ and one ordinary folder of what arrived during the year (2024年报送/), where the hospitals' forms
(rosters, trainee lists, a technique list, an activity ledger, monthly statistics) lie beside the other paperwork
an office keeps in the same folder: a meeting sign-in sheet, a funds table, a satisfaction survey, the province's
scoring of each pairing, a work summary, an agreement's term list, a telephone directory and next year's work plan.
None of those eight is a form: none of their rows may be curated. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024年报送}/…, OUT/truth.json

Every hospital, county, person, telephone number and ID number is invented; ID numbers use region codes starting
99 with a correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones).
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FOLDER = "2024年报送"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, CZ = "霁川省人民医院", "霁川省中医院", "澄州市人民医院"
TX, TXTCM, BL, BLMCH, WT = "檀溪县人民医院", "檀溪县中医医院", "柏岭县人民医院", "柏岭县妇幼保健院", "苇塘县人民医院"
RECIP = {TX: ("二级", "甲等", "综合医院", "檀溪县"), TXTCM: ("二级", "乙等", "中医医院", "檀溪县"),
         BL: ("二级", "甲等", "综合医院", "柏岭县"), BLMCH: ("二级", None, "妇幼保健院", "柏岭县"),
         WT: ("二级", "乙等", "综合医院", "苇塘县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990501", "19740312", "031"), "su": ("990501", "19870625", "042"), "gu": ("990502", "19790918", "015"),
    "song": ("990501", "19850402", "026"), "han": ("990503", "19900811", "037"),
    "zhou": ("990601", "19810107", "053"), "qian": ("990601", "19880520", "071"),
    "chen": ("990711", "19920306", "084"), "liu": ("990711", "19890915", "019"), "huang": ("990712", "19940728", "063"),
    "zhao": ("990721", "19910212", "048"), "sun": ("990721", "19960430", "022"),
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


def not_a_form(file, sheet, rows, why):
    """Rows of a sheet that is no form: held (intake.md, "Quarantined: … a sheet that is no known form"), never
    curated; any reason but an unresolved hospital, a reference file or a duplicate."""
    for r in rows:
        truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "not_a_form", "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def csv_bytes(lines, encoding, bom=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
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


def xls_sheet(wb, name, rows):
    ws = wb.add_sheet(name)
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(i, j, v)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 级别 and 等次 in two columns, agreement dates as date cells, a 支援期限 for one pairing (the
    others take the title's 2024—2026年), a 注 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(P1, TX, dt.date(2023, 12, 12), None), (PTCM, TXTCM, dt.date(2023, 12, 12), None),
             (P1, BL, dt.date(2024, 1, 18), "2024-3-1~2027-2-28"), (CZ, BLMCH, dt.date(2023, 12, 26), None),
             (CZ, WT, dt.date(2023, 12, 26), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
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
    for s in (P1, PTCM, CZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- the forms
def f_p1_roster(path: Path):
    """省人民医院 roster (xlsx): dates as date cells, one ID with a wrong check digit, one 15-digit ID, a footer."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻医院", "派驻起始时间", "派驻结束时间", "备注"])
    wrong = ID["su"][:17] + ("0" if ID["su"][17] != "0" else "1")
    g = ID["gu"]
    fifteen = g[:6] + g[8:17]
    people = [("lin", "林启明", "男", None, "心血管内科", "主任医师", TX, (2024, 3, 4), (2024, 8, 31), "正高级", "医疗"),
              ("su", "苏婉清", "女", wrong, "妇产科", "主治医师", TX, (2024, 3, 4), (2024, 8, 31), "中级", "医疗"),
              ("gu", "顾云舟", "男", fifteen, "普外科", "副主任医师", BL, (2024, 4, 1), (2024, 9, 30), "副高级", "医疗"),
              ("song", "宋雅琴", "女", None, "护理部", "主管护师", BL, (2024, 4, 1), (2024, 9, 30), "中级", "护理"),
              ("han", "韩立新", "男", None, "医学影像科", "主管技师", TX, (2024, 9, 2), (2025, 2, 28), "中级", "医技")]
    for i, (key, name, sex, sp, dept, title, rec, s, e, rank, cat) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, rec, dt.date(*s), dt.date(*e), None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=sp if sp == wrong else ID[key])
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append([])
    ws.append(["填表人：医务部", None, None, None, "填报日期：2025年1月8日"])
    wb.save(path)


def f_cz_roster_xls(path: Path):
    """澄州市人民医院 roster (xls): dates typed as text, one person without an ID number."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"澄州市人民医院2024年对口支援派驻人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号码", "派驻科室", "专业技术职称", "受援单位", "开始时间", "结束时间"]]
    people = [("zhou", "周明轩", "儿科", "副主任医师", BLMCH, (2024, 3, 11), (2024, 9, 10), "副高级"),
              (None, "吴佳怡", "妇产科", "主治医师", BLMCH, (2024, 3, 11), (2024, 9, 10), "中级"),
              ("qian", "钱文博", "骨科", "主治医师", WT, (2024, 5, 6), (2024, 11, 5), "中级")]
    for i, (key, name, dept, title, rec, s, e, rank) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else None, dept, title, rec, d(*s), d(*e)])
        r = len(rows)
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", d(*s), d(*e)),
            {"support_hospital_id": CZ, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    rows.append(["制表：人事科"])
    wb = xlwt.Workbook(encoding="utf-8")
    xls_sheet(wb, sh, rows)
    wb.save(str(path))


def f_tx_trainees_csv(path: Path):
    """檀溪县人民医院 trainees (CSV, GBK): a 填报单位 line, the header in row 2."""
    fn = path.name
    lines = [[f"填报单位：檀溪县人民医院（{SYN}）", "", "", "", "", "", "", "", ""],
             ["序号", "姓名", "身份证号", "科室", "进修单位", "进修开始时间", "进修结束时间", "进修费用（元）", "是否结业"]]
    people = [("chen", "陈晓燕", "内科", (2024, 3, 1), (2024, 8, 31), 3000, "是", True),
              ("liu", "刘振华", "急诊科", (2024, 3, 1), (2024, 8, 31), 3000, "是", True),
              ("huang", "黄思远", "麻醉科", (2024, 9, 1), (2025, 2, 28), 0, "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        lines.append([str(i), name, use_id(key), dept, P1, d(*s), d(*e), str(fee), done])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=d(*s), end_date=d(*e),
                                                    fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": TX, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(csv_bytes(lines, "gbk"))


def f_bl_trainees_ods(path: Path):
    """柏岭县人民医院 trainees (.ods): the period in one cell "2024年3月1日至2024年8月31日", fee "3000元"."""
    fn, sh = path.name, "进修人员"
    rows = [[f"柏岭县人民医院2024年外出进修人员登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "进修起止时间", "进修费用", "是否结业"]]
    people = [("zhao", "赵子涵", "儿科", "2024年3月1日至2024年8月31日", "3000元", "是", d(2024, 3, 1), d(2024, 8, 31),
               3000.0, True),
              ("sun", "孙悦", "检验科", "2024年9月2日至2024年12月31日", "2000元", "否", d(2024, 9, 2), d(2024, 12, 31),
               2000.0, False)]
    for i, (key, name, dept, period, fee, done, s, e, feev, donev) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, P1, period, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                 completed=donev),
            {"recipient_hospital_id": BL, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    rows.append(["填表人：科教科"])
    ods_doc(path, {sh: rows})


def f_bl_techniques(path: Path):
    """柏岭县人民医院 techniques (xlsx): 开展例数 "约15例" (→ empty + finding)."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柏岭县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 10), 23, "是", 23, True),
             ("无痛胃肠镜检查", "消化内科", dt.date(2024, 6, 3), "约15例", "否", None, False),
             ("经皮椎体成形术", "骨科", dt.date(2024, 10, 15), 6, "是", 6, True)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P1])
        r = ws.max_row
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                           cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": BL, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_cz_activities(path: Path):
    """澄州市人民医院 activity ledger (xlsx): two recipients in one sheet, 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄州市人民医院2024年对口支援带教培训活动台账（{SYN}）"])
    ws.append(["序号", "活动日期", "受援医院", "活动类型", "活动主题", "参加人数", "主讲人"])
    acts = [(dt.date(2024, 3, 20), BLMCH, "学术讲座", "新生儿窒息复苏", 45, 45, "周明轩"),
            (dt.date(2024, 4, 17), BLMCH, "教学查房", "妊娠期糖尿病的管理", 12, 12, "吴佳怡"),
            (dt.date(2024, 5, 22), WT, "手术示教", "腹腔镜下阑尾切除术", "约40人", None, "钱文博"),
            (dt.date(2024, 6, 14), WT, "疑难病例讨论", "不明原因发热一例", 18, 18, "钱文博"),
            (dt.date(2024, 9, 10), WT, "义诊", "世界心脏日义诊", 120, 120, "钱文博")]
    for i, (day, rec, typ, topic, n, nv, who) in enumerate(acts, 1):
        ws.append([i, day, rec, typ, topic, n, who])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": CZ}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_tx_monthly_csv(path: Path):
    """檀溪县人民医院 monthly statistics (CSV, UTF-8 with BOM): a title line, months "2024年1月"."""
    fn = path.name
    lines = [[f"檀溪县人民医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""],
             ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [18300 + 260 * m, 1340 + 21 * m, 310 + 7 * m, 52 - 3 * m]
        lines.append([f"2024年{m}月", *map(str, v)])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": TX}, ["month"])
    path.write_bytes(csv_bytes(lines, "utf-8", bom=True))


def f_wt_monthly_xls(path: Path):
    """苇塘县人民医院 monthly statistics (xls): the year in the title only, months "7月", 下转接收人次."""
    fn, sh = path.name, "7-12月"
    rows = [[f"苇塘县人民医院2024年7—12月主要业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [9400 + 130 * m, 705 + 9 * m, 141 + 2 * m, 30 - m, 2 + m % 5]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": WT}, ["month"])
    rows.append(["合计", *[sum(9400 + 130 * m for m in range(7, 13))]])
    wb = xlwt.Workbook(encoding="utf-8")
    xls_sheet(wb, sh, rows)
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- not forms
def n_sign_in(path: Path):
    """A meeting sign-in sheet (会议签到表): 姓名 | 单位 | 职务 | 联系电话 | 签名 — names and hospitals of the
    programme, like a trainee list, but nobody was trained: a meeting's attendance."""
    fn, sh = path.name, "签到"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省2024年城乡医院对口支援工作推进会签到表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["时间：2024年6月18日上午9:00    地点：省卫生健康委三楼第二会议室"])
    ws.append(["序号", "姓名", "单位", "职务", "联系电话", "签名"])
    people = [("林启明", P1, "医务部主任"), ("许文静", PTCM, "副院长"), ("周明轩", CZ, "医务科科长"),
              ("马国栋", TX, "院长"), ("杨丽华", TXTCM, "副院长"), ("郭建平", BL, "院长"),
              ("何秀英", BLMCH, "业务副院长"), ("罗志强", WT, "医务科科长")]
    first = ws.max_row + 1
    for i, (name, unit, post) in enumerate(people, 1):
        ws.append([i, name, unit, post, f"139 0000 {1100 + i:04d}", name if i % 3 else None])
    not_a_form(fn, sh, range(first, ws.max_row + 1), "会议签到表：参会人员，不是进修人员或派驻人员 / a meeting's sign-in sheet")
    ws.append(["会务组：省卫生健康委医政处"])
    wb.save(path)


def n_funds_xls(path: Path):
    """A funds table (经费拨付表): money per pairing — support and recipient side by side, like a pairing list,
    but it lists grants paid, not the pairings; and it was not named as the pairing list."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"2024年城乡医院对口支援项目补助经费拨付表（{SYN}）"],
            ["序号", "支援医院", "受援医院", "拨付金额（万元）", "拨付日期", "资金来源", "备注"]]
    grants = [(P1, TX, 30), (PTCM, TXTCM, 20), (P1, BL, 30), (CZ, BLMCH, 15), (CZ, WT, 15)]
    for i, (s, r, amount) in enumerate(grants, 1):
        rows.append([i, s, r, amount, "2024-07-15", "省级财政补助", None])
    not_a_form(fn, sh, range(3, len(rows) + 1), "经费拨付表：补助资金，不是对口支援关系表 / grants paid, not a form")
    rows.append(["合计", None, None, sum(a for _, _, a in grants)])
    rows.append(["制表单位：省卫生健康委财务处"])
    wb = xlwt.Workbook(encoding="utf-8")
    xls_sheet(wb, sh, rows)
    wb.save(str(path))


def n_satisfaction_ods(path: Path):
    """A satisfaction survey's summary (满意度调查): counts of questionnaires per recipient."""
    fn, sh = path.name, "满意度汇总"
    rows = [[f"2024年城乡医院对口支援工作满意度调查结果汇总（{SYN}）"],
            ["序号", "受援医院", "支援医院", "发放问卷（份）", "回收问卷（份）", "满意（份）", "基本满意（份）",
             "不满意（份）", "满意度（%）"]]
    for i, (r, s, sent, back, ok, fair) in enumerate([(TX, P1, 60, 58, 51, 6), (TXTCM, PTCM, 40, 40, 33, 6),
                                                      (BL, P1, 60, 55, 47, 7), (BLMCH, CZ, 30, 29, 26, 3),
                                                      (WT, CZ, 50, 47, 38, 7)], 1):
        rows.append([i, r, s, sent, back, ok, fair, back - ok - fair, round(100 * (ok + fair) / back, 1)])
    not_a_form(fn, sh, range(3, len(rows) + 1), "满意度调查汇总：问卷份数，不是业务量或考核 / a survey's summary")
    rows.append(["说明：满意度＝（满意＋基本满意）／回收问卷×100%"])
    ods_doc(path, {sh: rows})


def n_scoring(path: Path):
    """The province's 考核评分表 scoring each pairing (人员派驻 30分 …, 总分, 考核等次): a score per pairing, not a
    monthly assessment of a dispatched person."""
    fn, sh = path.name, "评分表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省2024年度城乡医院对口支援工作考核评分表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "人员派驻（30分）", "人才培养（25分）", "技术帮扶（25分）",
               "组织管理（20分）", "总分", "考核等次"])
    for i, (s, r, a, b, c, e) in enumerate([(P1, TX, 28, 23, 22, 18), (PTCM, TXTCM, 25, 21, 19, 17),
                                           (P1, BL, 29, 24, 23, 19), (CZ, BLMCH, 26, 22, 20, 18),
                                           (CZ, WT, 22, 18, 17, 16)], 1):
        total = a + b + c + e
        ws.append([i, s, r, a, b, c, e, total, "优秀" if total >= 90 else "良好" if total >= 80 else "合格"])
    not_a_form(fn, sh, range(3, ws.max_row + 1), "考核评分表：每个支援关系的年度评分，不是派驻人员月考核 / a pairing's score")
    ws.append(["考核组成员签字：", None, None, None, None, None, "2025年1月20日"])
    wb.save(path)


def n_work_summary(path: Path):
    """A 工作总结 written as a table of narrative text (figures only inside sentences)."""
    fn, sh = path.name, "工作总结"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柏岭县人民医院2024年度对口支援工作总结（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "工作内容", "完成情况", "存在问题", "下一步措施"])
    items = [("人员派驻", "霁川省人民医院派驻医务人员2名，分别在普外科、护理部工作，累计坐诊120余天。",
              "派驻周期偏短，部分专科未覆盖。", "争取2025年派驻麻醉科、儿科医师各1名。"),
             ("人才培养", "选派2名业务骨干赴霁川省人民医院进修，1人已结业。", "进修名额不足。", "增加进修名额至4名。"),
             ("新技术新项目", "在支援医院指导下开展新技术3项，其中填补县域空白2项。", "病例数偏少。",
              "加强宣传，扩大病源。"),
             ("带教培训", "全年开展教学查房、学术讲座等活动10余次，受训人员约300人次。", "基层参与积极性不高。",
              "将培训纳入绩效考核。")]
    for i, (what, done, problem, plan) in enumerate(items, 1):
        ws.append([i, what, done, problem, plan])
    not_a_form(fn, sh, range(3, ws.max_row + 1), "工作总结：叙述性文字，不是报表 / narrative text, not a form")
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def n_agreement_terms_csv(path: Path):
    """An agreement's term list (对口支援协议 支援内容 | 目标): commitments, not events."""
    fn = path.name
    lines = [[f"澄州市人民医院与苇塘县人民医院对口支援协议主要内容（{SYN}）", "", "", "", ""],
             ["序号", "支援内容", "目标", "完成时限", "责任部门"],
             ["1", "派驻医务人员", "每批不少于3名中级以上职称人员，连续派驻不少于6个月", "2026年12月31日", "医务部"],
             ["2", "接收进修", "每年免费接收受援医院进修人员不少于5名", "每年12月31日", "科教部"],
             ["3", "新技术推广", "帮助开展新技术新项目不少于3项，其中填补县域空白1项", "2025年12月31日", "医务部"],
             ["4", "教学查房", "每月开展教学查房不少于2次", "每月", "各派驻科室"],
             ["5", "远程会诊", "建立远程会诊中心，年会诊不少于50例", "2025年6月30日", "信息中心"]]
    not_a_form(fn, None, range(3, len(lines) + 1), "协议条款：支援内容与目标，不是已开展的活动 / an agreement's terms")
    lines.append(["甲方：澄州市人民医院", "", "乙方：苇塘县人民医院", "", ""])
    path.write_bytes(csv_bytes(lines, "utf-8", bom=True))


def n_directory_csv(path: Path):
    """A telephone directory of contacts (联系人 | 手机), in GBK."""
    fn = path.name
    lines = [[f"对口支援工作联系人通讯录（{SYN}）", "", "", "", "", ""],
             ["序号", "单位", "联系人", "职务", "办公电话", "手机"]]
    for i, (unit, who, post) in enumerate([(P1, "唐海峰", "医务部副主任"), (PTCM, "许文静", "副院长"),
                                          (CZ, "周明轩", "医务科科长"), (TX, "邓美玲", "医务科科长"),
                                          (TXTCM, "杨丽华", "副院长"), (BL, "曹建军", "医务科科长"),
                                          (BLMCH, "何秀英", "业务副院长"), (WT, "罗志强", "医务科科长")], 1):
        lines.append([str(i), unit, who, post, f"0999-860{i:02d}123", f"137 0000 {2200 + i:04d}"])
    not_a_form(fn, None, range(3, len(lines) + 1), "通讯录：联系人与电话，不是报表 / a telephone directory")
    path.write_bytes(csv_bytes(lines, "gbk"))


def n_plan(path: Path):
    """Next year's 年度工作计划, three sheets shaped like forms — planned trainings, planned techniques (with
    科室 and 是否填补县域空白) and people to be sent — none of it done: nothing to curate."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训计划"
    ws.append([f"霁川省人民医院2025年度对口支援工作计划——培训计划（{SYN}）"])
    ws.append(["序号", "培训项目", "培训形式", "受援医院", "计划时间", "培训对象", "计划人数"])
    for i, vals in enumerate([("急危重症救治能力培训", "技术培训", TX, "2025年3月", "急诊科医护人员", 30),
                              ("院内感染防控", "学术讲座", TX, "2025年5月", "全院职工", 80),
                              ("腹腔镜基本技能", "手术示教", BL, "2025年4月", "外科医师", 10),
                              ("护理质量管理", "教学查房", BL, "2025年6月", "护理骨干", 20)], 1):
        ws.append([i, *vals])
    not_a_form(fn, "培训计划", range(3, ws.max_row + 1), "工作计划：计划开展的培训，尚未开展 / planned, not done")
    ws2 = wb.create_sheet("新技术推广计划")
    ws2.append([f"霁川省人民医院2025年度对口支援工作计划——新技术推广计划（{SYN}）"])
    ws2.append(["序号", "项目名称", "科室", "受援医院", "计划开展时间", "预计例数", "是否填补县域空白"])
    for i, vals in enumerate([("冠状动脉造影术", "心血管内科", TX, "2025年6月", 20, "是"),
                              ("超声引导下神经阻滞", "麻醉科", BL, "2025年3月", 50, "是"),
                              ("宫腔镜检查", "妇产科", TX, "2025年9月", 30, "否")], 1):
        ws2.append([i, *vals])
    not_a_form(fn, "新技术推广计划", range(3, ws2.max_row + 1), "工作计划：拟开展的新技术，尚未开展 / planned, not done")
    ws3 = wb.create_sheet("拟派驻人员")
    ws3.append([f"霁川省人民医院2025年度拟派驻人员（{SYN}）"])
    ws3.append(["序号", "姓名", "科室", "职称", "拟派驻医院", "拟派驻时间"])
    for i, vals in enumerate([("冯思源", "麻醉科", "主治医师", BL, "2025年3月—2025年8月"),
                              ("蒋慧敏", "儿科", "副主任医师", BL, "2025年3月—2025年8月"),
                              ("沈浩然", "心血管内科", "主治医师", TX, "2025年9月—2026年2月")], 1):
        ws3.append([i, *vals])
    not_a_form(fn, "拟派驻人员", range(3, ws3.max_row + 1), "工作计划：拟派驻人员，尚未派驻 / planned, not sent")
    ws3.append(["注：以上为计划安排，以实际派驻为准。"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", FOLDER):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表（2024—2026年）.xlsx"
    files = [(f_p1_roster, "SYNTHETIC_省人民医院2024年派驻人员花名册.xlsx"),
             (f_cz_roster_xls, "SYNTHETIC_澄州市人民医院派驻人员名单.xls"),
             (f_tx_trainees_csv, "SYNTHETIC_檀溪县人民医院进修人员2024.csv"),
             (f_bl_trainees_ods, "SYNTHETIC_柏岭县人民医院进修人员登记.ods"),
             (f_bl_techniques, "SYNTHETIC_柏岭县人民医院新技术新项目2024.xlsx"),
             (f_cz_activities, "SYNTHETIC_澄州市人民医院带教培训活动台账2024.xlsx"),
             (f_tx_monthly_csv, "SYNTHETIC_檀溪县人民医院业务量1-6月.csv"),
             (f_wt_monthly_xls, "SYNTHETIC_苇塘县人民医院业务量7-12月.xls"),
             (n_sign_in, "SYNTHETIC_对口支援工作推进会签到表.xlsx"),
             (n_funds_xls, "SYNTHETIC_2024年对口支援补助经费拨付表.xls"),
             (n_satisfaction_ods, "SYNTHETIC_对口支援满意度调查汇总.ods"),
             (n_scoring, "SYNTHETIC_2024年度对口支援工作考核评分表.xlsx"),
             (n_work_summary, "SYNTHETIC_柏岭县人民医院2024年度对口支援工作总结.xlsx"),
             (n_agreement_terms_csv, "SYNTHETIC_澄州市人民医院对口支援协议主要内容.csv"),
             (n_directory_csv, "SYNTHETIC_对口支援联系人通讯录.csv"),
             (n_plan, "SYNTHETIC_省人民医院2025年度对口支援工作计划.xlsx")]
    for fnc, name in files:
        fnc(raw / FOLDER / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
