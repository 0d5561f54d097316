"""realworld20 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省), one fictional city (泓州市)
and its county 朔溪县 whose health commission (县卫健委) consolidates its county medical community (县域医共体):
the county hospital supports three township centres that some files call 分院 of the county hospital
("青禾分院", "朔溪县人民医院柳坪分院") and others by their own names ("青禾镇中心卫生院"). Years 2023 and 2024.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,朔溪县,市直}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong, 15-digit and spaced spellings are spellings of valid ones, listed in
truth.json). Written as an outsider, without reading the tool's parser (see README.md).
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


# ------------------------------------------------------------------------------------------- the registry
HZ1, HZTCM = "泓州市第一人民医院", "泓州市中医医院"
SX, SXTCM, LK = "朔溪县人民医院", "朔溪县中医医院", "岚口县人民医院"
QH, LP, SQ = "朔溪县青禾镇中心卫生院", "朔溪县柳坪镇卫生院", "朔溪县石渠乡卫生院"
RECIP = {SX: ("二级", "甲等", "综合医院", "朔溪县"), LK: ("二级", "乙等", "综合医院", "岚口县"),
         SXTCM: ("二级", "甲等", "中医医院", "朔溪县"), QH: ("一级", "甲等", "乡镇卫生院", "朔溪县"),
         LP: ("一级", None, "乡镇卫生院", "朔溪县"), SQ: ("未定级", None, "乡镇卫生院", "朔溪县")}

ID = {k: idn(*v) for k, v in {
    # 朔溪县人民医院 staff dispatched to the townships
    "mo": ("999101", "19870312", "015"), "lan": ("999101", "19900625", "026"), "tan": ("999101", "19790908", "031"),
    "jian": ("999101", "19891130", "042"), "qi": ("999101", "19800214", "053"), "che": ("999101", "19920719", "064"),
    # 泓州市第一人民医院 staff dispatched to the counties
    "gan": ("990801", "19750403", "071"), "long": ("990801", "19860917", "082"),
    "xiang": ("990802", "19700128", "093"), "bai": ("990802", "19880506", "104"),
    # trainees
    "han": ("999101", "19910808", "115"), "wen": ("999101", "19930222", "126"), "luo": ("999102", "19900512", "137"),
    "pei": ("999102", "19760315", "148"), "miao": ("999101", "19950101", "159"), "lu": ("999101", "19940420", "160"),
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


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as office:date-value cells)."""
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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first; 等级 in one cell ("二级甲等", "一级", "未定级"); the township centres' 医共体 names hanging in
    brackets for two of three (青禾, 柳坪 — not 石渠); 支援期限 "2023年3月1日—2025年12月31日" for the county
    hospital's three pairings, blank for the city hospitals' (→ the title's 2023—2025年); agreement dates as date
    cells; a 注 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：泓州市城乡医院对口支援关系一览表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(SX, SX, HZ1, dt.date(2023, 2, 10), None),
             (LK, LK, HZ1, dt.date(2023, 2, 10), None),
             (SXTCM, SXTCM, HZTCM, dt.date(2023, 2, 16), None),
             (QH, f"{QH}（朔溪县人民医院青禾分院）", SX, dt.date(2023, 3, 1), "2023年3月1日—2025年12月31日"),
             (LP, f"{LP}（朔溪县人民医院柳坪分院）", SX, dt.date(2023, 3, 1), "2023年3月1日—2025年12月31日"),
             (SQ, SQ, SX, dt.date(2023, 3, 1), "2023年3月1日—2025年12月31日")]
    for i, (r, written, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, written, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2023, 3, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构；乡镇卫生院括号内为县域医共体分院名称。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (HZ1, HZTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 朔溪县
def f_annual_summary(path: Path):
    """县卫健委's 年度对口支援工作情况统计表: one row per pairing with 派驻人数 / 培训人数 / 新技术项数 and a 合计 row.
    Aggregates that fit none of the tool's tables: nothing may be curated from it (no deployment, trainee or
    technique rows invented from counts, no pairing or hospital added)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "统计表"
    ws.append([f"朔溪县2024年度对口支援工作情况统计表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：朔溪县卫生健康委员会（盖章）", None, None, None, None, None, "填报日期：2025年1月20日"])
    ws.append(["序号", "支援医院", "受援医院", "派驻人数（人）", "培训人数（人次）", "新技术项数（项）", "开展活动（次）", "备注"])
    lines = [(HZ1, SX, 2, 2, 0, 6, None), (HZTCM, SXTCM, 1, 0, 2, 3, None),
             (SX, "青禾分院", 2, 1, 0, 2, "医共体分院"), (SX, "柳坪分院", 1, 1, 2, 2, "医共体分院"),
             (SX, "石渠分院", 1, 2, 0, 2, "医共体分院")]
    for i, line in enumerate(lines, 1):
        ws.append([i, *line])
    ws.append(["合计", None, None, "=SUM(D4:D8)", "=SUM(E4:E8)", "=SUM(F4:F8)", "=SUM(G4:G8)", None])
    ws.append(["单位负责人：", None, "统计负责人：", None, "填表人：", None, "联系电话："])
    wb.save(path)


def f_sx_roster_two_years(path: Path):
    """朔溪县人民医院's roster of staff dispatched to its 分院, one sheet per year ("2023年", "2024年"); the townships
    written short as "青禾分院" / "柳坪分院" / "石渠分院" (石渠 has no 分院 alias in the pairing list); the 2024 sheet
    copied from 2023 and re-ordered, with 派驻起止时间 in one text cell "2024.03.01-2024.08.31"; one person in both
    years; a row whose period is "待定" (no start date: quarantined); a 合计 line."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "2023年"
    ws.append([f"朔溪县人民医院2023年派驻分院人员花名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻分院", "开始时间", "结束时间"])
    people23 = [("mo", "莫怀瑾", "内科", "主治医师", "青禾分院", QH, dt.date(2023, 3, 1), dt.date(2023, 8, 31),
                 dep("内科", "主治医师", "中级", "医疗", d(2023, 3, 1), d(2023, 8, 31))),
                ("lan", "蓝采薇", "内科", "主管护师", "青禾分院", QH, dt.date(2023, 3, 1), dt.date(2023, 8, 31),
                 dep("内科", "主管护师", "中级", "护理", d(2023, 3, 1), d(2023, 8, 31))),
                ("jian", "简若溪", "儿科", "主治医师", "石渠分院", SQ, dt.date(2023, 6, 1), dt.date(2023, 11, 30),
                 dep("儿科", "主治医师", "中级", "医疗", d(2023, 6, 1), d(2023, 11, 30))),
                ("tan", "覃守拙", "外科", "副主任医师", "柳坪分院", LP, dt.date(2023, 9, 1), dt.date(2024, 2, 29),
                 dep("外科", "副主任医师", "副高级", "医疗", d(2023, 9, 1), d(2024, 2, 29)))]
    for i, (key, name, dept, title, written, rec, s, e, f) in enumerate(people23, 1):
        ws.append([i, name, use_id(key), dept, title, written, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy年m月d日"
        row("deployments", fn, sh, r, f, {"support_hospital_id": SX, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    ws.append(["合计：4人"])

    ws2 = wb.create_sheet("2024年")
    sh = "2024年"
    ws2.append([f"朔溪县人民医院2024年派驻分院人员花名册（{SYN}）"])
    ws2.merge_cells("A1:G1")
    ws2.append(["序号", "派驻分院", "姓名", "职称", "科室", "身份证号", "派驻起止时间"])
    people24 = [("mo", "莫怀瑾", "主治医师", "内科", "柳坪分院", LP, "2024.03.01-2024.08.31",
                 dep("内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
                ("qi", "祁远征", "副主任医师", "外科", "青禾分院", QH, "2024.03.01-2024.08.31",
                 dep("外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
                ("jian", "简若溪", "主治医师", "儿科", "石渠分院", SQ, "2024.06.01-2024.11.30",
                 dep("儿科", "主治医师", "中级", "医疗", d(2024, 6, 1), d(2024, 11, 30))),
                ("che", "车一鸣", "主管技师", "影像科", "青禾分院", QH, "待定", None)]
    for i, (key, name, title, dept, written, rec, period, f) in enumerate(people24, 1):
        ws2.append([i, written, name, title, dept, use_id(key), period])
        r = ws2.max_row
        ws2.cell(r, 6).number_format = "@"
        if f is None:
            quarantine(fn, sh, r, "missing_value", "派驻起止时间“待定”: no start date (a required field)")
        else:
            row("deployments", fn, sh, r, f, {"support_hospital_id": SX, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    ws2.append(["合计：4人（其中1人时间待定）"])
    wb.save(path)


def f_qh_assessments_xls(path: Path):
    """青禾镇中心卫生院 (by its own name) assesses the county hospital's staff posted there: one row per person and
    month ("2024年3月"), the on-duty spot checks in ONE cell "3/4" under a header saying 在岗次数/抽查次数."""
    fn, sh = path.name, "考核"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"朔溪县青禾镇中心卫生院2024年派驻人员月度考核登记（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "派出单位", "考核月份", "月考核得分", "在岗抽查（在岗次数/抽查次数）"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    data = [("qi", "祁远征", 3, 95, (4, 4)), ("qi", "祁远征", 4, 93.5, (3, 4)), ("qi", "祁远征", 5, 96, (4, 4)),
            ("che", "车一鸣", 3, 88, (2, 3)), ("che", "车一鸣", 4, 90.5, (3, 3)), ("che", "车一鸣", 5, 79, (1, 3))]
    for i, (key, name, m, sc, (pres, checks)) in enumerate(data, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), SX, f"2024年{m}月", sc, f"{pres}/{checks}"]):
            ws.write(r, j, v)
        row("staff_monthly_assessments", fn, sh, r + 1,
            dict(year=2024, month=m, score=float(sc), spot_checks=checks, spot_checks_present=pres),
            {"recipient_hospital_id": QH}, ["month"], id_number=ID[key])
    ws.write(2 + len(data), 0, "考核人：院办公室        审核：")
    wb.save(str(path))


def f_sx_trainees_gbk(path: Path):
    """朔溪县人民医院 trains its townships' staff (医共体内进修): CSV in GBK; the townships by their own names without
    the county ("青禾镇中心卫生院", "石渠乡卫生院"); 进修时间 "2024.04.01-2024.09.30"; one trainee without an ID
    number, one with （待补）; 是否收费 是/否 (a yes/no, not an amount: fee not scored); 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"朔溪县人民医院2024年接收医共体分院进修人员登记表（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "所在单位", "进修科室", "进修时间", "是否收费", "是否结业"])
    people = [("miao", "苗嘉树", "青禾镇中心卫生院", QH, "全科医学科", "2024.04.01-2024.09.30", "否", "是",
               d(2024, 4, 1), d(2024, 9, 30), True),
              (None, "葛春生", "柳坪镇卫生院", LP, "中医科", "2024.04.01-2024.06.30", "否", "是",
               d(2024, 4, 1), d(2024, 6, 30), True),
              ("（待补）", "殷雨亭", "石渠乡卫生院", SQ, "妇产科", "2024.10.08-2025.01.07", "否", "否",
               d(2024, 10, 8), d(2025, 1, 7), False),
              ("lu", "卢长庚", "石渠乡卫生院", SQ, "检验科", "2024.07.01-2024.12.31", "否", "是",
               d(2024, 7, 1), d(2024, 12, 31), True)]
    r = 2
    for i, (key, name, unit, rec, dept, period, fee, done, sd, ed, donev) in enumerate(people, 1):
        id_text = use_id(key) if key in ID else (key or "")
        w.writerow([i, name, id_text, unit, dept, period, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": SX}, ["start_date", "department"],
            id_number=ID[key] if key in ID else None)
        if key not in ID:
            finding(fn, r, "NAME_ONLY")
    w.writerow(["合计", "4人", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_sx_activity_ledger(path: Path):
    """朔溪县人民医院's 帮扶活动台账: one row per session, the 分院 written short, 参加人员 as a list of names
    (、 ，  and spaces as separators; "卢长庚等15人"; "全体医护人员" → not a number: empty + finding); date cells
    formatted "yyyy年m月d日"; the support hospital only in the title."""
    fn, sh = path.name, "活动台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"朔溪县人民医院对口帮扶医共体分院活动台账（2024年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "日期", "帮扶分院", "活动类型", "活动内容", "主讲/带教", "参加人员", "备注"])
    acts = [(dt.date(2024, 3, 15), "青禾分院", QH, "教学查房", "慢阻肺患者查房", "祁远征", "苗嘉树、陶青青、许一帆", 3),
            (dt.date(2024, 3, 22), "青禾分院", QH, "学术讲座", "高血压基层规范化管理", "祁远征",
             "苗嘉树，陶青青，许一帆，何家安", 4),
            (dt.date(2024, 4, 10), "柳坪分院", LP, "手术示教", "清创缝合术", "莫怀瑾", "葛春生 赵立 孙一", 3),
            (dt.date(2024, 5, 6), "石渠分院", SQ, "技术培训", "心肺复苏培训", "简若溪", "全体医护人员", None),
            (dt.date(2024, 6, 18), "石渠分院", SQ, "义诊", "乡村义诊", "简若溪", "卢长庚等15人", 15),
            (dt.date(2024, 6, 18), "柳坪分院", LP, "疑难病例讨论", "反复发热待查", "莫怀瑾", "葛春生、赵立", 2)]
    for i, (day, written, rec, typ, topic, who, people, n) in enumerate(acts, 1):
        ws.append([i, day, written, typ, topic, who, people, None])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy年m月d日"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": SX}, ["activity_date", "activity_type"])
        if n is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True)
    wb.save(path)


def f_branches_monthly_ods(path: Path):
    """医共体 branches' monthly report (.ods): long layout 单位 | 月份 | … with the 分院 written once per block and blank
    below it, a 小计 row after each block; 向上转诊人次 (a township's referrals UP and OUT) and 接收下转人次; "—"
    where a township does no surgery."""
    fn, sh = path.name, "1-6月"
    rows = [[f"朔溪县县域医共体各分院2024年1—6月业务量（{SYN}）"],
            ["单位", "月份", "门急诊人次", "出院人数", "手术台次", "向上转诊人次", "接收下转人次"]]
    for unit, rec, base in (("青禾分院", QH, (2100, 95, 12, 21, 6)), ("柳坪分院", LP, (1300, 40, None, 14, 3))):
        tot = [0, 0, 0, 0, 0]
        for m in range(1, 7):
            op, dis, sur, up, down = base[0] + 37 * m, base[1] + 3 * m, (base[2] + m if base[2] else None), \
                base[3] - m, base[4] + m % 3
            rows.append([unit if m == 1 else None, f"{m}月", op, dis, sur if sur is not None else "—", up, down])
            row("hospital_monthly_stats", fn, sh, len(rows),
                dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=up,
                     referrals_down_received=down), {"recipient_hospital_id": rec}, ["month"])
            for k, v in enumerate((op, dis, sur or 0, up, down)):
                tot[k] += v
        rows.append([None, "小计", tot[0], tot[1], tot[2] if base[2] else "—", tot[3], tot[4]])
    rows.append(["填报：朔溪县人民医院医共体办公室"])
    ods_doc(path, {sh: rows})


def f_sx_monthly_two_years(path: Path):
    """朔溪县人民医院's workload, one sheet per year ("2023年", "2024年"), the year only in the sheet name (the title
    says 主要业务量统计 without a year); 接收上转人次 (received from the townships) and 下转人次 (patients it sent DOWN:
    not referrals_down_received); a 合计 row of formulas."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for y, k in ((2023, 0), (2024, 1)):
        ws = wb.active if first else wb.create_sheet()
        first = False
        sh = ws.title = f"{y}年"
        ws.append([f"朔溪县人民医院主要业务量统计（{SYN}）"])
        ws.merge_cells("A1:G1")
        ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "接收上转人次", "下转人次"])
        for m in range(1, 13):
            v = [18400 + 160 * m + 900 * k, 1510 + 11 * m + 60 * k, 402 + 4 * m + 15 * k, 96 - 3 * m - 8 * k,
                 20 + m + 5 * k, 11 + m % 4]
            ws.append([f"{m}月", *v])
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=y, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_up_received=v[4], referrals_down_received=None),
                {"recipient_hospital_id": SX}, ["year", "month"])
        ws.append(["合计"] + [f"=SUM({c}3:{c}14)" for c in "BCDEFG"])
    wb.save(path)


def f_sxtcm_techniques_csv(path: Path):
    """朔溪县中医医院's techniques 2023–2024: CSV in UTF-8 without BOM, LF; the header in row 1 and a 注 line at the end; a 年度 column; 是否县域首例 (first in the
    county = fills the county gap); 指导单位."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["年度", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否县域首例", "指导单位"])
    items = [(2023, "小针刀治疗颈椎病", "针灸推拿科", "2023/5/16", 46, "是", d(2023, 5, 16), True),
             (2024, "中药熏蒸治疗", "康复科", "2024/3/8", 120, "否", d(2024, 3, 8), False),
             (2024, "穴位埋线减重", "针灸推拿科", "2024/10/21", 12, "是", d(2024, 10, 21), True)]
    r = 1
    for y, name, dept, when, cases, gap, day, gapv in items:
        w.writerow([y, name, dept, when, cases, gap, HZTCM])
        r += 1
        row("techniques", fn, None, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                             fills_county_gap=gapv),
            {"recipient_hospital_id": SXTCM, "support_hospital_id": HZTCM}, ["name"])
    w.writerow([f"注：{SYN}，数据虚构。"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_lp_techniques_xlsx(path: Path):
    """柳坪 as "朔溪县人民医院柳坪分院" (its bracket name in the pairing list) in the title only; 填补空白 at a township
    (its own gap or the county's? not scored); no support hospital named (not scored)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"朔溪县人民医院柳坪分院2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "新技术名称", "科室", "开展日期", "例数", "填补空白"])
    for i, (name, dept, day, cases, gap) in enumerate((("胰岛素泵强化治疗", "内科", dt.date(2024, 5, 20), 6, "是"),
                                                        ("中医定向透药", "中医科", dt.date(2024, 8, 2), 30, "否")), 1):
        ws.append([i, name, dept, day, cases, gap])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases), {"recipient_hospital_id": LP}, ["name"])
    ws.append(["填报人：", None, "审核人：", None, "日期：2025年1月8日"])
    wb.save(path)


def f_county_inpatient_ods(path: Path):
    """The county's admissions (.ods), years as rows: 县域内住院人次 (admissions INSIDE the county — not the total),
    县域外住院人次, 住院总人次 (the contract's 县域内常住居民住院总人次), a rate column "83.1%"."""
    fn, sh = path.name, "县域住院"
    rows = [[f"朔溪县常住居民住院流向（2023—2024年）{SYN}"],
            ["年度", "行政区划代码", "县域内住院人次", "县域外住院人次", "住院总人次", "县域内住院率"]]
    for y, inside, outside in ((2023, 30212, 6150), (2024, 31877, 5498)):
        tot = inside + outside
        rows.append([f"{y}年", "999101", inside, outside, tot, f"{100 * inside / tot:.1f}%"])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code="999101", year=y, resident_admissions=tot,
                                                             resident_admissions_outside_county=outside),
            {}, ["year"])
    rows.append(["数据来源：县医保局结算数据；制表：县卫健委规划信息股"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 市直
def f_hz1_trainees_xlsx(path: Path):
    """泓州市第一人民医院's own trainee list: trainees from several recipients, 选送单位 merged down its group;
    a start date and a 进修期限 "6个月" (no end date written: end not scored); 进修费 "免收"; 结业情况 已结业 / 在修;
    one ID written with spaces (valid), one 15-digit ID."""
    fn, sh = path.name, "进修登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"泓州市第一人民医院2024年接收受援医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["选送单位", "姓名", "性别", "身份证号", "进修科室", "进修起始日期", "进修期限", "进修费", "结业情况"])
    p = ID["pei"]
    fifteen = p[:6] + p[8:14] + p[14:17]
    lu = ID["luo"]
    spaced = f"{lu[:6]} {lu[6:14]} {lu[14:]}"
    people = [(SX, "han", "韩知秋", "女", None, "心血管内科", dt.date(2024, 3, 1), "6个月", "免收", "已结业", True),
              (SX, "wen", "温以宁", "男", None, "麻醉科", dt.date(2024, 9, 2), "3个月", "免收", "已结业", True),
              (LK, "luo", "骆星河", "男", spaced, "重症医学科", dt.date(2024, 4, 1), "6个月", "免收", "已结业", True),
              (LK, "pei", "裴映雪", "女", fifteen, "检验科", dt.date(2024, 10, 8), "6个月", "免收", "在修", False)]
    group_start = {}
    for unit, key, name, sex, sp, dept, start, term, fee, done, donev in people:
        ws.append([unit if unit not in group_start else None, name, sex, use_id(key, sp), dept, start, term, fee,
                   done])
        r = ws.max_row
        group_start.setdefault(unit, r)
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 6).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=start.isoformat(), fee_charged=0.0,
                                         completed=donev),
            {"recipient_hospital_id": unit, "host_hospital_id": HZ1}, ["start_date"], id_number=ID[key])
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.merge_cells(start_row=group_start[SX], end_row=group_start[SX] + 1, start_column=1, end_column=1)
    ws.merge_cells(start_row=group_start[LK], end_row=group_start[LK] + 1, start_column=1, end_column=1)
    for c in ws["A"]:
        c.alignment = Alignment(vertical="center")
    ws.append(["制表：科教处", None, None, None, None, "2025年1月3日"])
    wb.save(path)


def f_hz1_roster_xls(path: Path):
    """泓州市第一人民医院's roster (.xls): 派驻地点 "朔溪县医院" (the county, then 医院: its 县人民医院) and
    "岚口县医院"; titles "副主任医师/副教授"; a 职务 column (挂职副院长); date cells; one ID with a wrong check digit."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"泓州市第一人民医院2024年对口支援派驻人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻地点", "职务", "派驻开始", "派驻结束"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    lg = ID["long"]
    wrong = lg[:17] + ("0" if lg[17] != "0" else "1")
    people = [("gan", "甘慕白", None, "心血管内科", "副主任医师/副教授", "朔溪县医院", SX, "挂职副院长",
               dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["gan"]),
              ("long", "龙晓岚", wrong, "麻醉科", "主治医师", "朔溪县医院", SX, None,
               dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
              ("xiang", "项南星", None, "普外科", "主任医师", "岚口县人民医院", LK, "科主任",
               dt.date(2024, 9, 1), dt.date(2025, 2, 28),
               dep("普外科", "主任医师", "正高级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), ID["xiang"]),
              ("bai", "柏舟", None, "护理部", "主管护师", "岚口县医院", LK, None,
               dt.date(2024, 9, 1), dt.date(2025, 2, 28),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 1), d(2025, 2, 28)), ID["bai"])]
    for i, (key, name, sp, dept, title, where, rec, post, s, e, f, tid) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, where, post or ""]):
            ws.write(r, j, v)
        ws.write(r, 7, s, datefmt)
        ws.write(r, 8, e, datefmt)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": HZ1, "recipient_hospital_id": rec},
            ["start_date"], id_number=tid)
        if sp == wrong:
            finding(fn, r + 1, "ID_CHECK_DIGIT")
    ws.write(2 + len(people), 0, "报送：医务处")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "朔溪县", "市直"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_泓州市城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_annual_summary, "朔溪县", "SYNTHETIC_朔溪县2024年度对口支援工作情况统计表.xlsx"),
             (f_sx_roster_two_years, "朔溪县", "SYNTHETIC_朔溪县人民医院派驻分院人员花名册2023-2024.xlsx"),
             (f_qh_assessments_xls, "朔溪县", "SYNTHETIC_青禾镇中心卫生院派驻人员月考核2024.xls"),
             (f_sx_trainees_gbk, "朔溪县", "SYNTHETIC_县医院接收分院进修人员2024.csv"),
             (f_sx_activity_ledger, "朔溪县", "SYNTHETIC_县医院帮扶分院活动台账2024.xlsx"),
             (f_branches_monthly_ods, "朔溪县", "SYNTHETIC_医共体分院月报2024上半年.ods"),
             (f_sx_monthly_two_years, "朔溪县", "SYNTHETIC_朔溪县人民医院业务量2023-2024.xlsx"),
             (f_sxtcm_techniques_csv, "朔溪县", "SYNTHETIC_朔溪县中医医院新技术2023-2024.csv"),
             (f_lp_techniques_xlsx, "朔溪县", "SYNTHETIC_柳坪分院新技术新项目2024.xlsx"),
             (f_county_inpatient_ods, "朔溪县", "SYNTHETIC_朔溪县县域住院流向2023-2024.ods"),
             (f_hz1_trainees_xlsx, "市直", "SYNTHETIC_泓州市一院进修人员登记（各受援单位）2024.xlsx"),
             (f_hz1_roster_xls, "市直", "SYNTHETIC_泓州市一院派驻人员名单2024.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
