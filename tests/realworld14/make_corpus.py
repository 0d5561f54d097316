"""realworld14 corpus generator — SYNTHETIC / 合成数据. A fictional province (蓼汀省) for 2024: the pairing list in
data/raw/reference/ and fourteen submissions as a provincial data manager receives them — one folder per city
(杉溪市, 琅渡市) plus one for the provincial hospitals (省直单位), odd file names, several writers. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/reference/…, OUT/data/raw/{省直单位,杉溪市,琅渡市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (one is deliberately typed with a wrong one, one as a legacy 15-digit number, two stored by
Excel as numbers). Written without reading the tool's parser.
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
Y = 2024


def check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, W)) % 11]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + check(body)


def idn_ending_x(region: str, birth: str) -> str:
    for s in range(10, 999):
        x = idn(region, birth, f"{s:03d}")
        if x.endswith("X"):
            return x
    raise AssertionError


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


# ------------------------------------------------------------------------------------------- the province
S1, S2, S3, S4 = "蓼汀省人民医院", "蓼汀省中医院", "杉溪市中心医院", "琅渡市第一人民医院"
ST, STTCM, BP, BPMCH = "石苔县人民医院", "石苔县中医医院", "白枰县人民医院", "白枰县妇幼保健院"
HY, HYTCM, YH = "鹤沅县人民医院", "鹤沅县中医医院", "砚湖县人民医院"
RECIP = {ST: ("二级甲等", "二级", "甲等", "综合医院", "石苔县"),
         STTCM: ("二级甲等", "二级", "甲等", "中医医院", "石苔县"),
         BP: ("二级甲等", "二级", "甲等", "综合医院", "白枰县"),
         BPMCH: ("二级", "二级", None, "妇幼保健院", "白枰县"),
         HY: ("二级乙等", "二级", "乙等", "综合医院", "鹤沅县"),
         YH: ("二级甲等", "二级", "甲等", "综合医院", "砚湖县"),
         HYTCM: ("二级", "二级", None, "中医医院", "鹤沅县")}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "findings": [],
         "id_numbers": {}, "submission_files": []}
spell: dict[str, set] = {}


def use_id(canonical: str, spelled: str | None = None) -> str:
    spell.setdefault(canonical, set())
    if spelled is not None and spelled != canonical:
        spell[canonical].add(spelled)
    return canonical if spelled is None else spelled


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def bad(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


TITLES = {  # as written → (title, rank, category)
    "主任医师": ("主任医师", "正高级", "医疗"), "主任医师 教授": ("主任医师", "正高级", "医疗"),
    "副主任医师": ("副主任医师", "副高级", "医疗"), "副主任医师(副高)": ("副主任医师", "副高级", "医疗"),
    "主治医师": ("主治医师", "中级", "医疗"), "主治医师（中级）": ("主治医师", "中级", "医疗"),
    "主管护师": ("主管护师", "中级", "护理"), "副主任护师": ("副主任护师", "副高级", "护理"),
    "主管技师": ("主管技师", "中级", "医技"), "副主任技师": ("副主任技师", "副高级", "医技"),
    "主管药师": ("主管药师", "中级", "药学"),
}


def tfields(written):
    t, r, c = TITLES[written]
    return {"title": t, "title_rank": r, "staff_category": c}


# ------------------------------------------------------------------------------------------- the pairing list
def pairing_list(path: Path):
    """省卫健委医政处: support hospital merged down over its recipients, city section rows, 协议签订日期 as date
    cells and as text, 支援期限 blank (→ the title's 2021—2025年) or a range in one cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  蓼汀省城乡医院对口支援关系表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "所在县（市、区）", "医院等级", "类别", "协议签订日期", "支援期限"])
    plan = [("一、杉溪市", None),
            (S1, ST, dt.date(2021, 3, 15), None),
            (S2, STTCM, "2021年3月15日", None),
            (S3, BP, dt.date(2021, 4, 2), None),
            (S3, BPMCH, dt.date(2022, 6, 20), "2022/7/1-2025/6/30"),
            ("二、琅渡市", None),
            (S4, HY, dt.date(2021, 3, 30), None),
            (S4, YH, dt.date(2021, 3, 30), None),
            (S2, HYTCM, dt.date(2023, 2, 10), "2023/3/1-2025/12/31")]
    n, prev = 0, None
    for p in plan:
        if p[1] is None:
            ws.append([p[0]])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
            prev = None
            continue
        s, r, ag, per = p
        n += 1
        lvl, level, grade, cat, county = RECIP[r]
        ws.append([n, s, r, county, lvl, cat, ag, per])
        if isinstance(ag, dt.date):
            ws.cell(ws.max_row, 7).number_format = "yyyy/m/d"
        if prev is not None and prev[0] == s:  # the same support hospital on consecutive lines: merged down
            ws.cell(ws.max_row, 2).value = None
            ws.merge_cells(start_row=prev[1], start_column=2, end_row=ws.max_row, end_column=2)
        else:
            prev = (s, ws.max_row)
        agd = ag.isoformat() if isinstance(ag, dt.date) else d(2021, 3, 15)
        if per is None:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        else:
            a, b = per.split("-")
            start, end, src = (dt.date(*map(int, a.split("/"))).isoformat(),
                               dt.date(*map(int, b.split("/"))).isoformat(), "support_period")
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agd, "start_date_source": src})
    ws.append(["注：本表为虚构的合成数据（SYNTHETIC），仅供软件测试。"])
    wb.save(path)
    for r, (lvl, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- people
PEOPLE_F1 = [  # name, dept, title as written, period, position, subsidy as written → value, kind of ID
    ("付明远", "普外科", "主任医师 教授", "2024/1/2-2024/6/30", "副院长", "无", 0.0),
    ("贺知秋", "普外科", "主治医师", "2024/1/2-2024/6/30", None, "3千元", 3000.0),
    ("严子衿", "普外科", "副主任医师(副高)", "2024/7/1-2024/12/31", None, "0.3万", 3000.0),
    ("蒲清源", "骨科", "副主任医师", "2024/3/5-2024/9/4", "科主任", "无", 0.0),
    ("兰映雪", "骨科", "主治医师", "2024/3/5-2024/9/4", None, None, None),
    ("柏承宇", "心血管内科", "主任医师", "2024/3/5-2024/9/4", None, "无", 0.0),
    ("季若棠", "心血管内科", "主治医师", "2024/7/1-在岗", None, "无", 0.0),
    ("沈牧之", "呼吸内科", "副主任医师(副高)", "2024/3/5-2024/9/4", None, "3千元", 3000.0),
    ("孔思源", "呼吸内科", "主治医师", "2024/9/5-在岗", None, "无", 0.0),
    ("聂晚晴", "神经内科", "副主任医师", "2024/1/2-2024/6/30", None, "无", 0.0),
    ("单逸尘", "神经内科", "主治医师", "2024/7/1-2024/12/31", None, "无", 0.0),
    ("裴书瑶", "儿科", "主任医师 教授", "2024/3/5-2024/9/4", None, "无", 0.0),
    ("殷向晚", "妇产科", "副主任医师", "2024/3/5-2024/9/4", "科主任", "0.3万", 3000.0),
    ("滕一帆", "妇产科", "主治医师", "2024/9/5-在岗", None, "无", 0.0),
    ("龚雨桐", "麻醉科", "副主任医师", "2024/3/5-2024/9/4", None, "无", 0.0),
    ("卜星河", "麻醉科", "主治医师", "2024/3/5-2024/9/4", None, "无", 0.0),
    ("屈怀瑾", "急诊科", "主治医师", "2024/1/2-2024/6/30", None, "无", 0.0),
    ("车晓岚", "急诊科", "主治医师", "2024/7/1-2024/12/31", None, "无", 0.0),
    ("陆景行", "检验科", "副主任技师", "2024/3/5-2024/9/4", None, "无", 0.0),
    ("甘露白", "药剂科", "主管药师", "2024/3/5-2024/9/4", None, "无", 0.0),
    ("芮清歌", "护理部", "副主任护师", "2024/3/5-2024/9/4", "护理部副主任", "无", 0.0),
    ("邬采薇", "护理部", "主管护师", "2024/7/1-2024/12/31", None, "无", 0.0),
]


def ids_for(prefix: str, n: int, region: str, year0: int):
    out = []
    for i in range(n):
        birth = f"{year0 + (i * 7) % 17}{(i % 12) + 1:02d}{(i * 5) % 27 + 1:02d}"
        out.append(idn(region, birth, f"{(i * 37 + 11) % 900 + 100:03d}"))
    return out


ID_F1 = ids_for("f1", len(PEOPLE_F1), "990111", 1970)
# 杉溪市中心医院 staff (A: a legacy 15-digit card in one file, 18 digits in another; B: ends in X, written x once)
A15 = "990221" + "760918" + "033"
A18 = idn("990221", "19760918", "033")
B18 = idn_ending_x("990221", "19850304")
C18 = idn("990222", "19890627", "214")
E18 = idn("990222", "19910411", "058")
# 鹤沅县 trainees, 石苔县中医医院 trainees, 琅渡一院 staff
TR = {k: idn(*v) for k, v in {
    "G": ("990311", "19920214", "041"), "H": ("990311", "19930830", "062"), "J": ("990312", "19900105", "077"),
    "K": ("990312", "19941212", "083"), "M": ("990121", "19910703", "025"), "N": ("990121", "19950921", "016"),
    "O": ("990121", "19880410", "049"), "P": ("990301", "19720517", "031"), "Q": ("990301", "19860222", "095"),
    "R": ("990302", "19800808", "015"), "S": ("990302", "19870126", "026")}.items()}


# ------------------------------------------------------------------------------------------- 省直单位
def f1_roster_print_layout(path: Path):
    """蓼汀省人民医院 医务部: one recipient (named only in the title and the file name), sorted by department,
    printed with the header repeated at the top of every page (20 lines a page), 派驻时间 as one cell
    "2024/3/5-2024/9/4" or "2024/7/1-在岗", titles with ranks, 补贴 as 无 / 3千元 / 0.3万, one person's title
    only in the name cell, one ID typed with a wrong check digit, one stored by Excel as a number, one
    "（待补）", one row without any dispatch period, a 合计 line and signatures."""
    fn, sh = path.name, "名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻时间", "在受援医院任职", "受援医院发放补贴", "备注"]
    ws.append([f"{S1}派驻{ST}医务人员名册（{Y}年度）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(hdr)
    people = list(zip(PEOPLE_F1, ID_F1))
    for i, ((name, dept, tw, per, pos, sub, subv), canon) in enumerate(people, 1):
        if ws.max_row == 20:           # page 2 starts at row 21 with the header again
            ws.append(hdr)
        idtext, idv, code = canon, canon, None
        if name == "兰映雪":           # Excel turned the number into a float: digits lost
            idtext, idv, code = float(int(canon)), None, "ID_STORED_AS_NUMBER"
            use_id(canon)
        elif name == "孔思源":         # typed with a wrong last digit
            wrong = canon[:17] + ("0" if canon[17] != "0" else "1")
            idtext, idv, code = use_id(canon, wrong), wrong, "ID_CHECK_DIGIT"
        elif name == "卜星河":
            idtext, idv, code = "（待补）", None, "NAME_ONLY"
        else:
            use_id(canon)
        shown_name, shown_title = name, tw
        if name == "陆景行":
            shown_name, shown_title = f"{name}（{tw}）", None
        ws.append([i, shown_name, idtext, dept, shown_title, per, pos, sub, None])
        if isinstance(idtext, str):
            ws.cell(ws.max_row, 3).number_format = "@"
        a, b = per.split("-")
        end = None if b == "在岗" else dt.date(*map(int, b.split("/"))).isoformat()
        f = dict(department=dept, start_date=dt.date(*map(int, a.split("/"))).isoformat(), end_date=end,
                 position_at_recipient=pos, paid_by_recipient=subv, **tfields(tw))
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": S1, "recipient_hospital_id": ST},
            ["start_date", "department"], id_number=idv)
        if code:
            finding(fn, ws.max_row, code)
    extra_id = idn("990111", "19830314", "552")
    ws.append([len(people) + 1, "阮青岑", use_id(extra_id), "康复医学科", "主治医师", None, None, None, "待定"])
    ws.cell(ws.max_row, 3).number_format = "@"
    bad(fn, sh, ws.max_row, "missing_required", "no dispatch period at all (派驻时间 blank, 备注 待定)")
    ws.append(["合计", f"{len(people) + 1}人"])
    ws.append([])
    ws.append(["制表：医务部", None, None, "审核：", None, "分管院领导：", None, f"{Y}年12月16日"])
    wb.save(path)


def f2_trainees_ods(path: Path):
    """蓼汀省中医院 科教科 (LibreOffice .ods): a 填表说明 sheet first, then the list; 进修时间 as "24年3月—24年8月"
    (months only), fees 3千元 / 0.3万 / 免收, 是否结业 with a remark."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    fn = path.name
    doc = OpenDocumentSpreadsheet()

    def sheet(name, rows):
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if v is None:
                    c = TableCell()
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=str(v)))
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)

    sheet("填表说明", [[f"填表说明（{SYN}）"],
                       ["1. 进修时间填写起止年月，如“24年3月—24年8月”。"],
                       ["2. 进修费用按实际收取填写，免收的填“免收”。"],
                       ["3. 是否结业填“是”或“否”，未结业请注明原因。"],
                       ["4. 身份证号请以文本格式填写。"]])
    sh = "接收进修人员"
    rows = [[f"{S2}{Y}年接收基层进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "选派单位", "进修专业", "进修时间", "进修费用", "是否结业"]]
    people = [("M", "凌素问", "针灸推拿科", "24年3月—24年8月", "3千元", 3000.0, "是", True,
               d(Y, 3, 1), d(Y, 8, 31)),
              ("N", "汤若愚", "中医内科", "24年3月—24年8月", "0.3万", 3000.0, "是", True, d(Y, 3, 1), d(Y, 8, 31)),
              ("O", "宓长庚", "中医骨伤科", "24年9月—25年2月", "免收", 0.0, "否（延期结业）", False,
               d(Y, 9, 1), d(2025, 2, 28))]
    for i, (k, name, dept, per, fee, feev, done, donev, sd, ed) in enumerate(people, 1):
        rows.append([i, name, use_id(TR[k]), STTCM, dept, per, fee, done])
        row("trainees", fn, sh, len(rows), {"department": dept, "start_date": sd, "end_date": ed, "fee_charged": feev,
                                                "completed": donev},
            {"recipient_hospital_id": STTCM, "host_hospital_id": S2}, ["start_date", "department"], id_number=TR[k])
    rows.append(["填报人：科教科", None, None, None, None, "联系电话：0000-0000000"])
    sheet(sh, rows)
    doc.save(str(path))


def f3_wps_form_cards(path: Path):
    """蓼汀省人民医院: activities exported from a WPS 表单 as printed forms, several stacked in one sheet,
    activity type as a row of check boxes (☑ the one ticked, □ the others), 是否 as ☑是 □否; two 教学查房 on
    the same day."""
    fn, sh = path.name, "表单导出"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{S1}对口支援活动登记（WPS表单导出）  {SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["导出时间：2025年1月6日  共6份"])
    types = ["学术讲座", "教学查房", "手术示教", "疑难病例讨论", "技术培训", "义诊", "其他"]
    acts = [("2024年4月9日", d(Y, 4, 9), "学术讲座", "急性胸痛的规范化诊治", "35人", 35, True),
            ("2024年5月14日", d(Y, 5, 14), "教学查房", "慢阻肺急性加重病例查房", "18人", 18, True),
            ("2024年5月14日", d(Y, 5, 14), "教学查房", "糖尿病足换药查房", "12人", 12, False),
            ("2024年6月20日", d(Y, 6, 20), "手术示教", "腹腔镜胆囊切除术", "9人", 9, True),
            ("2024年8月8日", d(Y, 8, 8), "义诊", "“健康进乡村”大型义诊", "210人次", 210, False),
            ("2024年10月17日", d(Y, 10, 17), "疑难病例讨论", "不明原因发热病例讨论", "26人", 26, True)]
    for n, (dw, dv, typ, topic, pw, pv, credit) in enumerate(acts, 1):
        ws.append([])
        ws.append([f"活动登记（第{n}份）"])
        first = ws.max_row     # (openpyxl's max_row does not count the empty row appended above)
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        ws.append(["活动日期", dw, None, "受援单位", ST])
        ws.append(["活动类型", "  ".join(("☑" if t == typ else "□") + t for t in types)])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
        ws.append(["活动主题", topic, None, "参加人数", pw])
        ws.append(["纳入继续教育学分", "☑是 □否" if credit else "□是 ☑否"])
        row("activities", fn, sh, list(range(first, ws.max_row + 1)),
            {"activity_date": dv, "activity_type": typ, "topic": topic, "participants": pv},
            {"recipient_hospital_id": ST, "support_hospital_id": S1}, ["activity_date", "topic"])
    wb.save(path)


def f12_county_flow(path: Path):
    """省卫健统计信息中心: counties grouped by city with 小计 rows and a 全省合计 row, a units line, the code as a
    number, the 县域内 count and a rate column beside the two counts the table holds."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{Y}年各县（市、区）常住居民住院流向统计  {SYN}"])
    ws.merge_cells("A1:G1")
    ws.append([None, None, None, None, None, None, "单位：人次、%"])
    ws.append(["地市", "县（市、区）", "区划代码", "常住居民住院总人次", "其中：县域内", "县域外", "县域内住院率"])
    data = [("杉溪市", "石苔县", 999201, 52340, 45882), ("杉溪市", "白枰县", 999202, 38815, 33107),
            ("琅渡市", "鹤沅县", 999301, 29470, 24561), ("琅渡市", "砚湖县", 999302, 34108, 30012)]
    for city in ("杉溪市", "琅渡市"):
        sub = [0, 0, 0]
        first = ws.max_row + 1
        for c, county, code, tot, inside in [x for x in data if x[0] == city]:
            ws.append([city, county, code, tot, inside, tot - inside, round(100 * inside / tot, 2)])
            sub = [sub[0] + tot, sub[1] + inside, sub[2] + tot - inside]
            row("county_inpatient_stats", fn, sh, ws.max_row,
                {"county_code": str(code), "year": Y, "resident_admissions": tot,
                     "resident_admissions_outside_county": tot - inside}, {}, ["county_code"])
        ws.cell(ws.max_row, 1).value = None
        ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
        ws.append([f"{city}小计", None, None, sub[0], sub[1], sub[2], round(100 * sub[1] / sub[0], 2)])
    t = [sum(x[3] for x in data), sum(x[4] for x in data)]
    ws.append(["全省合计", None, None, t[0], t[1], t[0] - t[1], round(100 * t[1] / t[0], 2)])
    ws.append(["说明：县域内住院率=县域内住院人次/常住居民住院总人次×100%。数据虚构（合成数据）。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 杉溪市
def f4_city_workbook_xlsm(path: Path):
    """杉溪市卫健委 医政科 (.xlsm, a macro-enabled workbook — no VBA project kept): 填表说明 first; the techniques of
    all its recipients in one sheet with the recipient merged down the first column, 开展时间 typed as 2024.7 (a
    number), 二〇二四年五月, 2024-3-18, 2024年9月; two techniques in the same month; 是（填补县域空白）; and a
    pivot-style 业务量 sheet: indicators down, months across with quarter subtotals, a 合计 column and 合计 rows."""
    fn = path.name
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "填表说明"
    for line in [f"填表说明（{SYN}）", "一、本表由各受援医院填写，市卫健委医政科汇总。",
                 "二、开展时间填写到月即可。", "三、是否填补县域空白填“是”或“否”，可在括号内说明。",
                 "四、业务量按月填写，季度小计及合计由公式自动生成。"]:
        ins.append([line])
    ws = wb.create_sheet("新技术")
    sh = "新技术"
    ws.append([f"杉溪市{Y}年对口支援受援医院新技术新项目汇总表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["受援单位", "序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援单位"])
    items = [(BP, "经皮椎体成形术", "骨科", 2024.7, d(Y, 7, 1), "8例", 8, "是（填补县域空白）", True),
             (BP, "无痛胃肠镜检查", "消化内科", 2024.7, d(Y, 7, 1), 126, 126, "否", False),
             (BP, "动态血压监测", "心内科", "二〇二四年五月", d(Y, 5, 1), "40例", 40, "是", True),
             (BPMCH, "新生儿听力筛查", "儿童保健科", "2024-3-18", d(Y, 3, 18), "300例", 300,
              "是（填补县域空白）", True),
             (BPMCH, "宫腔镜检查术", "妇科", "2024年9月", d(Y, 9, 1), 15, 15, "否", False)]
    first = {}
    for i, (rec, name, dept, when, whenv, cases, casesv, gap, gapv) in enumerate(items, 1):
        ws.append([rec if rec not in first else None, i, name, dept, when, cases, gap, S3])
        first.setdefault(rec, ws.max_row)
        if isinstance(when, float):
            ws.cell(ws.max_row, 5).number_format = "0.0"
        row("techniques", fn, sh, ws.max_row, {"name": name, "department": dept, "first_performed_date": whenv,
                                                   "cases": casesv, "fills_county_gap": gapv},
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["name"])
    ends = {BP: first[BP] + 2, BPMCH: first[BPMCH] + 1}
    for rec, r0 in first.items():
        ws.merge_cells(start_row=r0, start_column=1, end_row=ends[rec], end_column=1)

    pv = wb.create_sheet("业务量")
    sh = "业务量"
    pv.append([f"杉溪市{Y}年上半年受援医院业务量统计表（{SYN}）"])
    pv.merge_cells("A1:K1")
    cols = ["1月", "2月", "3月", "一季度", "4月", "5月", "6月", "二季度", "合计"]
    pv.append(["受援单位", "指标"] + cols)
    inds = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
            ("外转人次", "referrals_out")]
    base = {BP: (14200, 1010, 260, 44), BPMCH: (5100, 390, 70, 9)}
    totals = {k: [0] * 6 for _, k in inds}
    for rec in (BP, BPMCH):
        vals = {k: [base[rec][j] + (m * (37 if j == 0 else 5 - j)) % 97 for m in range(1, 7)]
                for j, (_, k) in enumerate(inds)}
        r0 = pv.max_row + 1
        for j, (label, k) in enumerate(inds):
            v = vals[k]
            q1, q2 = sum(v[:3]), sum(v[3:])
            pv.append([rec if j == 0 else None, label, v[0], v[1], v[2], q1, v[3], v[4], v[5], q2, q1 + q2])
            totals[k] = [a + b for a, b in zip(totals[k], v)]
        pv.merge_cells(start_row=r0, start_column=1, end_row=r0 + 3, end_column=1)
        for m in range(1, 7):
            row("hospital_monthly_stats", fn, sh, [r0, r0 + 1, r0 + 2, r0 + 3],
                dict(year=Y, month=m, **{k: vals[k][m - 1] for _, k in inds}),
                {"recipient_hospital_id": rec}, ["month"])
    r0 = pv.max_row + 1
    for j, (label, k) in enumerate(inds):
        v = totals[k]
        pv.append(["合计" if j == 0 else None, label, v[0], v[1], v[2], sum(v[:3]), v[3], v[4], v[5], sum(v[3:]),
                   sum(v)])
    pv.merge_cells(start_row=r0, start_column=1, end_row=r0 + 3, end_column=1)
    wb.save(path)
    # a macro-enabled workbook says so in its content types (openpyxl writes the plain xlsx type)
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def f5_semicolon_csv(path: Path):
    """白枰县妇幼保健院 via a Mac's Numbers export: semicolon-separated, UTF-8 with BOM, the pair named in a title
    line, "约40人", two 学术讲座 on one day, a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow([f"{S3}对口支援{BPMCH}活动记录（{Y}年）{SYN}"])
    w.writerow(["序号", "活动日期", "活动形式", "活动内容", "参加人员数", "主讲专家"])
    acts = [("2024-03-12", "学术讲座", "孕产期保健新进展", "约40人", None),
            ("2024-03-12", "学术讲座", "新生儿窒息复苏要点", "28", 28),
            ("2024-04-23", "技术培训", "产科急救情景演练", "35人", 35),
            ("2024-06-05", "义诊", "儿童生长发育义诊", "120", 120),
            ("2024-08-20", "疑难病例讨论", "妊娠期高血压疑难病例", "15人", 15)]
    r = 2
    for i, (day, typ, topic, n, nv) in enumerate(acts, 1):
        w.writerow([i, day, typ, topic, n, "某主任"])
        r += 1
        row("activities", fn, None, r, {"activity_date": day, "activity_type": typ, "topic": topic, "participants": nv},
            {"recipient_hospital_id": BPMCH, "support_hospital_id": S3}, ["activity_date", "topic"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    w.writerow(["合计", "共5次"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f6_assessments_month_groups(path: Path):
    """白枰县人民医院 医务科 (.xls): one row per person, months as groups of three columns under a merged month
    header (得分 / 抽查次数 / 在岗次数); A's ID as on his old 15-digit card, B's X in lower case."""
    fn, sh = path.name, "考核汇总"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 12, f"{BP}派驻人员月度考核汇总表（{Y}年3—5月）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派出单位"]):
        ws.write_merge(1, 2, j, j, h)
    months = [3, 4, 5]
    for k, m in enumerate(months):
        ws.write_merge(1, 1, 4 + 3 * k, 6 + 3 * k, f"{m}月")
        for j, h in enumerate(["得分", "抽查次数", "在岗次数"]):
            ws.write(2, 4 + 3 * k + j, h)
    people = [("王砚秋", use_id(A18, A15), A18, [(92, 3, 3), (94, 3, 3), (95, 4, 4)], "ID_15_DIGIT"),
              ("钟离远", use_id(B18, B18.lower()), B18, [(88.5, 3, 3), (90, 3, 2), (91, 3, 3)], None),
              ("杜蘅", use_id(C18), C18, [(95, 3, 3), (93.5, 3, 3), (96, 3, 3)], None)]
    for i, (name, idtext, canon, vals, code) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, idtext, S3]):
            ws.write(r, j, v)
        for k, m in enumerate(months):
            for j, v in enumerate(vals[k]):
                ws.write(r, 4 + 3 * k + j, v)
            sc, chk, pres = vals[k]
            row("staff_monthly_assessments", fn, sh, r + 1,
                {"year": Y, "month": m, "score": float(sc), "spot_checks": chk, "spot_checks_present": pres},
                {"recipient_hospital_id": BP, "support_hospital_id": S3}, ["month"], id_number=canon)
        if code:
            finding(fn, r + 1, code)
    ws.write(7, 0, "考核人：医务科")
    ws.write(7, 6, f"{Y}年6月5日")
    wb.save(str(path))


def f7_sheet2_roster(path: Path):
    """杉溪市中心医院 (named only in a 填报单位 line under the table): an empty first sheet "Sheet1", the list in
    "Sheet2"; the recipients as 县人民医院 / 妇幼保健院 with the county in the title; 派驻结束 "在岗"; titles
    "副主任医师(副高)", "主治医师（中级）", "主任医师 教授"; 工作年限 "18年"; a hidden row (a person replaced before
    leaving); one person without an ID number."""
    fn, sh = path.name, "Sheet2"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    ws = wb.create_sheet(sh)
    ws.append([f"{Y}年派驻白枰县医务人员名单（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "受援单位", "科室", "职称", "派驻开始", "派驻结束", "工作年限"])
    people = [("王砚秋", A18, "县人民医院", BP, "普外科", "副主任医师(副高)", "2024.3.4", "2024.9.3", "18年", 18),
              ("钟离远", B18, "县人民医院", BP, "心血管内科", "主治医师（中级）", "2024.3.4", "在岗", "9年", 9),
              ("杜蘅", C18, "县人民医院", BP, "护理部", "主管护师", "2024.3.4", "2024.9.3", 12, 12),
              ("HIDDEN", None, "妇幼保健院", BPMCH, "儿科", "主治医师", "2024.4.1", "2024.9.30", "7年", 7),
              ("欧阳澈", None, "妇幼保健院", BPMCH, "儿科", "主任医师 教授", "2024.4.1", "2024.9.30", "26年", 26),
              ("易晚舟", E18, "妇幼保健院", BPMCH, "妇产科", "主治医师", "2024.4.1", "2024.9.30", "8年", 8)]
    n = 0
    for name, canon, rw, rec, dept, tw, s, e, yrs, yv in people:
        if name == "HIDDEN":   # the clerk hid the line of a colleague who was replaced before leaving
            ws.append([None, "伍照临", None, rw, dept, tw, s, e, yrs])
            ws.row_dimensions[ws.max_row].hidden = True
            continue
        n += 1
        ws.append([n, name, use_id(canon) if canon else None, rw, dept, tw, s, e, yrs])
        if canon:
            ws.cell(ws.max_row, 3).number_format = "@"
        end = None if e == "在岗" else dt.date(*map(int, e.split("."))).isoformat()
        row("deployments", fn, sh, ws.max_row,
            dict(department=dept, start_date=dt.date(*map(int, s.split("."))).isoformat(), end_date=end,
                 years_of_service=yv, **tfields(tw)),
            {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=canon)
        if canon is None:
            finding(fn, ws.max_row, "NAME_ONLY")
    ws.append([])
    ws.append([f"填报单位：{S3}（盖章）", None, None, None, None, None, f"{Y}年10月8日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 琅渡市
def f8_county_commission_xls(path: Path):
    """鹤沅县卫生健康局 (.xls): every recipient of the county in one sheet, the unit merged down the first column
    as 县人民医院 / 县中医院 / 县妇幼保健院 (the last not in the programme), 进修时间 "2024/3/5-2024/9/4", fees
    免 / ¥3,000.00元 / 叁仟元 / 无, 是否结业 with remarks, one trainee without an ID number."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 8, f"鹤沅县卫生健康局{Y}年对口支援进修人员汇总表（{SYN}）")
    ws.write(1, 0, "填报单位：鹤沅县卫生健康局")
    ws.write(1, 6, f"填报日期：{Y}年12月20日")
    for j, h in enumerate(["单位", "序号", "姓名", "身份证号", "科室", "进修医院", "进修时间", "进修费用", "是否结业"]):
        ws.write(2, j, h)
    groups = [("县人民医院", HY, [("G", "詹启明", "急诊科", S4, "2024/3/5-2024/9/4", "免", 0.0, "是", True),
                                  ("H", "匡雨霏", "医学影像科", S4, "2024/3/5-2024/9/4", "¥3,000.00元", 3000.0, "是",
                                   True),
                                  (None, "冉秋实", "检验科", S4, "2024/9/2-2025/3/1", "叁仟元", 3000.0,
                                   "否（未到期）", False)]),
              ("县中医院", HYTCM, [("J", "嵇照影", "针灸科", S2, "2024/4/1-2024/9/30", "免", 0.0, "是（已结业）", True),
                                  ("K", "阙清和", "康复科", S2, "2024/4/1-2024/9/30", "无", 0.0, "是", True)]),
              ("县妇幼保健院", None, [(None, "訾晓岚", "妇产科", S4, "2024/5/6-2024/11/5", "免", 0.0, "是", True)])]
    r, n = 3, 0
    for unit, rec, people in groups:
        r0 = r
        for k, name, dept, host, per, fee, feev, done, donev in people:
            n += 1
            idtext = use_id(TR[k]) if k else ""
            for j, v in enumerate([unit if r == r0 else None, n, name, idtext, dept, host, per, fee, done]):
                if j == 0 and v is None:
                    continue
                ws.write(r, j, v)
            a, b = per.split("-")
            if rec is None:
                bad(fn, sh, r + 1, "unresolved_hospital", "县妇幼保健院 of 鹤沅县 is not in the pairing list")
            else:
                row("trainees", fn, sh, r + 1,
                    {"department": dept, "start_date": dt.date(*map(int, a.split("/"))).isoformat(),
                         "end_date": dt.date(*map(int, b.split("/"))).isoformat(), "fee_charged": feev, "completed": donev},
                    {"recipient_hospital_id": rec, "host_hospital_id": host}, ["start_date", "department"],
                    id_number=TR[k] if k else None)
                if k is None:
                    finding(fn, r + 1, "NAME_ONLY")
            r += 1
        if r - 1 > r0:   # merge the unit cell down (xlwt: write the merged range over the first cell)
            ws.merge(r0, r - 1, 0, 0)
    ws.write(r, 0, f"合计：{n}人")
    ws.write(r + 1, 0, "联系人：医政股")
    ws.write(r + 1, 5, "联系电话：0000-0000000")
    wb.save(str(path))


def f9_tab_csv_gbk(path: Path):
    """砚湖县人民医院 统计室, exported from the HIS as tab-separated text (GBK) and renamed .csv: 月份 as
    "2024年1月", "—" where a count was not collected, a 合计 line; the hospital only in the file name."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    w.writerow(["月份", "门急诊人次", "出院人次", "手术台次", "外转人次", "上转接收人次", "下转接收人次"])
    tot = [0] * 6
    for m in range(1, 13):
        v = [16200 + 211 * m - (900 if m == 2 else 0), 1180 + 17 * m, 301 + 4 * m, 52 - 2 * m, 3 + m % 4,
             None if m <= 2 else 10 + m]
        tot = [a + (b or 0) for a, b in zip(tot, v)]
        w.writerow([f"{Y}年{m}月"] + ["—" if x is None else x for x in v])
        row("hospital_monthly_stats", fn, None, m + 1,
            {"year": Y, "month": m, "outpatient_visits": v[0], "discharges": v[1], "surgeries": v[2], "referrals_out": v[3],
                 "referrals_up_received": v[4], "referrals_down_received": v[5]},
            {"recipient_hospital_id": YH}, ["month"])
    w.writerow(["合计"] + tot)
    w.writerow([f"注：{SYN}，数据虚构。"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f10_blank_columns(path: Path):
    """琅渡市第一人民医院 医务科: the table starts at F3 (columns A–E left empty for binding), section rows
    一、外科系统 / 二、内科系统, dates 2024年3月底 / 二〇二四年五月 / 2024/6/18, 开展例数 "十余例", 是否填补县域空白
    with remarks, one technique guided by a hospital outside the province."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    c0 = 6

    def put(r, vals):
        for j, v in enumerate(vals):
            if v is not None:
                ws.cell(r, c0 + j, v)

    put(3, [f"{S4}{Y}年度帮扶受援医院新技术新项目汇总表"])
    ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 7)
    put(4, [SYN])
    put(5, ["序号", "受援医院", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "帮扶单位"])
    items = [("一、外科系统", None),
             (HY, "腹腔镜阑尾切除术", "普外科", "2024年3月底", d(Y, 3, 31), "22例", 22, "是（填补县域空白）", True, S4),
             (YH, "经尿道前列腺电切术", "泌尿外科", "二〇二四年五月", d(Y, 5, 1), "十余例", None, "是", True, S4),
             ("二、内科系统", None),
             (HY, "冠状动脉造影术", "心血管内科", "2024/6/18", d(Y, 6, 18), 9, 9, "是（填补县域空白）", True,
              "华清大学附属医院"),
             (YH, "无创呼吸机辅助通气", "呼吸内科", "2024/8/2", d(Y, 8, 2), "31例", 31, "否", False, S4)]
    r, n = 6, 0
    for it in items:
        if it[1] is None:
            put(r, [it[0]])
            r += 1
            continue
        rec, name, dept, when, whenv, cases, casesv, gap, gapv, sup = it
        n += 1
        put(r, [n, rec, name, dept, when, cases, gap, sup])
        hosp = {"recipient_hospital_id": rec}
        f = {"name": name, "department": dept, "first_performed_date": whenv, "cases": casesv, "fills_county_gap": gapv}
        if sup == S4:
            hosp["support_hospital_id"] = S4
        else:
            f["support_hospital_id"] = None
            finding(fn, r, "HOSPITAL_NOT_FOUND")
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
        row("techniques", fn, sh, r, f, hosp, ["name"])
        r += 1
    put(r + 1, ["填表人：医务科", None, None, None, "审核人：", None, f"{Y}年12月"])
    wb.save(path)


def f11_transposed(path: Path):
    """琅渡市第一人民医院 人事科: field labels down column A, one person per column; 派驻时间 in one cell;
    工作年限 "22年"; 补贴 无 / 3千元 / 0.3万."""
    fn, sh = path.name, "派驻人员信息"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{S4}{Y}年对口支援派驻人员基本信息表（{SYN}）"])
    ws.merge_cells("A1:E1")
    people = [("P", "林栖梧", "男", "骨科", "主任医师", HY, "2024/3/5-2024/9/4", "副院长", "22年", 22, "无", 0.0),
              ("Q", "商陆川", "男", "麻醉科", "主治医师", HY, "2024/3/5-2024/9/4", "—", "10年", 10, "3千元", 3000.0),
              ("R", "鞠晚晴", "女", "儿科", "副主任医师", YH, "2024/6/3-2024/12/2", "科主任", "15年", 15, "0.3万",
               3000.0),
              ("S", "甄小满", "女", "护理部", "主管护师", YH, "2024/6/3-2024/12/2", None, "11年", 11, "无", 0.0)]
    labels = ["姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻时间", "在受援医院任职", "工作年限",
              "受援医院发放补贴"]
    for i, lab in enumerate(labels):
        vals = []
        for k, name, sex, dept, tw, rec, per, pos, yrs, yv, sub, subv in people:
            vals.append({"姓名": name, "性别": sex, "身份证号": use_id(TR[k]), "科室": dept, "职称": tw,
                         "派驻单位": rec, "派驻时间": per, "在受援医院任职": pos, "工作年限": yrs,
                         "受援医院发放补贴": sub}[lab])
        ws.append([lab] + vals)
        if lab == "身份证号":
            for j in range(len(people)):
                ws.cell(ws.max_row, 2 + j).number_format = "@"
    last = ws.max_row
    for k, name, sex, dept, tw, rec, per, pos, yrs, yv, sub, subv in people:
        a, b = per.split("-")
        row("deployments", fn, sh, list(range(2, last + 1)),
            dict(department=dept, start_date=dt.date(*map(int, a.split("/"))).isoformat(),
                 end_date=dt.date(*map(int, b.split("/"))).isoformat(),
                 position_at_recipient=None if pos in (None, "—") else pos, years_of_service=yv,
                 paid_by_recipient=subv, **tfields(tw)),
            {"support_hospital_id": S4, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=TR[k])
    ws.append([])
    ws.append(["注：以上人员均为合成数据（SYNTHETIC）。"])
    wb.save(path)


def f13_assessments_hidden_draft(path: Path):
    """鹤沅县人民医院 医务科: one row per person and month, 考核月份 written "24年3月", "2024年4月" and 2024.5 (a
    number); 得分 "88.5分", 次数 "3次"; P's ID in full-width digits, Q's stored by Excel as a number; a hidden
    sheet 草稿 with an earlier draft."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{HY}派驻人员月度考核表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    full = TR["P"].translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    entries = [("P", "林栖梧", "24年3月", 3, "92分", 92.0, "3次", "3次", 3, 3),
               ("Q", "商陆川", "24年3月", 3, "88.5分", 88.5, "3次", "3次", 3, 3),
               ("P", "林栖梧", "2024年4月", 4, "94分", 94.0, "4次", "4次", 4, 4),
               ("Q", "商陆川", "2024年4月", 4, "79分", 79.0, "4次", "3次", 4, 3),
               ("P", "林栖梧", 2024.5, 5, "95分", 95.0, "3次", "3次", 3, 3),
               ("Q", "商陆川", 2024.5, 5, "90分", 90.0, "3次", "3次", 3, 3)]
    for i, (k, name, mw, m, sc, scv, chk, pres, chkv, presv) in enumerate(entries, 1):
        if k == "P":
            idtext, idv, code = use_id(TR[k], full), TR[k], None
        else:
            use_id(TR[k])
            idtext, idv, code = float(int(TR[k])), None, "ID_STORED_AS_NUMBER"
        ws.append([i, name, idtext, S4, mw, sc, chk, pres])
        if isinstance(mw, float):
            ws.cell(ws.max_row, 5).number_format = "0.0"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            {"year": Y, "month": m, "score": scv, "spot_checks": chkv, "spot_checks_present": presv},
            {"recipient_hospital_id": HY, "support_hospital_id": S4}, ["month"], id_number=idv)
        if code:
            finding(fn, ws.max_row, code)
    ws.append(["考核小组：医务科、护理部", None, None, None, None, f"{Y}年6月10日"])
    draft = wb.create_sheet("草稿")
    draft.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    draft.append([1, "林栖梧", None, S4, "24年3月", "90分", "2次", "2次"])
    draft.append([2, "商陆川", None, S4, "24年3月", "85分", "2次", "1次"])
    draft.sheet_state = "hidden"
    wb.save(path)


def f14_activities_xls(path: Path):
    """砚湖县人民医院 (.xls): the support hospital in a 支援单位 line, dates "3月15日" with the year only in the
    title, two 教学查房 on one day, a row whose date nobody knew, a 合计 line and signatures."""
    fn, sh = path.name, "带教培训"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 5, f"{YH}{Y}年对口支援带教培训登记表（{SYN}）")
    ws.write(1, 0, f"支援单位：{S4}")
    for j, h in enumerate(["日期", "类型", "主题", "授课/带教专家", "参加人数", "备注"]):
        ws.write(2, j, h)
    acts = [("3月15日", d(Y, 3, 15), "学术讲座", "社区获得性肺炎抗菌药物选择", "26人", 26),
            ("4月2日", d(Y, 4, 2), "教学查房", "儿童哮喘急性发作查房", "12", 12),
            ("4月2日", d(Y, 4, 2), "教学查房", "新生儿黄疸查房", "9人", 9),
            ("（日期不详）", None, "技术培训", "儿童静脉穿刺技术", "14人", 14),
            ("5月20日", d(Y, 5, 20), "手术示教", "小儿腹股沟疝修补术", "7人", 7),
            ("6月11日", d(Y, 6, 11), "疑难病例讨论", "反复发热伴皮疹病例", "18人", 18)]
    r = 3
    for dw, dv, typ, topic, n, nv in acts:
        for j, v in enumerate([dw, typ, topic, "某主任", n]):
            ws.write(r, j, v)
        if dv is None:
            bad(fn, sh, r + 1, "missing_required", "activity date unknown (（日期不详）)")
        else:
            row("activities", fn, sh, r + 1, {"activity_date": dv, "activity_type": typ, "topic": topic, "participants": nv},
                {"recipient_hospital_id": YH, "support_hospital_id": S4}, ["activity_date", "topic"])
        r += 1
    ws.write(r, 0, "合计：共6次")
    ws.write(r + 1, 0, "填表人：科教科")
    ws.write(r + 1, 3, "负责人：")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    ref.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_蓼汀省城乡医院对口支援关系表（2021—2025年）.xlsx")
    files = [("省直单位", f1_roster_print_layout, "SYNTHETIC_省人医派驻石苔县人民医院人员名册（打印版）.xlsx"),
             ("省直单位", f2_trainees_ods, "SYNTHETIC_省中医院接收进修人员2024.ods"),
             ("省直单位", f3_wps_form_cards, "SYNTHETIC_省人医帮扶活动_WPS表单导出_20250106.xlsx"),
             ("省直单位", f12_county_flow, "SYNTHETIC_2024年县域住院流向（统计信息中心）.xlsx"),
             ("杉溪市", f4_city_workbook_xlsm, "SYNTHETIC_杉溪市2024年对口支援汇总（医政科）.xlsm"),
             ("杉溪市", f5_semicolon_csv, "SYNTHETIC_白枰县妇幼保健院活动记录.csv"),
             ("杉溪市", f6_assessments_month_groups, "SYNTHETIC_白枰县人民医院-派驻人员月考核3-5月.xls"),
             ("杉溪市", f7_sheet2_roster, "SYNTHETIC_下派人员名单(1).xlsx"),
             ("琅渡市", f8_county_commission_xls, "SYNTHETIC_鹤沅县卫健局关于报送2024年进修人员情况的函（附表）.xls"),
             ("琅渡市", f9_tab_csv_gbk, "SYNTHETIC_砚湖县人民医院2024年业务统计.csv"),
             ("琅渡市", f10_blank_columns, "SYNTHETIC_琅渡一院新技术新项目汇总2024（终）.xlsx"),
             ("琅渡市", f11_transposed, "SYNTHETIC_琅渡一院派驻人员信息表.xlsx"),
             ("琅渡市", f13_assessments_hidden_draft, "SYNTHETIC_鹤沅县人民医院派驻人员考核2024上半年.xlsx"),
             ("琅渡市", f14_activities_xls, "SYNTHETIC_砚湖县人民医院带教培训登记.xls")]
    for folder, fnc, name in files:
        (raw / folder).mkdir(parents=True, exist_ok=True)
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    assert all(re.fullmatch(r"99\d{15}[\dX]", k) for k in spell)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
