"""realworld11 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜禾省) for 2025: the pairing list in
data/raw/reference/ and eight submissions written the way different clerks would. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/reference/…, OUT/data/raw/2025/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit.
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


# ------------------------------------------------------------------------------------------- the province
P1, PTCM, LUC = "澜禾省第一人民医院", "澜禾省中医院", "鹭川市人民医院"
SB, SBTCM, QW, QWMCH = "石埠县人民医院", "石埠县中医医院", "青苇县人民医院", "青苇县妇幼保健院"
RECIP = {SB: ("二级甲等", "二级", "甲等", "综合医院", "石埠县"),
         SBTCM: ("二级乙等", "二级", "乙等", "中医医院", "石埠县"),
         QW: ("二级甲等", "二级", "甲等", "综合医院", "青苇县"),
         QWMCH: ("二级", "二级", None, "妇幼保健院", "青苇县")}
# support, recipient, agreement date, 支援期限 (None → the title's period 2023—2025年)
PAIRS = [(P1, SB, dt.date(2022, 12, 20), None),
         (PTCM, SBTCM, dt.date(2023, 1, 6), None),
         (P1, QW, dt.date(2024, 2, 26), "2024.03.01—2027.02.28"),
         (LUC, QWMCH, dt.date(2023, 5, 18), "2023年6月1日至2026年5月31日")]

ID = {k: idn(*v) for k, v in {
    "zhou": ("990101", "19790412", "031"), "lin": ("990101", "19850923", "046"),
    "he": ("990102", "19880105", "022"), "tang": ("990101", "19760630", "011"),
    "wu": ("990103", "19900217", "084"), "gu": ("990104", "19870808", "053"),
    "qiu": ("990201", "19930311", "027"), "fan": ("990201", "19951120", "065"),
    "shi": ("990202", "19911003", "018"), "mo": ("990201", "19890725", "040")}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": []}
spell = {}


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


def bad(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


# ------------------------------------------------------------------------------------------- writers
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  澜禾省城乡医院对口支援关系一览表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    for i, (s, r, ag, per) in enumerate(PAIRS, 1):
        lvl, level, grade, cat, county = RECIP[r]
        ws.append([i, r, lvl, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per is None:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        elif per.startswith("2024"):
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2023, 6, 1), d(2026, 5, 31), "support_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append(["注：本表为虚构的合成数据，仅供测试。"])
    wb.save(path)
    for r, (lvl, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, LUC):
        truth["hospitals"].append({"name": s})


def f1_deployments_xlsx(path: Path):
    """省一院医务科: title, 填报单位 line, a two-row header (派驻时间 merged over 起/止), dates typed as text
    "2025.3.1", ID numbers as text (one typed with spaces), the recipient in short forms, a 小计 row,
    a signature line."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2025年度城乡医院对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append([f"填报单位（盖章）：{P1}", None, None, None, None, None, "填报日期：2025年12月10日"])
    ws.append(["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "派驻时间", None, "在受援医院任职"])
    ws.append([None, None, None, None, None, None, "起", "止", None])
    for c in ("A", "B", "C", "D", "E", "F", "I"):
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("G3:H3")
    people = [  # key, name, id spelling, dept, title, recipient as written, recipient, start, end, position
        ("zhou", "周岚松", None, "普外科", "主任医师", "石埠县人民医院", SB, "2025.1.6", "2025.12.31", "副院长",
         dict(title="主任医师", title_rank="正高级", staff_category="医疗", position_at_recipient="副院长")),
        ("lin", "林若溪", "lin_spaced", "心血管内科", "副主任医师", "石埠县医院", SB, "2025.3.1", "2025.8.31", "科主任",
         dict(title="副主任医师", title_rank="副高级", staff_category="医疗", position_at_recipient="科主任")),
        ("he", "何晓棠", None, "护理部", "主管护师", "石埠县人民医院", SB, "2025.3.1", "2025.8.31", None,
         dict(title="主管护师", title_rank="中级", staff_category="护理", position_at_recipient=None)),
        ("tang", "唐舟远", None, "麻醉科", "副主任医师", "青苇县人民医院", QW, "2025.4.1", "2025.9.30", None,
         dict(title="副主任医师", title_rank="副高级", staff_category="医疗", position_at_recipient=None)),
        ("wu", "吴苇航", None, "检验科", "主管技师", "青苇县人民医院", QW, "2025.4.1", "2025.9.30", None,
         dict(title="主管技师", title_rank="中级", staff_category="医技", position_at_recipient=None)),
        (None, "韩一禾", None, "儿科", "主治医师", "青苇县人民医院", QW, "2025.10.8", "2026.4.7", None,
         dict(title="主治医师", title_rank="中级", staff_category="医疗", position_at_recipient=None)),
    ]
    for i, (key, name, sp, dept, title, rw, r, s, e, pos, f) in enumerate(people, 1):
        if key is None:
            idtext = "（未提供）"
        elif sp == "lin_spaced":
            x = ID[key]
            idtext = use_id(key, f"{x[:6]} {x[6:14]} {x[14:]}")
        else:
            idtext = use_id(key)
        ws.append([i, name, idtext, dept, title, rw, s, e, pos])
        ws.cell(ws.max_row, 3).number_format = "@"
        y1, m1, d1 = map(int, s.split("."))
        y2, m2, d2 = map(int, e.split("."))
        row("deployments", fn, sh, ws.max_row,
            dict(department=dept, start_date=d(y1, m1, d1), end_date=d(y2, m2, d2), **f),
            {"support_hospital_id": P1, "recipient_hospital_id": r}, ["start_date", "department"],
            id_number=ID[key] if key else None)
    # a row the clerk left half done: no recipient, no dates → unusable
    ws.append([7, "邵明川", None, "骨科", "主治医师", None, None, None, None])
    bad(fn, sh, ws.max_row, "missing_required", "no recipient hospital, no start date")
    ws.append(["小计", "6人"])
    ws.append([])
    ws.append(["填表人：医务科  陈某", None, None, "联系电话：0000-0000000", None, None, "审核人：张某"])
    wb.save(path)


def f2_trainees_xls(path: Path):
    """石埠县中医医院 (legacy .xls): the 进修时间 range in one cell, fee with 元, 结业 as 是/否, the host in a column."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石埠县中医医院2025年外出进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "性别", "身份证号", "所在科室", "进修单位", "进修时间", "进修费用", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("qiu", "邱晓芸", "女", "针灸推拿科", "2025.03.03-2025.08.29", "3000元", "是", 3000.0, True),
              ("fan", "范青禾", "男", "骨伤科", "2025.03.03-2025.08.29", "3000元", "是", 3000.0, True),
              ("shi", "石若川", "男", "脾胃病科", "2025.09.01-2026.02.27", "免", "否", 0.0, False)]
    for i, (key, name, sex, dept, period, fee, done, feev, donev) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, sex, use_id(key), dept, PTCM, period, fee, done]):
            ws.write(r, j, v)
        a, b = period.split("-")
        sd = dt.date(*map(int, a.split(".")))
        ed = dt.date(*map(int, b.split(".")))
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd.isoformat(), end_date=ed.isoformat(),
                                             fee_charged=feev, completed=donev),
            {"recipient_hospital_id": SBTCM, "host_hospital_id": PTCM}, ["start_date", "department"],
            id_number=ID[key])
    ws.write(5, 0, "填报人：院办")
    wb.save(str(path))


def f3_techniques_ods(path: Path):
    """青苇县人民医院 (LibreOffice .ods): 例数 with 例, 填补空白 as √/×, dates as real date cells, a 指导单位 column."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    fn, sh = path.name, "新技术新项目"
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sh)

    def add(vals):
        tr = TableRow()
        for v in vals:
            if isinstance(v, dt.date):
                c = TableCell(valuetype="date", datevalue=v.isoformat())
                c.addElement(P(text=v.isoformat()))
            elif isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v)
                c.addElement(P(text=str(v)))
            elif v is None:
                c = TableCell()
            else:
                c = TableCell(valuetype="string")
                c.addElement(P(text=v))
            tr.addElement(c)
        t.addElement(tr)

    add([f"青苇县人民医院 2025年开展新技术、新项目统计表（{SYN}）"])
    add(["序号", "新技术新项目名称", "开展科室", "首例开展时间", "开展例数", "是否填补县域空白", "指导单位"])
    items = [("腹腔镜下胆总管探查术", "普外科", dt.date(2025, 5, 14), "12例", "√", 12, True),
             ("超声引导下神经阻滞麻醉", "麻醉科", dt.date(2025, 4, 22), "46例", "√", 46, True),
             ("糖化血红蛋白快速检测", "检验科", dt.date(2025, 6, 3), "310例", "×", 310, False)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        add([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, sh, 2 + i, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                              cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": QW, "support_hospital_id": P1}, ["name"])
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


def f4_activities_csv_gbk(path: Path):
    """鹭川市人民医院 帮扶办, exported as CSV in GBK by a hospital OA system: a title line, dates 2025/4/8,
    participants "约30人" and "45人", one activity at a hospital not on the list."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"鹭川市人民医院对口帮扶活动记录（2025年）{SYN}"])
    w.writerow(["日期", "受援单位", "活动类型", "活动内容", "参加人数", "主讲人"])
    acts = [("2025/4/8", QWMCH, "学术讲座", "高危妊娠管理", "45人", "学术讲座", 45),
            ("2025/5/20", QWMCH, "教学查房", "新生儿黄疸查房", "约30人", "教学查房", None),
            ("2025/6/17", QWMCH, "疑难病例讨论", "产后出血病例讨论", "18", "疑难病例讨论", 18),
            ("2025/9/9", QWMCH, "义诊", "两癌筛查义诊", "60人", "义诊", 60)]
    r = 2
    for day, rec, typ, what, n, tv, nv in acts:
        w.writerow([day, rec, typ, what, n, "某主任"])
        r += 1
        y, m, dd = map(int, day.split("/"))
        row("activities", fn, None, r, dict(activity_date=d(y, m, dd), activity_type=tv, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": LUC}, ["activity_date"])
    w.writerow(["2025/10/15", "苇塘镇卫生院", "技术培训", "新生儿复苏培训", "25人", "某主任"])
    r += 1
    bad(fn, None, r, "unresolved_hospital", "苇塘镇卫生院 is not in the pairing list")
    path.write_bytes(buf.getvalue().encode("gbk"))


def f5_monthly_xlsx(path: Path):
    """石埠县人民医院 统计室: months 1月…9月 as rows, numbers typed as text with thousands separators, a 合计 row,
    the year only in the title."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石埠县人民医院2025年1—9月主要业务指标（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "备注"])
    tot = [0, 0, 0, 0]
    for m in range(1, 10):
        v = [11800 + 137 * m, 905 + 11 * m, 212 + 3 * m, 31 - m]
        tot = [a + b for a, b in zip(tot, v)]
        ws.append([f"{m}月", f"{v[0]:,}", f"{v[1]:,}", v[2], v[3], "春节" if m == 2 else None])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SB}, ["month"])
    ws.append(["合计", f"{tot[0]:,}", f"{tot[1]:,}", tot[2], tot[3]])
    wb.save(path)


def f6_assessments_xls(path: Path):
    """石埠县人民医院 医务科 (.xls): one sheet per month ("3月", "4月"), scores typed as "92分", the
    spot checks as 抽查次数 / 在岗次数."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    people = [("zhou", "周岚松"), ("lin", "林若溪"), ("he", "何晓棠")]
    for m, scores in ((3, [95, 92, 90.5]), (4, [96, 93, 91])):
        sh = f"{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"2025年{m}月派驻人员月度考核表（{SYN}）")
        ws.write(1, 0, f"受援医院：{SB}")
        for j, h in enumerate(["序号", "姓名", "身份证号", "考核得分", "抽查次数", "在岗次数"]):
            ws.write(2, j, h)
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            r = 2 + i
            present = 4 if (key, m) != ("he", 4) else 3
            for j, v in enumerate([i, name, use_id(key), f"{sc:g}分", 4, present]):
                ws.write(r, j, v)
            row("staff_monthly_assessments", fn, sh, r + 1,
                dict(year=2025, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": SB}, ["month"], id_number=ID[key])
    wb.save(str(path))


def f7_county_csv_gbk(path: Path):
    """The two 县卫健局 figures typed into one CSV by the province's clerk (GBK): a note line under the data."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for r, (county, code, tot, out) in enumerate((("石埠县", "999101", 41230, 5102),
                                                   ("青苇县", "999102", 28875, 3890)), 2):
        w.writerow([county, code, "2025", tot, out])
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2025, resident_admissions=tot,
                                                        resident_admissions_outside_county=out), {}, ["county_code"])
    w.writerow([f"注：{SYN}，数据虚构。"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f8_deploy_cards_xlsx(path: Path):
    """澜禾省中医院: one 派驻人员登记卡 per sheet (label | value, two per line), 派驻时间 as one sentence,
    a cover sheet first."""
    fn = path.name
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["A1"] = f"澜禾省中医院对口支援派驻人员登记卡（2025年）{SYN}"
    cover["A3"] = f"受援医院：{SBTCM}"
    cards = [("gu", "顾清和", "针灸科", "副主任中医师", "2025年3月1日至2025年8月31日", d(2025, 3, 1), d(2025, 8, 31),
              dict(title="副主任中医师", title_rank="副高级", staff_category="医疗")),
             ("mo", "莫语桐", "护理部", "主管护师", "2025年9月1日至2026年2月28日", d(2025, 9, 1), d(2026, 2, 28),
              dict(title="主管护师", title_rank="中级", staff_category="护理"))]
    for key, name, dept, title, period, sd, ed, f in cards:
        ws = wb.create_sheet(name)
        ws.append(["派驻人员登记卡"])
        ws.merge_cells("A1:D1")
        ws.append(["姓名", name, "身份证号", use_id(key)])
        ws.append(["派出单位", PTCM, "受援单位", SBTCM])
        ws.append(["科室", dept, "职称", title])
        ws.append([f"派驻时间：{period}"])
        ws.merge_cells("A5:D5")
        ws.append(["备注", SYN])
        ws["A5"].alignment = Alignment(wrap_text=True)
        row("deployments", fn, name, [1, 2, 3, 4, 5, 6], dict(department=dept, start_date=sd, end_date=ed, **f),
            {"support_hospital_id": PTCM, "recipient_hospital_id": SBTCM}, ["start_date"], id_number=ID[key])
    wb.save(path)


def main(out: Path):
    ref, sub = out / "data" / "raw" / "reference", out / "data" / "raw" / "2025"
    ref.mkdir(parents=True, exist_ok=True)
    sub.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_澜禾省对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f1_deployments_xlsx, "SYNTHETIC_省一院2025年派驻人员花名册.xlsx"),
             (f2_trainees_xls, "SYNTHETIC_石埠县中医医院进修人员.xls"),
             (f3_techniques_ods, "SYNTHETIC_青苇县人民医院新技术新项目2025.ods"),
             (f4_activities_csv_gbk, "SYNTHETIC_鹭川市人民医院帮扶活动记录.csv"),
             (f5_monthly_xlsx, "SYNTHETIC_石埠县人民医院2025年1-9月业务量.xlsx"),
             (f6_assessments_xls, "SYNTHETIC_派驻人员月考核（3-4月）.xls"),
             (f7_county_csv_gbk, "SYNTHETIC_2025年县域住院流向.csv"),
             (f8_deploy_cards_xlsx, "SYNTHETIC_澜禾省中医院派驻人员登记卡.xlsx")]
    for fnc, name in files:
        fnc(sub / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
