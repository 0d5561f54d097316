"""realworld102 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅坪省), 2024: the monthly assessments
of dispatched staff (派驻人员月度考核) as the recipient hospitals really keep them — a workbook with one sheet per
month (2024.01, 三月份, 5月 …), 考勤 columns, 扣分 columns and a 总分 formula, 考核等次 words, a 第一季度考核 sheet, a
person who left mid-month, a person assessed at two recipients in one month, 考核人 / 审核人 lines, a month sheet
copied and not yet filled, an assessment written by the support hospital — with the rosters of the same people,
the pairing list (附件1) in reference/ and a few ordinary submissions. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,芸州市,青蔓县,澄苇县,栎川县}/…, OUT/truth.json

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


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, C1 = "琅坪省人民医院", "琅坪省中医院", "芸州市第一人民医院"
QM, CW, QMT, LC = "青蔓县人民医院", "澄苇县人民医院", "青蔓县中医医院", "栎川县人民医院"
RECIP = {QM: ("二级", "甲等", "综合医院", "青蔓县"), CW: ("二级", "乙等", "综合医院", "澄苇县"),
         QMT: ("二级", "甲等", "中医医院", "青蔓县"), LC: ("二级", "甲等", "综合医院", "栎川县")}

ID = {k: idn(*v) for k, v in {
    "tang": ("990101", "19710412", "035"), "wei": ("990101", "19790903", "017"), "liu": ("990102", "19860218", "046"),
    "yan": ("990102", "19880725", "013"), "ji": ("990103", "19850111", "058"), "jiang": ("990103", "19900630", "024"),
    "qin": ("990104", "19780516", "031"), "mo": ("990104", "19870922", "062"), "gu": ("990201", "19761105", "019"),
    "tangx": ("990201", "19890314", "047"), "qian": ("990202", "19870808", "026"), "yu": ("990105", "19830127", "071"),
    "hua": ("990311", "19920403", "052"), "lan": ("990311", "19940919", "068"),
}.items()}

NAME = {"tang": "唐砚秋", "wei": "卫南星", "liu": "柳映雪", "yan": "严景澄", "ji": "季书白", "jiang": "蒋一苇",
        "qin": "覃若木", "mo": "莫听澜", "gu": "顾长庚", "tangx": "汤晓岚", "qian": "钱望舒", "yu": "俞清和",
        "hua": "华子衿", "lan": "兰亭月"}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "not_curated": []}
used_ids = set()


def use_id(key):
    used_ids.add(ID[key])
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def not_curated(file, sheet, r, why):
    """Rows in no table (neither curated nor required in quarantine): held or non-data are both accepted."""
    truth["not_curated"].append({"file": file, "sheet": sheet, "row": r, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


def assess(year, month, score, checks=None, present=None):
    return dict(year=year, month=month, score=float(score), spot_checks=checks, spot_checks_present=present)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as float cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
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
    """附件1: 受援医院 first, 等级 in one cell (二级甲等), 协议签订日期 as date cells, 支援期限 for one pairing only
    (the others take the title's 2021—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅坪省城乡医院对口支援关系一览表（2021—2025年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QM, P1, dt.date(2021, 3, 10), None), (CW, P1, dt.date(2021, 3, 10), None),
             (QMT, PTCM, dt.date(2021, 4, 2), None), (LC, C1, dt.date(2022, 12, 20), "2023年1月—2025年12月")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、人员均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- rosters
def f_p1_roster(path: Path):
    """省人民医院 roster: 唐砚秋 twice (青蔓 until 3月15日, then 澄苇 from 3月16日), 卫南星 back early on 4月12日 (the
    备注 names the planned end, the end column the real one), 严景澄 replacing him from 4月15日."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅坪省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻起始日期", "派驻结束日期",
               "在受援医院任职", "备注"])
    people = [
        ("tang", "男", "心血管内科", "主任医师", QM, (2024, 1, 2), (2024, 3, 15), "副院长", None,
         ("正高级", "医疗")),
        ("tang", "男", "心血管内科", "主任医师", CW, (2024, 3, 16), (2024, 8, 31), None, "由青蔓县人民医院转派",
         ("正高级", "医疗")),
        ("wei", "男", "普外科", "副主任医师", QM, (2024, 1, 2), (2024, 4, 12), None, "提前返回（原定6月30日）",
         ("副高级", "医疗")),
        ("liu", "女", "护理部", "主管护师", QM, (2024, 1, 2), (2024, 6, 30), None, None, ("中级", "护理")),
        ("yan", "男", "骨科", "主治医师", QM, (2024, 4, 15), (2024, 10, 14), None, "接替卫南星", ("中级", "医疗")),
        ("ji", "男", "麻醉科", "主治医师", CW, (2024, 1, 2), (2024, 6, 30), None, None, ("中级", "医疗")),
        ("jiang", "女", "检验科", "主管技师", CW, (2024, 3, 1), (2024, 8, 31), None, None, ("中级", "医技")),
    ]
    for i, (key, sex, dept, title, rec, s, e, post, note, (rank, cat)) in enumerate(people, 1):
        ws.append([i, NAME[key], sex, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e), post, note])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e), post),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append(["合计", None, "7人次"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2024年12月20日"])
    wb.save(path)


def f_ptcm_roster_xls(path: Path):
    """省中医院 (.xls): the recipient only in the title; 派驻时间 "2024.01.08-2024.07.07" in one cell."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅坪省中医院派驻青蔓县中医医院人员名单（2024年）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "派驻时间"]):
        ws.write(1, j, h)
    people = [("qin", "针灸科", "副主任中医师", "副高级"), ("mo", "脾胃病科", "主治中医师", "中级")]
    for i, (key, dept, title, rank) in enumerate(people, 1):
        for j, v in enumerate([i, NAME[key], use_id(key), dept, title, "2024.01.08-2024.07.07"]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, rank, "医疗", d(2024, 1, 8), d(2024, 7, 7)),
            {"support_hospital_id": PTCM, "recipient_hospital_id": QMT}, ["start_date"], id_number=ID[key])
    ws.write(5, 0, "填表人：医务处")
    wb.save(str(path))


def f_c1_roster_csv(path: Path):
    """市一院 (CSV, GBK): a title line, then 姓名 | 身份证号 | 科室 | 职称 | 受援医院 | 开始日期 | 结束日期."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"芸州市第一人民医院派驻栎川县人民医院人员名册（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"])
    people = [("gu", "内科", "副主任医师", "副高级"), ("tangx", "儿科", "主治医师", "中级"),
              ("qian", "妇产科", "主治医师", "中级")]
    for i, (key, dept, title, rank) in enumerate(people):
        w.writerow([NAME[key], use_id(key), dept, title, LC, "2024/2/1", "2024/7/31"])
        row("deployments", fn, None, 3 + i, dep(dept, title, rank, "医疗", d(2024, 2, 1), d(2024, 7, 31)),
            {"support_hospital_id": C1, "recipient_hospital_id": LC}, ["start_date"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- assessments
QM_MONTHS = {
    # sheet: (title month text, month, [(key, 应出勤, 出勤, 请假, (医德医风, 劳动纪律, 工作质量), 等次, 备注)])
    "2024.01": ("2024年1月", 1, [("tang", 21, 21, 0, (0, 0, 2), "优秀", None),
                                ("wei", 21, 21, 0, (0, 1, 2), "优秀", None),
                                ("liu", 21, 21, 0, (0, 0, 3.5), "优秀", None)]),
    "2024.02": ("2024年2月", 2, [("tang", 15, 15, 0, (0, 0, 1), "优秀", "春节轮休已扣除"),
                                ("wei", 15, 12, 3, (0, 3, 2), "优秀", "事假3天"),
                                ("liu", 15, 15, 0, (0, 0, 4), "优秀", None)]),
    "三月份": ("三月份", 3, [("tang", 11, 11, 0, (0, 0, 3), "优秀", "3月15日起转派澄苇县人民医院"),
                          ("wei", 21, 21, 0, (0, 2, 4), "优秀", None),
                          ("liu", 21, 21, 0, (2, 5, 5), "合格", None)]),
    "2024.04": ("2024年4月", 4, [("wei", 9, 9, 0, (0, 0, 3), "优秀", "4月12日提前返回原单位，按实际在岗天数考核"),
                                ("liu", 21, 19, 2, (0, 10, 14), "基本合格", "病假2天"),
                                ("yan", 12, 12, 0, (0, 0, 2.5), "优秀", "4月15日到岗")]),
    "5月": ("2024年5月", 5, [("liu", 20, 20, 0, (0, 0, 3), "优秀", None),
                            ("yan", 20, 20, 0, (0, 0, 4), "优秀", None)]),
}


def f_qm_workbook(path: Path):
    """青蔓县人民医院's own workbook (xlsxwriter, so the 总分 formulas carry their values as Excel saves them):
    sheets 2024.01, 2024.02, 三月份, 第一季度考核, 2024.04, 5月, 6月 (a copy of 5月 not yet filled, its title still
    saying 5月). A two-row header: 考勤情况 over 应出勤天数 | 出勤天数 | 请假天数, 扣分情况 over three deductions; 总分 =
    100 − the deductions; 考核等次; 考核人 / 审核人 lines."""
    fn = path.name
    wb = xlsxwriter.Workbook(str(path))
    title_f = wb.add_format({"bold": True, "align": "center", "font_size": 14})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1, "text_wrap": True})
    cell = wb.add_format({"border": 1})

    def month_sheet(sh, title_month, entries, filled=True):
        ws = wb.add_worksheet(sh)
        ws.merge_range(0, 0, 0, 13, f"青蔓县人民医院对口支援派驻人员月度考核表（{title_month}）", title_f)
        ws.write(1, 0, f"填报单位：{QM}        {SYN}        满分100分，总分=100-扣分合计")
        for c, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "科室"]):
            ws.merge_range(2, c, 3, c, h, head)
        ws.merge_range(2, 5, 2, 7, "考勤情况", head)
        ws.merge_range(2, 8, 2, 10, "扣分情况", head)
        for c, h in ((11, "总分"), (12, "考核等次"), (13, "备注")):
            ws.merge_range(2, c, 3, c, h, head)
        for c, h in enumerate(["应出勤天数", "出勤天数", "请假天数", "医德医风", "劳动纪律", "工作质量"], 5):
            ws.write(3, c, h, head)
        depts = {"tang": "心血管内科", "wei": "普外科", "liu": "护理部", "yan": "骨科"}
        r = 4
        for i, (key, due, came, leave, ded, grade, note) in enumerate(entries, 1):
            ws.write_number(r, 0, i, cell)
            ws.write_string(r, 1, NAME[key], cell)
            ws.write_string(r, 2, use_id(key), cell)
            ws.write_string(r, 3, P1, cell)
            ws.write_string(r, 4, depts[key], cell)
            if filled:
                for c, v in enumerate([due, came, leave, *ded], 5):
                    ws.write_number(r, c, v, cell)
                total = 100 - sum(ded)
                ws.write_formula(r, 11, f"=100-SUM(I{r + 1}:K{r + 1})", cell, total)
                ws.write_string(r, 12, grade, cell)
                if note:
                    ws.write_string(r, 13, note, cell)
            else:
                for c in range(5, 14):
                    ws.write_blank(r, c, None, cell)
            r += 1
        ws.write(r + 1, 0, "考核人：何秋实（医务科）")
        ws.write(r + 1, 5, "审核人：邵言川（院长）")
        ws.write(r + 1, 11, "（盖章）")
        ws.set_column(2, 2, 22)
        return r

    for sh, (tm, month, entries) in QM_MONTHS.items():
        month_sheet(sh, tm, entries)
        for i, (key, due, came, leave, ded, grade, note) in enumerate(entries):
            row("staff_monthly_assessments", fn, sh, 5 + i, assess(2024, month, 100 - sum(ded)),
                {"recipient_hospital_id": QM, "support_hospital_id": P1}, ["month"], id_number=ID[key])
        if sh == "三月份":      # the quarter's own assessment, after March
            ws = wb.add_worksheet("第一季度考核")
            sq = "第一季度考核"
            ws.merge_range(0, 0, 0, 7, "青蔓县人民医院派驻人员第一季度考核结果（2024年1—3月）", title_f)
            ws.write(1, 0, f"填报单位：{QM}        {SYN}        季度考核由院考核小组综合评定")
            for c, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核期间", "季度考核得分", "考核等次",
                                   "备注"]):
                ws.write(2, c, h, head)
            for i, (key, sc, grade, note) in enumerate([("tang", 96, "优秀", "3月15日转派"), ("wei", 95, "优秀", None),
                                                        ("liu", 90, "优秀", None)], 1):
                ws.write_number(2 + i, 0, i, cell)
                ws.write_string(2 + i, 1, NAME[key], cell)
                ws.write_string(2 + i, 2, use_id(key), cell)
                ws.write_string(2 + i, 3, P1, cell)
                ws.write_string(2 + i, 4, "2024年1—3月", cell)
                ws.write_number(2 + i, 5, sc, cell)
                ws.write_string(2 + i, 6, grade, cell)
                if note:
                    ws.write_string(2 + i, 7, note, cell)
                not_curated(fn, sq, 3 + i, "a quarter's score is no month's score (the months are in their own sheets)")
            ws.write(7, 0, "考核人：院考核小组")
            ws.write(7, 4, "审核人：邵言川（院长）")
    # 6月: copied from 5月 — names kept, every figure blank, the title not yet changed
    month_sheet("6月", "2024年5月", QM_MONTHS["5月"][2], filled=False)
    for i in range(2):
        not_curated(fn, "6月", 5 + i, "a month copied and not yet filled: nothing assessed")
    wb.close()


def f_qmt_ods(path: Path):
    """青蔓县中医医院 (.ods): sheets 1月 / 2月 / 3月, names only (no ID numbers), 在岗天数 | 请假天数 | 考核得分 |
    考核等次; an 平均分 line in 1月; 3月 has a 考核等次 with no score (held); 考核人 / 审核人 line."""
    fn = path.name
    sheets = {}
    data = {1: [("qin", 18, 0, 95, "优秀"), ("mo", 17, 1, 92, "优秀")],
            2: [("qin", 15, 2, 93, "优秀"), ("mo", 16, 0, 90, "优秀")],
            3: [("qin", 21, 0, 96, "优秀"), ("mo", 20, 1, None, "合格")]}
    for m, people in data.items():
        sh = f"{m}月"
        rows = [[f"青蔓县中医医院派驻专家考勤及考核情况（2024年{m}月）{SYN}"],
                ["序号", "姓名", "派出单位", "在岗天数", "请假天数", "考核得分", "考核等次"]]
        for i, (key, on, off, sc, grade) in enumerate(people, 1):
            rows.append([i, NAME[key], PTCM, on, off, sc, grade])
            r = len(rows)
            if sc is None:
                hold(fn, sh, r, "missing_value", "考核等次 合格 with no score: the table's score is a number")
            else:
                row("staff_monthly_assessments", fn, sh, r, assess(2024, m, sc),
                    {"recipient_hospital_id": QMT, "support_hospital_id": PTCM}, ["month"])
                finding(fn, r, "NAME_ONLY")
        if m == 1:
            rows.append(["平均分", None, None, None, None, 93.5, None])
            not_curated(fn, sh, len(rows), "an average line: not a person")
        rows.append([])
        rows.append(["考核人：", "黎青", None, "审核人：", "沈砚", None, "2024年4月3日"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_p1_assessment_of_cw(path: Path):
    """Written by the SUPPORT hospital (省人民医院) about its people at 澄苇县人民医院, which sent no assessment of its
    own: months as columns (3月 … 6月) under a title that says 考核得分; 唐砚秋 in March too (at 青蔓 until the 15th:
    assessed at two recipients that month); one person at 澄苇县中医院, a hospital in no pairing (held)."""
    fn, sh = path.name, "考核得分"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅坪省人民医院派驻澄苇县人民医院人员月度考核得分汇总（2024年3—6月）（支援医院填报）{SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "派驻单位", "科室", "3月", "4月", "5月", "6月", "备注"])
    people = [("tang", CW, "心血管内科", [93, 95, 94, 96], "3月16日到岗"),
              ("ji", CW, "麻醉科", [95, 94, 92, 90], None),
              ("jiang", CW, "检验科", [90, 91, 93, 92], None),
              ("yu", "澄苇县中医院", "康复科", [91, 92, 90, 93], None)]
    for i, (key, rec, dept, scores, note) in enumerate(people, 1):
        ws.append([i, NAME[key], use_id(key), rec, dept, *scores, note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        if rec != CW:
            hold(fn, sh, r, "unresolved_hospital", "澄苇县中医院 is in no pairing list")
            continue
        for m, sc in zip((3, 4, 5, 6), scores):
            row("staff_monthly_assessments", fn, sh, r, assess(2024, m, sc),
                {"recipient_hospital_id": CW, "support_hospital_id": P1}, ["month"], id_number=ID[key])
    ws.append(["说明：受援医院未单独报送，由支援医院医务部根据受援医院反馈及电话抽查情况评定。"])
    ws.append(["考核人：医务部", None, None, "审核人：分管副院长", None, None, "2024年7月5日"])
    wb.save(path)


def f_lc_csv(path: Path):
    """栎川县人民医院 (CSV, GBK): one row per person and month, 考核月份 written on each month's first row only,
    出勤天数/应出勤天数 as "20/21" in one cell (attendance, not spot checks), 在岗抽查次数 | 抽查在岗次数, 考核人 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"栎川县人民医院派驻人员月度考核登记表（2024年）{SYN}"] + [""] * 9)
    w.writerow(["考核月份", "姓名", "身份证号", "派出医院", "出勤天数/应出勤天数", "在岗抽查次数", "抽查在岗次数",
                "考核得分", "考核等次", "备注"])
    data = {2: [("gu", "19/19", 3, 3, 95, "优秀", None), ("tangx", "18/19", 3, 3, 93, "优秀", None),
                ("qian", "19/19", 3, 2, 88, "合格", "2月20日抽查不在岗")],
            3: [("gu", "21/21", 4, 4, 96, "优秀", None), ("tangx", "20/21", 4, 4, 94, "优秀", None),
                ("qian", "21/21", 4, 4, 91, "优秀", None)],
            4: [("gu", "22/22", 3, 3, 94, "优秀", None), ("tangx", "22/22", 3, 3, 95, "优秀", None),
                ("qian", "21/22", 3, 3, 89, "合格", None)]}
    r = 2
    for m, people in data.items():
        for i, (key, att, chk, pres, sc, grade, note) in enumerate(people):
            w.writerow([f"2024年{m}月" if i == 0 else "", NAME[key], use_id(key), C1, att, chk, pres, sc, grade,
                        note or ""])
            r += 1
            row("staff_monthly_assessments", fn, None, r, assess(2024, m, sc, chk, pres),
                {"recipient_hospital_id": LC, "support_hospital_id": C1}, ["month"], id_number=ID[key])
    w.writerow(["考核人：医务科", "", "", "审核人：分管院长", "", "", "", "", "", ""])
    w.writerow(["填报日期：2024年5月8日"] + [""] * 9)
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- ordinary files
def f_qm_monthly_csv(path: Path):
    """青蔓县人民医院 1-6月 workload (CSV, UTF-8 with BOM)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青蔓县人民医院2024年1-6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [18300 + 170 * m, 1310 + 21 * m, 305 + 4 * m, 52 - 3 * m]
        w.writerow([f"{m}月", *v])
        row("hospital_monthly_stats", fn, None, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QM}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_cw_trainees_xls(path: Path):
    """澄苇县人民医院 staff trained at 省人民医院 (.xls)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄苇县人民医院2024年外出进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始日期", "进修结束日期", "进修费用(元)", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("hua", "重症医学科", "2024-03-01", "2024-08-31", 0, "是", True),
              ("lan", "超声科", "2024-09-02", "2025-02-28", 0, "否", False)]
    for i, (key, dept, s, e, fee, done, donev) in enumerate(people, 1):
        for j, v in enumerate([i, NAME[key], use_id(key), dept, P1, s, e, fee, done]):
            ws.write(1 + i, j, v)
        row("trainees", fn, sh, 2 + i, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                             completed=donev),
            {"recipient_hospital_id": CW, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    ws.write(5, 0, "填表人：科教科")
    wb.save(str(path))


def f_cw_activities_xlsx(path: Path):
    """澄苇县人民医院's log of teaching by the support hospital's people."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄苇县人民医院2024年对口帮扶带教培训活动记录（{SYN}）"])
    ws.append(["序号", "活动日期", "活动类型", "主题", "主讲专家", "参加人数"])
    acts = [(dt.date(2024, 3, 21), "学术讲座", "胸痛中心建设要点", "唐砚秋", 46),
            (dt.date(2024, 4, 9), "教学查房", "术后镇痛查房", "季书白", 18),
            (dt.date(2024, 5, 16), "技术培训", "血培养规范采集", "蒋一苇", 32),
            (dt.date(2024, 6, 12), "疑难病例讨论", "难治性高血压一例", "唐砚秋", 21)]
    for i, (day, typ, topic, who, n) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, who, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": CW, "support_hospital_id": P1}, ["activity_date"])
    ws.append(["合计", None, "4次", None, None, 117])
    wb.save(path)


def f_lc_techniques_ods(path: Path):
    """栎川县人民医院 new techniques (.ods) with a 帮扶单位 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"栎川县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶单位"]]
    items = [("无痛分娩", "妇产科", "2024-03-18", 42, "是", d(2024, 3, 18), True),
             ("小儿雾化吸入规范治疗", "儿科", "2024-04-02", 160, "否", d(2024, 4, 2), False)]
    for i, (name, dept, when, cases, gap, day, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, C1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": LC, "support_hospital_id": C1}, ["name"])
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2024年12月30日"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "芸州市", "青蔓县", "澄苇县", "栎川县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅坪省城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_琅坪省人民医院2024年派驻人员花名册.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_省中医院派驻青蔓县中医医院人员名单.xls"),
             (f_p1_assessment_of_cw, "省直", "SYNTHETIC_省人民医院派驻澄苇县人员月度考核汇总（支援医院填报）.xlsx"),
             (f_c1_roster_csv, "芸州市", "SYNTHETIC_芸州市第一人民医院派驻栎川县人员名册2024.csv"),
             (f_qm_workbook, "青蔓县", "SYNTHETIC_青蔓县人民医院派驻人员月度考核（2024年上半年）.xlsx"),
             (f_qmt_ods, "青蔓县", "SYNTHETIC_青蔓县中医医院派驻专家考勤考核2024一季度.ods"),
             (f_qm_monthly_csv, "青蔓县", "SYNTHETIC_青蔓县人民医院2024年1-6月业务量.csv"),
             (f_cw_trainees_xls, "澄苇县", "SYNTHETIC_澄苇县人民医院外出进修人员2024.xls"),
             (f_cw_activities_xlsx, "澄苇县", "SYNTHETIC_澄苇县人民医院帮扶活动记录2024.xlsx"),
             (f_lc_csv, "栎川县", "SYNTHETIC_栎川县人民医院派驻人员月考核登记2024.csv"),
             (f_lc_techniques_ods, "栎川县", "SYNTHETIC_栎川县人民医院新技术新项目2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
