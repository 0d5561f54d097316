"""realworld83 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024 whose folder is mostly
small, empty and template-bound submissions: a header and "本月无", a technique list whose only row says
无新技术新项目, a one-person roster, templates sent back unfilled (grey example row 例：张三 / 样例, instructions under
the header), a template whose example row was left above the real rows, monthly statistics with only some months
filled (the rest blank or —), a file whose every row is a 合计 — and a few ordinary files beside them. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,石漱县,渡云县,青檀县,枫桥市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
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
from openpyxl.styles import Font, PatternFill

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GREY = PatternFill("solid", fgColor="D9D9D9")
GREY_FONT = Font(italic=True, color="808080")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, FQ = "霁川省人民医院", "霁川省中医院", "枫桥市中心医院"
SS, SSTCM, DY, DYMCH, QT = "石漱县人民医院", "石漱县中医医院", "渡云县人民医院", "渡云县妇幼保健院", "青檀县人民医院"
RECIP = {SS: ("二级", "甲等", "综合医院", "石漱县"), SSTCM: ("二级", "乙等", "中医医院", "石漱县"),
         DY: ("二级", "甲等", "综合医院", "渡云县"), DYMCH: ("二级", None, "妇幼保健院", "渡云县"),
         QT: ("二级", "乙等", "综合医院", "青檀县")}
PAIRS = [(P1, SS, dt.date(2023, 12, 12)), (P1, DY, dt.date(2023, 12, 12)), (PTCM, SSTCM, dt.date(2023, 12, 18)),
         (FQ, DYMCH, dt.date(2023, 12, 26)), (FQ, QT, dt.date(2023, 12, 26))]

ID = {k: idn(*v) for k, v in {
    # 省人民医院 staff
    "lan": ("990301", "19760312", "021"), "qiu": ("990301", "19850627", "043"), "mu": ("990302", "19810915", "016"),
    "yan": ("990301", "19890402", "058"),
    # 省中医院 (one person)
    "ning": ("990305", "19790118", "034"),
    # 枫桥市中心医院 staff
    "ji": ("990411", "19830724", "025"), "fu": ("990411", "19870209", "061"),
    # 渡云县人民医院 trainees
    "tang": ("990422", "19920811", "037"), "ou": ("990422", "19750623", "052"),
    # 青檀县人民医院 trainee (one person)
    "lian": ("990431", "19940305", "048"),
    # the templates' example rows (例：张三, 样例 李四) — never data, but still ID numbers that must not leak
    "ex_zhang": ("999999", "19900101", "123"), "ex_li": ("999999", "19850505", "456"),
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
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as date cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, bool):
                    raise TypeError(v)
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
    """级别 and 等次 in two columns (等次 blank for the 妇幼保健院), the period only in the title (2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, FQ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院: an ordinary roster, four people, dates as date cells, one ID with a wrong check digit, 合计 and
    制表 rows."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻医院", "派驻开始时间", "派驻结束时间"])
    wrong = ID["qiu"][:17] + ("3" if ID["qiu"][17] != "3" else "4")
    people = [("lan", "蓝若溪", "女", None, "心血管内科", "主任医师", SS, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["lan"]),
              ("qiu", "邱暮云", "男", wrong, "普外科", "主治医师", SS, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("普外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
              ("mu", "穆清和", "男", None, "骨科", "副主任医师", DY, dt.date(2024, 4, 8), dt.date(2024, 10, 7),
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 4, 8), d(2024, 10, 7)), ID["mu"]),
              ("yan", "严问秋", "女", None, "护理部", "主管护师", DY, dt.date(2024, 4, 8), dt.date(2024, 10, 7),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 8), d(2024, 10, 7)), ID["yan"])]
    for i, (key, name, sex, sp, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", "4人"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def f_ptcm_one_person_xls(path: Path):
    """省中医院 (.xls): a roster with one person, 合计：1人 under it."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川省中医院2024年派驻人员名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    for j, v in enumerate([1, "宁栖梧", use_id("ning"), "针灸科", "副主任中医师", SSTCM, "2024-05-06", "2024-11-05"]):
        ws.write(2, j, v)
    row("deployments", fn, sh, 3, dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)),
        {"support_hospital_id": PTCM, "recipient_hospital_id": SSTCM}, ["start_date"], id_number=ID["ning"])
    ws.write(3, 0, "合计：1人")
    ws.write(5, 0, "填表人：人事科")
    wb.save(str(path))


def f_county_stats(path: Path):
    """省卫健委: county inpatient flow, 青檀县 not yet reported ("—" in both counts, 备注 未报送), a 合计 row."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次", "备注"])
    for county, code, a, b in (("石漱县", "999101", 31250, 5620), ("渡云县", "999102", 24470, 4390)):
        ws.append([county, code, a, b, None])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=a,
                                                               resident_admissions_outside_county=b),
            {}, ["county_code", "year"])
    ws.append(["青檀县", "999103", "—", "—", "未报送"])      # nothing reported: not a row of the table
    ws.append(["合计", None, 31250 + 24470, 5620 + 4390, None])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 石漱县
def f_ss_techniques_none(path: Path):
    """石漱县人民医院: a technique list whose only row says 无新技术新项目."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新技术新项目"
    ws.append([f"石漱县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "首例开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    ws.append([1, "无新技术新项目", None, None, None, None, None])
    ws.append(["填报人：医务科", None, None, "2025年1月9日"])
    wb.save(path)


def f_ss_activities_none_csv(path: Path):
    """石漱县人民医院, CSV in GBK: March's activity record — the header, then 本月无."""
    write_csv(path, [[f"石漱县人民医院2024年3月对口支援带教培训活动记录（{SYN}）", "", "", "", ""],
                     ["日期", "活动形式", "主题", "主讲人", "参加人数"],
                     ["本月无", "", "", "", ""]], "gbk")


def f_ss_trainees_template(path: Path):
    """石漱县人民医院: the trainee template sent back unfilled — instructions under the header, the grey example
    row 例：张三 (with an example ID number), rows pre-numbered 1–5 and nothing else, the sign-off lines."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进修人员"
    ws.append([f"石漱县人民医院2024年赴支援医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["填报单位：石漱县人民医院", None, None, None, None, "填报日期："])
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    ws.append(["填表说明：1.身份证号填写18位；2.日期格式为2024-03-01；3.是否结业填“是”或“否”；4.灰色行为示例，填报时请删除。"])
    ws.merge_cells(start_row=4, end_row=4, start_column=1, end_column=9)
    ws.append([None, "例：张三", use_id("ex_zhang"), "内科", P1, "2024-03-01", "2024-08-31", 3000, "是"])
    for c in ws[ws.max_row]:
        c.fill, c.font = GREY, GREY_FONT
    ws.cell(ws.max_row, 3).number_format = "@"
    for i in range(1, 6):
        ws.append([i])
    ws.append(["填表人：", None, "联系电话：", None, "负责人签字："])
    wb.save(path)


def f_ss_monthly_partial(path: Path):
    """石漱县人民医院: the year's monthly workload with January–May filled (0 written where nothing happened),
    June partly (surgeries "—", referrals blank), July–September blank, October–December "—", a 合计 row."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石漱县人民医院2024年主要业务量统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    tot = [0, 0, 0, 0, 0]
    for m in range(1, 13):
        if m <= 5:
            v = [14820 + 310 * m, 1064 + 23 * m, 212 + 9 * m, 0 if m == 3 else 30 - m, 0 if m in (1, 2) else m - 2]
            ws.append([f"{m}月", *v])
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_down_received=v[4]), {"recipient_hospital_id": SS}, ["month"])
            tot = [a + b for a, b in zip(tot, v)]
        elif m == 6:
            ws.append(["6月", 16710, 1221, "—", None, None])
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=6, outpatient_visits=16710, discharges=1221, surgeries=None, referrals_out=None,
                     referrals_down_received=None), {"recipient_hospital_id": SS}, ["month"])
            tot[0] += 16710
            tot[1] += 1221
        elif m <= 9:
            ws.append([f"{m}月"])                       # blank: not reported
        else:
            ws.append([f"{m}月", "—", "—", "—", "—", "—"])   # "—": not reported
    ws.append(["合计", *tot])
    wb.save(path)


def f_ss_assessment_example_ods(path: Path):
    """石漱县人民医院 (.ods): April's assessment of the dispatched staff, the template's example row (示例 李四, with an
    example ID number) left in above the three real rows."""
    fn, sh = path.name, "2024年4月"
    rows = [[f"石漱县人民医院派驻人员月度考核表（2024年4月）{SYN}"],
            ["序号", "姓名", "身份证号", "派出单位", "考核分数", "在岗抽查次数", "在岗次数"],
            ["示例", "李四", use_id("ex_li"), P1, 90, 4, 4]]
    for i, (key, name, sc, present) in enumerate((("lan", "蓝若溪", 95, 4), ("qiu", "邱暮云", 88.5, 3)), 1):
        rows.append([i, name, use_id(key), P1, sc, 4, present])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2024, month=4, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": SS}, ["score"], id_number=ID[key])
    rows.append(["考核人：院办", None, None, None, "2024年5月6日"])
    ods_doc(path, {sh: rows})


def f_sstcm_trainees_none_csv(path: Path):
    """石漱县中医医院, CSV UTF-8 with BOM: the trainee list's header, then 无 in the first cell, 合计：0人."""
    write_csv(path, [[f"石漱县中医医院2024年外出进修人员名单（{SYN}）", "", "", "", "", ""],
                     ["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修时间"],
                     ["无", "", "", "", "", ""],
                     ["合计：0人", "", "", "", "", ""]], "utf-8", bom=True)


# ------------------------------------------------------------------------------------------- 渡云县
def f_dy_techniques_example(path: Path):
    """渡云县人民医院: the technique template with its instructions line and grey 示例 row left in above the two real
    rows."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"渡云县人民医院2024年新技术新项目登记表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "首例开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    ws.append(["说明：首例开展日期填写年月日；是否填补县域空白填“是”或“否”；示例行请勿删除格式。"])
    ws.merge_cells(start_row=3, end_row=3, start_column=1, end_column=7)
    ws.append(["示例", "腹腔镜胆囊切除术", "普外科", dt.date(2024, 1, 1), 10, "是", P1])
    for c in ws[ws.max_row]:
        c.fill, c.font = GREY, GREY_FONT
    ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
    for i, (name, dept, day, n, gap) in enumerate((("无痛胃肠镜检查", "消化内科", dt.date(2024, 4, 18), 46, True),
                                                   ("经皮肾镜碎石取石术", "泌尿外科", dt.date(2024, 9, 3), 7, False)), 1):
        ws.append([i, name, dept, day, n, "是" if gap else "否", P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=n, fills_county_gap=gap),
            {"recipient_hospital_id": DY, "support_hospital_id": P1}, ["name"])
    ws.append(["填报人：医务科", None, None, "2025年1月10日"])
    wb.save(path)


def f_dy_activities_totals(path: Path):
    """渡云县人民医院: the year's activities as totals only — every row a 合计 (per type, then 总计): no event to
    curate (no date, no single activity)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "活动汇总"
    ws.append([f"渡云县人民医院2024年对口帮扶带教培训活动汇总（{SYN}）"])
    ws.merge_cells("A1:C1")
    ws.append(["活动形式", "次数", "参加人数"])
    for typ, n, p in (("学术讲座合计", 6, 184), ("教学查房合计", 11, 97), ("手术示教合计", 4, 36)):
        ws.append([typ, n, p])
    ws.append(["总计", 21, 317])
    wb.save(path)


def f_dy_trainees_xls(path: Path):
    """渡云县人民医院 (.xls): an ordinary trainee list, two people, one legacy 15-digit ID number."""
    fn, sh = path.name, "进修"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"渡云县人民医院2024年赴霁川省人民医院进修人员（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    o = ID["ou"]
    fifteen = o[:6] + o[8:17]
    people = [("tang", "唐沐阳", None, "重症医学科", "2024-03-04", "2024-08-30", 3600, "是", d(2024, 3, 4),
               d(2024, 8, 30), 3600.0, True),
              ("ou", "欧见山", fifteen, "麻醉科", "2024-09-02", "2025-02-28", 0, "否", d(2024, 9, 2), d(2025, 2, 28),
               0.0, False)]
    for i, (key, name, sp, dept, s, e, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, P1, s, e, fee, done]):
            ws.write(1 + i, j, v)
        row("trainees", fn, sh, 2 + i, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                             completed=donev),
            {"recipient_hospital_id": DY, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, 2 + i, "ID_15_DIGIT")
    ws.write(5, 0, "填表人：科教科")
    wb.save(str(path))


def f_dymch_monthly_csv(path: Path):
    """渡云县妇幼保健院, CSV UTF-8 (no BOM): July–December, ordinary, zeros written as 0 (data)."""
    fn = path.name
    rows = [[f"渡云县妇幼保健院2024年7—12月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [5230 + 85 * m, 312 + 4 * m, 0 if m == 8 else 40 + m, 0 if m % 3 == 0 else 2 + m % 3, 0]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": DYMCH}, ["month"])
    write_csv(path, rows, "utf-8")


def f_dymch_assessment_template_xls(path: Path):
    """渡云县妇幼保健院 (.xls): the monthly assessment template sent back unfilled — the grey 样例 row (李四, an example
    ID number), an instructions line under the header, empty numbered rows."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("考核表")
    grey = xlwt.easyxf("pattern: pattern solid, fore_colour gray25; font: italic on, colour gray50")
    ws.write(0, 0, f"渡云县妇幼保健院派驻人员月度考核表（____年__月）（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "派出单位", "考核分数", "在岗抽查次数", "在岗次数", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    ws.write(2, 0, "填写说明：每月5日前报送上月考核结果；考核分数满分100分；样例行仅供参考。")
    for j, v in enumerate(["样例", "李四", use_id("ex_li"), FQ, 92, 4, 4, "样例"]):
        ws.write(3, j, v, grey)
    for i in range(1, 4):
        ws.write(3 + i, 0, i)
    ws.write(8, 0, "考核人：")
    ws.write(8, 4, "日期：")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 青檀县
def f_qt_activities_months(path: Path):
    """青檀县人民医院: one sheet per month — 3月 says 本月无帮扶活动 (merged across), 4月 holds two activities (one
    headcount "约30人"), 5月 is an empty table with only the 填报人 line."""
    fn = path.name
    wb = openpyxl.Workbook()
    hdr = ["日期", "活动形式", "主题", "主讲专家", "参加人数"]
    ws = wb.active
    ws.title = "3月"
    ws.append([f"青檀县人民医院2024年3月接受对口帮扶活动登记（支援单位：{FQ}）{SYN}"])
    ws.append(hdr)
    ws.append(["本月无帮扶活动"])
    ws.merge_cells("A3:E3")
    ws = wb.create_sheet("4月")
    ws.append([f"青檀县人民医院2024年4月接受对口帮扶活动登记（支援单位：{FQ}）{SYN}"])
    ws.append(hdr)
    for day, typ, topic, who, n, nv in ((dt.date(2024, 4, 10), "教学查房", "慢阻肺急性加重查房", "某主任", 18, 18),
                                        (dt.date(2024, 4, 23), "学术讲座", "基层高血压规范管理", "某主任", "约30人", None)):
        ws.append([day, typ, topic, who, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, "4月", ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QT, "support_hospital_id": FQ}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws = wb.create_sheet("5月")
    ws.append([f"青檀县人民医院2024年5月接受对口帮扶活动登记（支援单位：{FQ}）{SYN}"])
    ws.append(hdr)
    ws.append([])
    ws.append([])
    ws.append(["填报人：医务科"])
    wb.save(path)


def f_qt_trainee_one_ods(path: Path):
    """青檀县人民医院 (.ods): a trainee list with one person; fee 0 written as 0 (data)."""
    fn, sh = path.name, "进修人员"
    rows = [[f"青檀县人民医院2024年外出进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "进修单位", "进修开始日期", "进修结束日期", "进修费用（元）", "是否结业"],
            [1, "连翘生", use_id("lian"), "检验科", FQ, dt.date(2024, 6, 3), dt.date(2024, 11, 29), 0, "是"],
            ["填表人：办公室"]]
    row("trainees", fn, sh, 3, dict(department="检验科", start_date=d(2024, 6, 3), end_date=d(2024, 11, 29),
                                    fee_charged=0.0, completed=True),
        {"recipient_hospital_id": QT, "host_hospital_id": FQ}, ["start_date"], id_number=ID["lian"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 枫桥市
def f_fq_roster_csv(path: Path):
    """枫桥市中心医院, CSV in GBK: an ordinary roster, three people, one without an ID number, a 合计 line."""
    fn = path.name
    rows = [[f"枫桥市中心医院2024年对口支援派驻人员名单（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "受援单位", "派驻开始日期", "派驻结束日期"]]
    people = [("ji", "纪南星", "产科", "副主任医师", DYMCH, "2024-02-26", "2024-08-25",
               dep("产科", "副主任医师", "副高级", "医疗", d(2024, 2, 26), d(2024, 8, 25))),
              ("fu", "符晓岚", "儿科", "主治医师", DYMCH, "2024-02-26", "2024-08-25",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 2, 26), d(2024, 8, 25))),
              (None, "卓一帆", "检验科", "主管技师", QT, "2024-06-03", "2024-12-02",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 6, 3), d(2024, 12, 2)))]
    for key, name, dept, title, rec, s, e, f in people:
        rows.append([name, use_id(key) if key else "", dept, title, rec, s, e])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": FQ, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["合计：3人", "", "", "", "", "", ""])
    write_csv(path, rows, "gbk")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "石漱县", "渡云县", "青檀县", "枫桥市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_ptcm_one_person_xls, "省直", "SYNTHETIC_省中医院派驻人员名册2024.xls"),
             (f_county_stats, "省直", "SYNTHETIC_2024年县域住院流向统计.xlsx"),
             (f_ss_techniques_none, "石漱县", "SYNTHETIC_石漱县人民医院新技术新项目2024.xlsx"),
             (f_ss_activities_none_csv, "石漱县", "SYNTHETIC_石漱县人民医院带教培训活动2024年3月.csv"),
             (f_ss_trainees_template, "石漱县", "SYNTHETIC_石漱县人民医院进修人员登记表2024.xlsx"),
             (f_ss_monthly_partial, "石漱县", "SYNTHETIC_石漱县人民医院业务量统计2024.xlsx"),
             (f_ss_assessment_example_ods, "石漱县", "SYNTHETIC_石漱县派驻人员考核2024年4月.ods"),
             (f_sstcm_trainees_none_csv, "石漱县", "SYNTHETIC_石漱县中医医院进修人员2024.csv"),
             (f_dy_techniques_example, "渡云县", "SYNTHETIC_渡云县人民医院新技术新项目登记表2024.xlsx"),
             (f_dy_activities_totals, "渡云县", "SYNTHETIC_渡云县人民医院帮扶活动汇总2024.xlsx"),
             (f_dy_trainees_xls, "渡云县", "SYNTHETIC_渡云县人民医院进修人员2024.xls"),
             (f_dymch_monthly_csv, "渡云县", "SYNTHETIC_渡云县妇幼保健院业务量7-12月.csv"),
             (f_dymch_assessment_template_xls, "渡云县", "SYNTHETIC_渡云县妇幼保健院派驻人员考核表.xls"),
             (f_qt_activities_months, "青檀县", "SYNTHETIC_青檀县人民医院帮扶活动登记2024年3-5月.xlsx"),
             (f_qt_trainee_one_ods, "青檀县", "SYNTHETIC_青檀县人民医院进修人员2024.ods"),
             (f_fq_roster_csv, "枫桥市", "SYNTHETIC_枫桥市中心医院派驻人员名单2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
