"""realworld149 corpus generator — SYNTHETIC / 合成数据. A fictional prefecture city (澄岚市, 琅汐省) runs 城乡对口支援
in three tiers (市级医院 → 县级医院, 县级医院 → 乡镇卫生院, 市级医院 → 乡镇卫生院); its data manager's folder for 2024:
the province's ordinary pairing list and the city's three-tier list in data/raw/reference/, and the submissions of all
three tiers (city hospitals, county hospitals, township centres) as they arrive. Two counties each have a township
called 白溪镇 with its own centre. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,市直,青樾县,栖梧县,待核实}/…, OUT/truth.json

Every place, hospital, person and ID number is invented; ID numbers use region codes starting 99 with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
PROV, PROVTCM = "琅汐省人民医院", "琅汐省中医院"
CITY1, CITY2 = "澄岚市人民医院", "澄岚市第二人民医院"
QY, QYTCM, QW = "青樾县人民医院", "青樾县中医医院", "栖梧县人民医院"
QY_BX, QY_LW = "青樾县白溪镇中心卫生院", "芦湾乡卫生院"
QW_BX, QW_FQ = "栖梧县白溪镇中心卫生院", "栖梧县枫桥镇中心卫生院"
# recipients: level, grade, category, county (as the lists give them)
RECIP = {QY: ("二级", "甲等", "综合医院", "青樾县"), QYTCM: ("二级", "乙等", "中医医院", "青樾县"),
         QW: ("二级", "甲等", "综合医院", "栖梧县"),
         QY_BX: ("一级", "甲等", "乡镇卫生院", "青樾县"), QY_LW: ("未定级", None, "乡镇卫生院", "青樾县"),
         QW_BX: ("一级", "甲等", "乡镇卫生院", "栖梧县"), QW_FQ: ("一级", "乙等", "乡镇卫生院", "栖梧县")}
TIER1, TIER2, TIER3 = "市级医院对口支援县级医院", "县级医院对口支援乡镇卫生院", "市级医院对口支援乡镇卫生院"

ID = {k: idn(*v) for k, v in {
    "lin": ("998101", "19790312", "031"), "su": ("998101", "19880624", "042"), "gu": ("998102", "19850917", "015"),
    "xu": ("998101", "19830105", "036"),
    "zhou": ("998121", "19900214", "024"), "wu": ("998121", "19920708", "051"), "zhengx": ("998123", "19950330", "062"),
    "feng": ("998121", "19910811", "017"),
    "chen": ("998121", "19860419", "083"), "huang": ("998121", "19780923", "028"), "ma": ("998121", "19890116", "044"),
    "yang": ("998121", "19930527", "065"),
    "liu": ("998122", "19940302", "016"), "he": ("998122", "19910620", "072"), "deng": ("998124", "19960115", "047"),
    "sun": ("998131", "19840808", "038"), "qian": ("998131", "19900128", "059"), "zhao": ("998131", "19760411", "013"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "pairing_fields": ["programme"]}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def held(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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


def fixed_xlsx_times(wb):
    """openpyxl stamps the workbook with the current time; fix it so the bytes do not change."""
    wb.properties.created = dt.datetime(2025, 1, 6, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 1, 6, 9, 0, 0)


def fix_zip_times(path: Path):
    """Workbooks are zip files whose entries carry the time of writing: give every entry one fixed time (order and
    compression kept, an .ods's mimetype first and stored) so that the same corpus has the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            if info.filename == "docProps/core.xml":   # openpyxl stamps the save time as modified
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-01-06T09:00:00Z</dcterms:modified>", data)
            z.writestr(fixed, data)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- reference
def province_list(path: Path):
    """The province's ordinary 附件1: 受援医院 first, 等级 as one cell (二级甲等), the period only in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅汐省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (r, s) in enumerate([(QW, PROV), (QYTCM, PROVTCM)], 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, dt.datetime(2023, 12, 15)])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": d(2023, 12, 15), "start_date_source": "title_period"})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    fixed_xlsx_times(wb)
    wb.save(path)


def city_list(path: Path):
    """The city's list in three tiers: 帮扶类型 merged down each tier's rows, 支援医院 merged where one county hospital
    supports two centres, 所在县 and 所在乡镇 columns, township centres named with their county (the two 白溪镇 centres)
    or bare (芦湾乡卫生院, the only one of its name), a 支援期限 for two rows, the title's period for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对口支援关系"
    ws.append([f"澄岚市城乡医院对口支援关系一览表（2024—2025年）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "帮扶类型", "支援医院", "受援医院", "受援医院级别", "类别", "所在县", "所在乡镇", "协议签订日期",
               "支援期限"])
    pairs = [(TIER1, CITY1, QY, None, dt.datetime(2024, 1, 10), None),
             (TIER1, CITY2, QW, None, dt.datetime(2024, 1, 10), None),
             (TIER2, QY, QY_BX, "白溪镇", dt.datetime(2024, 2, 20), "2024.3.1—2025.12.31"),
             (TIER2, QY, QY_LW, "芦湾乡", dt.datetime(2024, 2, 20), "2024.3.1—2025.12.31"),
             (TIER2, QW, QW_BX, "白溪镇", dt.datetime(2024, 2, 26), None),
             (TIER3, CITY1, QW_FQ, "枫桥镇", dt.datetime(2024, 1, 10), None),
             (TIER3, CITY2, QW_BX, "白溪镇", dt.datetime(2024, 1, 10), None)]
    first_of_tier, prev_support = {}, None
    for i, (tier, s, r, town, agreed, period) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, tier if tier not in first_of_tier else None, s if s != prev_support else None, r,
                   level + (grade or ""), cat, county, town, agreed, period])
        ws.cell(ws.max_row, 9).number_format = "yyyy年m月d日"
        first_of_tier.setdefault(tier, ws.max_row)
        prev_support = s
        if period:
            start, end, src = d(2024, 3, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agreed.date().isoformat(), "start_date_source": src,
                                  "programme": tier})
    # 帮扶类型 merged down each tier; 支援医院 merged over 青樾县人民医院's two centres
    ws.merge_cells("B3:B4")
    ws.merge_cells("B5:B7")
    ws.merge_cells("B8:B9")
    ws.merge_cells("C5:C6")
    ws.append([f"注：1. 本表为{SYN}，地名、医院名称均为虚构。2. 县级医院既是受援医院，也是本县乡镇卫生院的支援医院。"])
    ws.append(["澄岚市卫生健康委员会", None, None, None, None, None, None, None, "2024年2月28日"])
    fixed_xlsx_times(wb)
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (PROV, PROVTCM, CITY1, CITY2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 市直
def f_city1_roster(path: Path):
    """澄岚市人民医院's roster: two to its county hospital, one to 枫桥 written "枫桥中心卫生院" with 所在县 栖梧县, one
    to "白溪卫生院" with no county — the hospital is paired with neither 白溪 centre: held."""
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚市人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "所在县", "派驻开始", "派驻结束"])
    people = [("lin", "林远舟", "心血管内科", "副主任医师", QY, "青樾县", (2024, 3, 1), (2024, 8, 31), QY,
               dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("su", "苏晚晴", "妇产科", "主治医师", QY, "青樾县", (2024, 3, 1), (2024, 8, 31), QY,
               dep("妇产科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("gu", "顾承安", "全科医学科", "主治医师", "枫桥中心卫生院", "栖梧县", (2024, 4, 1), (2024, 9, 30), QW_FQ,
               dep("全科医学科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("xu", "许一鸣", "内科", "主治医师", "白溪卫生院", None, (2024, 5, 6), (2024, 11, 5), None, None)]
    for i, (key, name, dept, title, rec, county, s, e, rid, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, county, dt.datetime(*s), dt.datetime(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        if rid:
            row("deployments", fn, sh, r, f, {"support_hospital_id": CITY1, "recipient_hospital_id": rid},
                ["start_date"], id_number=ID[key])
        else:
            held(fn, sh, r, "unresolved_hospital", "白溪卫生院 without a county: two counties have a 白溪 centre and "
                 "澄岚市人民医院 is paired with neither")
    ws.append(["合计", "4人"])
    fixed_xlsx_times(wb)
    wb.save(path)


def f_city2_activities_xls(path: Path):
    """澄岚市第二人民医院 (.xls): its county hospital and "白溪中心卫生院" / "白溪镇卫生院" — it supports only 栖梧县's 白溪
    centre; one row at 石岭镇卫生院, a centre in no pairing (held); dates as text 2024年4月18日."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄岚市第二人民医院2024年下乡帮扶活动登记表（{SYN}）")
    for j, h in enumerate(["日期", "受援单位", "活动类型", "主题", "参加人数"]):
        ws.write(1, j, h)
    acts = [("2024年4月18日", QW, "教学查房", "慢阻肺查房", 18, d(2024, 4, 18), QW),
            ("2024年5月9日", "白溪中心卫生院", "学术讲座", "基层高血压规范管理", 32, d(2024, 5, 9), QW_BX),
            ("2024年6月13日", "白溪镇卫生院", "义诊", "送医下乡义诊", 60, d(2024, 6, 13), QW_BX),
            ("2024年7月4日", "石岭镇卫生院", "技术培训", "心肺复苏培训", 25, None, None)]
    for i, (when, rec, typ, topic, n, day, rid) in enumerate(acts):
        r = 2 + i
        for j, v in enumerate([when, rec, typ, topic, n]):
            ws.write(r, j, v)
        if rid:
            row("activities", fn, sh, r + 1, dict(activity_date=day, activity_type=typ, participants=n),
                {"recipient_hospital_id": rid, "support_hospital_id": CITY2}, ["activity_date"])
        else:
            held(fn, sh, r + 1, "unresolved_hospital", "石岭镇卫生院 is in no pairing list")
    ws.write(2 + len(acts), 0, "填表人：医务科")
    wb.save(str(path))


def f_city1_trainees_csv(path: Path):
    """澄岚市人民医院's register of trainees it received (CSV, UTF-8 with BOM): 选送单位 its county hospital and
    "栖梧县枫桥镇卫生院" (中心 left out); 进修起止时间 in one cell; one row with the period blank (held)."""
    fn = path.name
    rows = [[f"澄岚市人民医院2024年接收进修人员登记（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "进修费用（元）", "是否结业"]]
    people = [("zhou", "周可心", QY, "重症医学科", "2024.03.01-2024.08.31", "0", "是", QY, d(2024, 3, 1), d(2024, 8, 31),
               True),
              ("wu", "吴子衿", QY, "检验科", "2024.03.01-2024.08.31", "0", "是", QY, d(2024, 3, 1), d(2024, 8, 31), True),
              ("zhengx", "郑小满", "栖梧县枫桥镇卫生院", "全科医学科", "2024.09.01-2025.02.28", "0", "否", QW_FQ,
               d(2024, 9, 1), d(2025, 2, 28), False),
              ("feng", "冯悦", QY, "麻醉科", "", "0", "否", None, None, None, None)]
    for key, name, unit, dept, period, fee, done, rid, sd, ed, donev in people:
        rows.append([name, use_id(key), unit, dept, period, fee, done])
        r = len(rows)
        if rid:
            row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                              completed=donev),
                {"recipient_hospital_id": rid, "host_hospital_id": CITY1}, ["start_date", "department"],
                id_number=ID[key])
        else:
            held(fn, None, r, "missing_value", "进修起止时间 blank: the stay's start (required) is not given")
    rows.append(["合计：4人", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + csv_text(rows)).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 青樾县
def f_qy_roster(path: Path):
    """青樾县人民医院's county doctors sent to its township centres: 派驻乡镇 and 派驻单位 columns, the centres written
    白溪镇卫生院 / 白溪中心卫生院 / 芦湾卫生院 / 芦湾乡卫生院; 派驻时间 in one cell; one 15-digit ID number."""
    fn, sh = path.name, "下派人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青樾县人民医院2024年派驻乡镇卫生院医务人员花名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻乡镇", "派驻单位", "派驻时间"])
    y = ID["yang"]
    fifteen = y[:6] + y[8:14] + y[14:17]
    people = [("chen", "陈立", None, "内科", "主治医师", "白溪镇", "白溪镇卫生院", "2024.03.01-2024.08.31", QY_BX,
               dep("内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("huang", "黄思远", None, "外科", "副主任医师", "白溪镇", "白溪中心卫生院", "2024.03.01-2024.08.31", QY_BX,
               dep("外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("ma", "马晓雯", None, "护理部", "主管护师", "芦湾乡", "芦湾卫生院", "2024.03.01-2024.08.31", QY_LW,
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31))),
              ("yang", "杨帆", fifteen, "儿科", "住院医师", "芦湾乡", "芦湾乡卫生院", "2024.09.01-2025.02.28", QY_LW,
               dep("儿科", "住院医师", "初级", "医疗", d(2024, 9, 1), d(2025, 2, 28)))]
    for i, (key, name, sp, dept, title, town, unit, period, rid, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, town, unit, period])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("deployments", fn, sh, r, f, {"support_hospital_id": QY, "recipient_hospital_id": rid}, ["start_date"],
            id_number=ID[key])
        if sp:
            finding(fn, r, "ID_15_DIGIT")
    ws.append(["合计", "4人"])
    fixed_xlsx_times(wb)
    wb.save(path)


def f_qy_trainees_ods(path: Path):
    """青樾县 township staff trained at the county hospital (.ods): the host only in the title (赴青樾县人民医院进修);
    派出单位 written 青樾县白溪镇中心卫生院 / 白溪镇中心卫生院 / 芦湾乡卫生院 / 石岭乡卫生院 (in no pairing: held); one
    trainee without an ID number; 进修费 "免"."""
    fn, sh = path.name, "进修名单"
    rows = [[f"青樾县乡镇卫生院人员赴青樾县人民医院进修名单（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "派出单位", "进修科室", "开始时间", "结束时间", "进修费"]]
    people = [("liu", "刘春燕", QY_BX, "急诊科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), QY_BX),
              ("he", "何家宝", "白溪镇中心卫生院", "放射科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), QY_BX),
              (None, "罗敏", QY_LW, "中医科", dt.date(2024, 10, 8), dt.date(2025, 1, 7), QY_LW),
              ("deng", "邓一凡", "石岭乡卫生院", "内科", dt.date(2024, 4, 1), dt.date(2024, 6, 30), None)]
    for i, (key, name, unit, dept, s, e, rid) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else None, unit, dept, s, e, "免"])
        r = len(rows)
        if rid:
            row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                            fee_charged=0.0),
                {"recipient_hospital_id": rid, "host_hospital_id": QY}, ["start_date", "department"],
                id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
        else:
            held(fn, sh, r, "unresolved_hospital", "石岭乡卫生院 is in no pairing list")
    rows.append(["填表人：青樾县人民医院科教科"])
    ods_doc(path, {sh: rows})


QY_BX_MONTHS = [(m, 3120 + 85 * m, 64 + 3 * m, 21 + m, 4 + m % 3) for m in range(1, 7)]
QW_BX_MONTHS = [(m, 2480 + 70 * m, 41 + 2 * m, 15 + m, 2 + m % 2) for m in range(1, 7)]


def f_qy_bx_monthly_csv(path: Path):
    """青樾县白溪镇中心卫生院, 1–6月 (CSV in GBK): its full name in the title; 上转人次 (sent up to the county hospital)
    and 接收下转人次."""
    fn = path.name
    rows = [[f"青樾县白溪镇中心卫生院2024年1-6月主要业务统计（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "上转人次", "接收下转人次"]]
    for m, opd, dis, up, down in QY_BX_MONTHS:
        rows.append([f"2024年{m}月", opd, dis, up, down])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=opd, discharges=dis, referrals_out=up,
                 referrals_down_received=down), {"recipient_hospital_id": QY_BX}, ["month"])
    rows.append(["填报人：统计员", "", "", "", ""])
    path.write_bytes(csv_text(rows).encode("gbk"))


def f_lw_monthly_xlsx(path: Path):
    """芦湾乡卫生院, 7–12月 (xlsx): "青樾县芦湾卫生院" in the title (乡 left out); 门诊人次 | 急诊人次 in two columns;
    上转县医院人次 "—" in October (not reported); a 合计 row."""
    fn, sh = path.name, "7-12月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青樾县芦湾卫生院2024年7—12月业务量月报（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门诊人次", "急诊人次", "出院人数", "上转县医院人次"])
    tot = [0, 0, 0, 0]
    for m in range(7, 13):
        opd, er, dis, up = 1460 + 40 * m, 55 + m, 22 + m, (None if m == 10 else 6 + m % 4)
        ws.append([f"{m}月", opd, er, dis, "—" if up is None else up])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=opd + er, discharges=dis, referrals_out=up),
            {"recipient_hospital_id": QY_LW}, ["month"])
        tot = [tot[0] + opd, tot[1] + er, tot[2] + dis, tot[3] + (up or 0)]
    ws.append(["合计", *tot])
    fixed_xlsx_times(wb)
    wb.save(path)


def f_qy_techniques_xlsx(path: Path):
    """青樾县人民医院's techniques introduced at its centres: 受援卫生院 written 白溪镇卫生院 / 芦湾乡卫生院 / 白溪中心卫生院 /
    石岭镇卫生院 (in no pairing: held); 开展例数 "约30例" (→ empty + finding)."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青樾县人民医院2024年帮助乡镇卫生院开展新技术新项目一览（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援卫生院", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白"])
    items = [("白溪镇卫生院", "无痛胃镜检查", "内科", (2024, 5, 20), 36, 36, QY_BX),
             (QY_LW, "中医针灸治疗", "中医科", (2024, 6, 3), 52, 52, QY_LW),
             ("白溪中心卫生院", "动态血压监测", "内科", (2024, 8, 12), "约30例", None, QY_BX),
             ("石岭镇卫生院", "清创缝合术", "外科", (2024, 7, 1), 12, 12, None)]
    for i, (unit, name, dept, day, cases, casesv, rid) in enumerate(items, 1):
        ws.append([i, unit, name, dept, dt.datetime(*day), cases, "否"])
        r = ws.max_row
        ws.cell(r, 5).number_format = "yyyy-mm-dd"
        if rid:
            row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=d(*day), cases=casesv,
                                              fills_county_gap=False),
                {"recipient_hospital_id": rid, "support_hospital_id": QY}, ["name"])
            if casesv is None:
                finding(fn, r, "UNPARSEABLE_OPTIONAL")
        else:
            held(fn, sh, r, "unresolved_hospital", "石岭镇卫生院 is in no pairing list")
    fixed_xlsx_times(wb)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 栖梧县
def f_qw_roster(path: Path):
    """栖梧县人民医院's county doctors sent to its 白溪 centre, written 白溪镇卫生院 / 白溪中心卫生院 (the county's own
    centre, not 青樾县's); one ID number with a wrong check digit."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖梧县人民医院派驻乡镇卫生院人员名单（2024年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "职称", "科室", "派驻单位", "起始日期", "结束日期"])
    q = ID["qian"]
    wrong = q[:17] + ("0" if q[17] != "0" else "1")
    people = [("sun", "孙嘉禾", None, "主治医师", "内科", "白溪镇卫生院", (2024, 3, 4), (2024, 9, 3),
               dep("内科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("qian", "钱乐怡", wrong, "主管护师", "护理部", "白溪镇卫生院", (2024, 3, 4), (2024, 9, 3),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 9, 3))),
              ("zhao", "赵明川", None, "副主任医师", "外科", "白溪中心卫生院", (2024, 9, 4), (2025, 3, 3),
               dep("外科", "副主任医师", "副高级", "医疗", d(2024, 9, 4), d(2025, 3, 3)))]
    for i, (key, name, sp, title, dept, unit, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), title, dept, unit, dt.datetime(*s), dt.datetime(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy/m/d"
        row("deployments", fn, sh, r, f, {"support_hospital_id": QW, "recipient_hospital_id": QW_BX}, ["start_date"],
            id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["制表：栖梧县人民医院医务科", None, None, None, None, "2025年1月8日"])
    fixed_xlsx_times(wb)
    wb.save(path)


def f_qw_bx_monthly_xls(path: Path):
    """栖梧县白溪镇中心卫生院, 上半年 (.xls): "栖梧县白溪中心卫生院" in the title (镇 left out), months "1月"."""
    fn, sh = path.name, "上半年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"栖梧县白溪中心卫生院2024年上半年业务统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "上转人次", "接收下转人次"]):
        ws.write(1, j, h)
    for i, (m, opd, dis, up, down) in enumerate(QW_BX_MONTHS):
        r = 2 + i
        for j, v in enumerate([f"{m}月", opd, dis, up, down]):
            ws.write(r, j, v)
        row("hospital_monthly_stats", fn, sh, r + 1,
            dict(year=2024, month=m, outpatient_visits=opd, discharges=dis, referrals_out=up,
                 referrals_down_received=down), {"recipient_hospital_id": QW_BX}, ["month"])
    ws.write(8, 0, "报送：栖梧县白溪镇中心卫生院办公室")
    wb.save(str(path))


def f_fq_techniques_csv(path: Path):
    """栖梧县枫桥镇中心卫生院's techniques (CSV, UTF-8 without BOM): 帮扶单位 澄岚市人民医院 and "市人民医院"; dates
    2024/5/15; a 填报人 line."""
    fn = path.name
    rows = [[f"栖梧县枫桥镇中心卫生院2024年新技术新项目开展情况（{SYN}）", "", "", "", "", ""],
            ["项目名称", "科室", "首次开展日期", "例数", "帮扶单位", "是否填补县域空白"]]
    for name, dept, when, day, cases, helper in (("心电图远程诊断", "全科", "2024/5/15", d(2024, 5, 15), 140, CITY1),
                                                 ("小儿推拿", "中医科", "2024/7/2", d(2024, 7, 2), 45, "市人民医院")):
        rows.append([name, dept, when, str(cases), helper, "否"])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                    fills_county_gap=False),
            {"recipient_hospital_id": QW_FQ, "support_hospital_id": CITY1}, ["name"])
    rows.append(["填报人：院办", "", "2025年1月8日", "", "", ""])
    path.write_bytes(csv_text(rows).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 待核实
def f_unknown_bx_monthly(path: Path):
    """A monthly return from "白溪卫生院" that names no county, no sender and no partner: two counties have a 白溪
    centre — every row held."""
    fn, sh = path.name, "7-9月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白溪卫生院2024年7—9月业务量报表（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "上转人次"])
    for m, opd, dis, up in ((7, 2950, 70, 24), (8, 3010, 73, 26), (9, 2890, 69, 22)):
        ws.append([f"{m}月", opd, dis, up])
        held(fn, sh, ws.max_row, "unresolved_hospital", "白溪卫生院 names no county: the 白溪 centre of 青樾县 or of "
             "栖梧县")
    ws.append(["填报人：李某", None, "2024年10月8日"])
    fixed_xlsx_times(wb)
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "市直", "青樾县", "栖梧县", "待核实"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    province_list(raw / "reference" / "SYNTHETIC_附件1_琅汐省城乡医院对口支援关系表（2024—2026年）.xlsx")
    city_list(raw / "reference" / "SYNTHETIC_附件2_澄岚市城乡医院对口支援关系一览表（市县乡三级）.xlsx")
    files = [(f_city1_roster, "市直", "SYNTHETIC_澄岚市人民医院2024年派驻人员名册.xlsx"),
             (f_city2_activities_xls, "市直", "SYNTHETIC_市二院下乡帮扶活动登记2024.xls"),
             (f_city1_trainees_csv, "市直", "SYNTHETIC_澄岚市人民医院接收进修人员登记2024.csv"),
             (f_qy_roster, "青樾县", "SYNTHETIC_青樾县人民医院下派乡镇医生花名册2024.xlsx"),
             (f_qy_trainees_ods, "青樾县", "SYNTHETIC_青樾县乡镇卫生院人员赴县医院进修名单.ods"),
             (f_qy_bx_monthly_csv, "青樾县", "SYNTHETIC_白溪镇中心卫生院2024年1-6月业务统计.csv"),
             (f_lw_monthly_xlsx, "青樾县", "SYNTHETIC_芦湾卫生院月报7-12月.xlsx"),
             (f_qy_techniques_xlsx, "青樾县", "SYNTHETIC_青樾县人民医院乡镇新技术推广2024.xlsx"),
             (f_qw_roster, "栖梧县", "SYNTHETIC_栖梧县人民医院派驻乡镇人员名单.xlsx"),
             (f_qw_bx_monthly_xls, "栖梧县", "SYNTHETIC_栖梧县白溪中心卫生院2024年上半年业务量.xls"),
             (f_fq_techniques_csv, "栖梧县", "SYNTHETIC_枫桥镇中心卫生院新技术2024.csv"),
             (f_unknown_bx_monthly, "待核实", "SYNTHETIC_白溪卫生院2024年7-9月业务量.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    for p in sorted(raw.rglob("*")):
        if p.suffix in (".xlsx", ".ods"):
            fix_zip_times(p)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
