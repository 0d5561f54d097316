"""realworld22 corpus generator — SYNTHETIC / 合成数据. The most ordinary provincial year we could imagine: a
fictional province (汀澜省) for 2024, the 卫健委's pairing list (附件1) in data/raw/reference/ and sixteen returns
from ordinary hospitals as ~15 different clerks make them in Excel or WPS (xlsx, xls, ods, CSV in GBK and
UTF-8): titles, 填报单位 lines, merged cells, totals and signature rows, their own column orders and wordings.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄川市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
P1, PTCM, C1, CMCH = "汀澜省人民医院", "汀澜省中医院", "澄川市人民医院", "澄川市妇幼保健院"
QY, QYTCM, LW, LWMCH, WC, WCTCM = ("栖云县人民医院", "栖云县中医医院", "芦湾县人民医院", "芦湾县妇幼保健院",
                                   "苇川县人民医院", "苇川县中医医院")
RECIP = {  # name: (等级 as the list writes it, level, grade, category, county)
    QY: ("二级甲等", "二级", "甲等", "综合医院", "栖云县"),
    QYTCM: ("二级甲等", "二级", "甲等", "中医医院", "栖云县"),
    LW: ("二级甲等", "二级", "甲等", "综合医院", "芦湾县"),
    LWMCH: ("二级", "二级", None, "妇幼保健院", "芦湾县"),
    WC: ("二级乙等", "二级", "乙等", "综合医院", "苇川县"),
    WCTCM: ("二级乙等", "二级", "乙等", "中医医院", "苇川县"),
}
PAIRS = [(QY, P1, dt.date(2023, 12, 26)), (LW, P1, dt.date(2023, 12, 26)), (QYTCM, PTCM, dt.date(2024, 1, 5)),
         (WCTCM, PTCM, dt.date(2024, 1, 5)), (WC, C1, dt.date(2024, 1, 12)), (LWMCH, CMCH, dt.date(2024, 1, 12))]

ID = {k: idn(*v) for k, v in {
    # 省人民医院 → 栖云 / 芦湾
    "lin": ("990101", "19750312", "031"), "zhou": ("990102", "19880620", "046"), "gao": ("990101", "19790905", "013"),
    "tang": ("990103", "19860117", "028"), "han": ("990102", "19900223", "057"),
    # 省中医院 → 栖云中医 / 苇川中医
    "gu": ("990104", "19771030", "019"), "wen": ("990104", "19890408", "066"), "lu": ("990105", "19840714", "035"),
    "song": ("990101", "19811126", "072"),
    # 澄川市人民医院 → 苇川
    "xu": ("990201", "19760509", "011"), "cao": ("990202", "19870316", "024"), "lv": ("990201", "19910802", "053"),
    # 澄川市妇幼 → 芦湾妇幼
    "chi": ("990203", "19800127", "048"), "qian": ("990201", "19920611", "062"), "meng": ("990202", "19781219", "025"),
    # trainees
    "zhu": ("990211", "19930415", "036"), "hewq": ("990211", "19950707", "024"), "xie": ("990211", "19910929", "017"),
    "deng": ("990212", "19920304", "051"), "feng": ("990212", "19960818", "042"),
    "fang": ("990221", "19940110", "013"), "peng": ("990221", "19970522", "068"),
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


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


RANK = {"主任医师": "正高级", "副主任医师": "副高级", "主治医师": "中级", "主管护师": "中级", "副主任护师": "副高级",
        "主管技师": "中级", "副主任中医师": "副高级", "主治中医师": "中级"}
CAT = {"主管护师": "护理", "副主任护师": "护理", "主管技师": "医技"}


def dep(dept, title, start, end, **more):
    return dict(department=dept, title=title, title_rank=RANK[title], staff_category=CAT.get(title, "医疗"),
                start_date=start, end_date=end, **more)


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as float cells, text as strings)."""
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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The 卫健委's 附件1 as published: "附件1" alone in A1, the title with the period (2024—2026年), 所在市 merged
    down, 医院等级 in one column ("二级甲等"), 支援医院 after the recipient, 协议签订日期 as date cells, a 备注
    column, a note line under the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["附件1"])
    ws.append([f"汀澜省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A2:I2")
    ws.append(["序号", "所在市", "所在县（市、区）", "受援医院", "医院等级", "机构类别", "支援医院", "协议签订日期", "备注"])
    for i, (r, s, ag) in enumerate(PAIRS, 1):
        grade_text, level, grade, cat, county = RECIP[r]
        ws.append([i, "澄川市" if i == 1 else None, county, r, grade_text, cat, s, ag, None])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.merge_cells(start_row=4, end_row=3 + len(PAIRS), start_column=2, end_column=2)
    ws.append([f"注：支援期限为2024年1月1日至2026年12月31日。{SYN}，医院名称均为虚构。"])
    ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=9)
    wb.save(path)
    for r, (_, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1, CMCH):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院 医务部: title, 填报单位/填报日期 line, 性别 column, dates as date cells, one ID with a wrong check
    digit, 合计 row, 填表人/审核人 signature row."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年度城乡医院对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["填报单位（盖章）：汀澜省人民医院", None, None, None, None, None, None, "填报日期：2025年1月10日"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻受援医院", "派驻开始时间", "派驻结束时间", "备注"])
    wrong = ID["zhou"][:17] + ("3" if ID["zhou"][17] != "3" else "4")
    people = [("lin", "林书航", "男", None, "心血管内科", "主任医师", QY, (2024, 3, 1), (2024, 8, 31)),
              ("zhou", "周雨岑", "女", wrong, "呼吸与危重症医学科", "主治医师", QY, (2024, 3, 1), (2024, 8, 31)),
              ("gao", "高致远", "男", None, "普外科", "副主任医师", LW, (2024, 3, 4), (2024, 9, 3)),
              ("tang", "唐静宜", "女", None, "护理部", "主管护师", LW, (2024, 3, 4), (2024, 9, 3)),
              ("han", "韩亦舟", "男", None, "麻醉科", "主治医师", QY, (2024, 9, 2), (2025, 3, 1))]
    for i, (key, name, sex, sp, dept, title, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, rec, dt.date(*s), dt.date(*e), None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, d(*s), d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", None, None, None, None, None, None, None, None, "5人"])
    ws.append(["填表人：孟凡", None, None, "联系电话：0999-6612345", None, None, "审核人：杨主任"])
    wb.save(path)


def f_ptcm_roster_xls(path: Path):
    """省中医院 (WPS, saved as .xls): 受援单位 merged down its group, 派驻时间 "2024.03.01-2024.08.31" in one cell,
    a legacy 15-digit ID number, 制表人 footer."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 7, f"汀澜省中医院2024年对口支援派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "受援单位", "姓名", "性别", "身份证号码", "科室", "职称", "派驻时间"]):
        ws.write(1, j, h)
    lu = ID["lu"]
    fifteen = lu[:6] + lu[8:17]
    groups = [(QYTCM, [("gu", "顾清和", "男", None, "针灸推拿科", "副主任中医师", "2024.03.01-2024.08.31",
                        d(2024, 3, 1), d(2024, 8, 31)),
                       ("wen", "温若雪", "女", None, "治未病科", "主治中医师", "2024.03.01-2024.08.31",
                        d(2024, 3, 1), d(2024, 8, 31))]),
              (WCTCM, [("lu", "陆一鸣", "男", fifteen, "骨伤科", "主治医师", "2024.04.01-2024.09.30",
                        d(2024, 4, 1), d(2024, 9, 30)),
                       ("song", "宋知秋", "女", None, "康复科", "副主任医师", "2024.04.01-2024.09.30",
                        d(2024, 4, 1), d(2024, 9, 30))])]
    r, n = 2, 0
    for rec, people in groups:
        ws.write_merge(r, r + len(people) - 1, 1, 1, rec)
        for key, name, sex, sp, dept, title, period, s, e in people:
            n += 1
            for j, v in ((0, n), (2, name), (3, sex), (4, use_id(key, sp)), (5, dept), (6, title), (7, period)):
                ws.write(r, j, v)
            row("deployments", fn, sh, r + 1, dep(dept, title, s, e),
                {"support_hospital_id": PTCM, "recipient_hospital_id": rec}, ["start_date", "department"],
                id_number=ID[key])
            if sp:
                finding(fn, r + 1, "ID_15_DIGIT")
            r += 1
    ws.write(r + 1, 0, "制表人：医务处")
    ws.write(r + 1, 5, "2025年1月8日")
    wb.save(str(path))


def f_county_stats(path: Path):
    """省卫健委 基层卫生处: one row per county, 区划代码, a worked-out 县域内就诊率 column, 合计 row, 数据来源 note."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县（市、区）县域住院流向统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "县（市、区）", "区划代码", "常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率（%）"])
    data = [("栖云县", "999211", 41268, 5790), ("芦湾县", "999212", 33905, 4422), ("苇川县", "999221", 25130, 4016)]
    for i, (county, code, tot, out) in enumerate(data, 1):
        ws.append([i, county, code, tot, out, round(100 * (tot - out) / tot, 2)])
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["合计", None, None, sum(x[2] for x in data), sum(x[3] for x in data), None])
    ws.append(["数据来源：省全民健康信息平台。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 澄川市
def f_c1_roster_csv(path: Path):
    """澄川市人民医院 (CSV in GBK, exported from WPS): title line, 在受援医院任职 column, dates "2024/3/4", one
    person without an ID number (still to be filled in), 合计 line."""
    fn = path.name
    rows = [[f"澄川市人民医院2024年对口支援苇川县人民医院派驻人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期", "在受援医院任职"]]
    people = [("xu", "许嘉树", "外科", "副主任医师", "2024/3/4", "2024/12/31", "副院长", d(2024, 3, 4), d(2024, 12, 31)),
              ("cao", "曹文澜", "内科", "主治医师", "2024/3/4", "2024/9/3", "", d(2024, 3, 4), d(2024, 9, 3)),
              (None, "蒋小满", "检验科", "主管技师", "2024/6/3", "2024/12/2", "", d(2024, 6, 3), d(2024, 12, 2)),
              ("lv", "吕文博", "儿科", "主治医师", "2024/9/2", "2025/3/1", "", d(2024, 9, 2), d(2025, 3, 1))]
    for key, name, dept, title, s, e, post, sd, ed in people:
        rows.append([name, use_id(key) if key else "", dept, title, WC, s, e, post])
        r = len(rows)
        row("deployments", fn, None, r, dep(dept, title, sd, ed, position_at_recipient=post or None),
            {"support_hospital_id": C1, "recipient_hospital_id": WC}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    rows.append(["合计：4人", "", "", "", "", "", "", ""])
    write_csv(path, rows, "gbk")


def f_cmch_roster_ods(path: Path):
    """澄川市妇幼保健院 (.ods): both hospitals only in the title, 专业技术职务, 派驻起止日期 "2024年3月1日至2024年8月31日"."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"澄川市妇幼保健院派驻芦湾县妇幼保健院人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "派驻科室", "专业技术职务", "派驻起止日期"]]
    people = [("chi", "池晓芸", "产科", "副主任医师", "2024年3月1日至2024年8月31日", d(2024, 3, 1), d(2024, 8, 31)),
              ("qian", "钱韵", "儿童保健科", "主治医师", "2024年3月1日至2024年8月31日", d(2024, 3, 1), d(2024, 8, 31)),
              ("meng", "孟春燕", "护理部", "副主任护师", "2024年7月1日至2024年12月31日", d(2024, 7, 1), d(2024, 12, 31))]
    for i, (key, name, dept, title, period, s, e) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, period])
        row("deployments", fn, sh, len(rows), dep(dept, title, s, e),
            {"support_hospital_id": CMCH, "recipient_hospital_id": LWMCH}, ["start_date", "department"],
            id_number=ID[key])
    rows.append(["填表人：办公室", None, None, None, "填表日期：2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_qy_trainees_xlsx(path: Path):
    """栖云县人民医院 科教科: 填报单位 line, date cells, 进修费用（元） 0 / 3000, the host once written short
    (省人民医院: the only one in the province), 是/否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖云县人民医院2024年外出进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["填报单位：栖云县人民医院"])
    ws.append(["序号", "姓名", "性别", "身份证号", "进修科室", "进修单位", "开始时间", "结束时间", "进修费用（元）",
               "是否结业"])
    people = [("zhu", "朱晓航", "男", "心血管内科", P1, (2024, 3, 1), (2024, 8, 31), 0, "是", True),
              ("hewq", "何婉清", "女", "重症医学科", "省人民医院", (2024, 3, 1), (2024, 8, 31), 3000, "是", True),
              ("xie", "谢朝阳", "男", "麻醉科", P1, (2024, 9, 2), (2025, 2, 28), 3000, "否", False)]
    for i, (key, name, sex, dept, host, s, e, fee, done, donev) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, host, dt.date(*s), dt.date(*e), fee, done])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy年m月d日"
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(fee),
                                         completed=donev),
            {"recipient_hospital_id": QY, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, "审核：", None, None, "2025年1月12日"])
    wb.save(path)


def f_lw_trainees_xls(path: Path):
    """芦湾县人民医院 (.xls): two-row header (进修时间 merged over 起 | 止), date cells, 收费（元）, 已结业/未结业."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write_merge(0, 0, 0, 7, f"芦湾县人民医院2024年进修人员情况表（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "进修科室", "进修医院"]):
        ws.write_merge(1, 2, j, j, h)
    ws.write_merge(1, 1, 5, 6, "进修时间")
    ws.write(2, 5, "起")
    ws.write(2, 6, "止")
    ws.write_merge(1, 2, 7, 7, "收费（元）")
    ws.write_merge(1, 2, 8, 8, "结业情况")
    people = [("deng", "邓一凡", "普外科", (2024, 4, 1), (2024, 9, 30), 0, "已结业", True),
              ("feng", "冯雅琴", "护理部", (2024, 4, 1), (2024, 6, 30), 1500, "已结业", True)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        r = 2 + i
        for j, v in ((0, i), (1, name), (2, use_id(key)), (3, dept), (4, P1), (7, fee), (8, done)):
            ws.write(r, j, v)
        ws.write(r, 5, dt.datetime(*s), date_style)
        ws.write(r, 6, dt.datetime(*e), date_style)
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(fee),
                                             completed=donev),
            {"recipient_hospital_id": LW, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    ws.write(5, 0, "填表人：医务科")
    wb.save(str(path))


def f_wc_trainees_csv(path: Path):
    """苇川县人民医院 (CSV, UTF-8 with BOM): 起止时间 "2024.3.4-2024.9.3" in one column, 进修费 2000."""
    fn = path.name
    rows = [[f"苇川县人民医院2024年赴澄川市人民医院进修人员（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "起止时间", "进修费", "是否结业"]]
    people = [("fang", "方知远", "儿科", "2024.3.4-2024.9.3", "是", d(2024, 3, 4), d(2024, 9, 3), True),
              ("peng", "彭雨涵", "检验科", "2024.9.2-2025.3.1", "否", d(2024, 9, 2), d(2025, 3, 1), False)]
    for i, (key, name, dept, period, done, s, e, donev) in enumerate(people, 1):
        rows.append([str(i), name, use_id(key), dept, C1, period, "2000", done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=2000.0,
                                                   completed=donev),
            {"recipient_hospital_id": WC, "host_hospital_id": C1}, ["start_date", "department"], id_number=ID[key])
    write_csv(path, rows, "utf-8", bom=True)


def f_qy_techniques_xlsx(path: Path):
    """栖云县人民医院 医务科: 新技术新项目统计表, date cells, 是/否, 帮扶医院 column, 合计 row."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖云县人民医院2024年新技术新项目统计表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "帮扶医院"])
    items = [("冠状动脉造影术", "心血管内科", (2024, 5, 10), 18, "是", True),
             ("无创呼吸机序贯治疗", "呼吸与危重症医学科", (2024, 4, 2), 35, "否", False),
             ("超声引导下神经阻滞", "麻醉科", (2024, 10, 15), 12, "是", True)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, dt.date(*day), cases, gap, P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=d(*day),
                                                    cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": QY, "support_hospital_id": P1}, ["name"])
    ws.append(["合计", "3项", None, None, sum(x[3] for x in items), None, None])
    wb.save(path)


def f_wctcm_techniques_csv(path: Path):
    """苇川县中医医院 (CSV in GBK): 首次开展日期 "2024-06-18", 例数 as numbers, 填补县域空白 是/否."""
    fn = path.name
    rows = [[f"苇川县中医医院2024年开展新技术新业务情况（{SYN}）", "", "", "", "", ""],
            ["项目名称", "开展科室", "首次开展日期", "例数", "填补县域空白", "支援单位"]]
    items = [("小针刀松解术", "骨伤科", "2024-06-18", 46, "否", d(2024, 6, 18), False),
             ("中药穴位贴敷疗法", "康复科", "2024-07-01", 120, "否", d(2024, 7, 1), False)]
    for name, dept, when, cases, gap, day, gapv in items:
        rows.append([name, dept, when, str(cases), gap, PTCM])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=day,
                                                     cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": WCTCM, "support_hospital_id": PTCM}, ["name"])
    write_csv(path, rows, "gbk")


def f_lw_activities_xlsx(path: Path):
    """芦湾县人民医院: 带教培训活动记录, both hospitals in the title, date cells, 主讲人 column, "约40人"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀澜省人民医院对口支援芦湾县人民医院带教培训活动记录（2024年）{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "日期", "活动类型", "内容", "主讲（主持）人", "参加人数"])
    acts = [((2024, 3, 15), "教学查房", "急性阑尾炎病例查房", "高致远", 15, 15),
            ((2024, 4, 10), "学术讲座", "围手术期护理要点", "唐静宜", "约40人", None),
            ((2024, 5, 22), "手术示教", "腹腔镜胆囊切除术", "高致远", 8, 8),
            ((2024, 6, 19), "疑难病例讨论", "腹部包块待查", "高致远", 12, 12)]
    for i, (day, typ, topic, who, n, nv) in enumerate(acts, 1):
        ws.append([i, dt.date(*day), typ, topic, who, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy/m/d"
        row("activities", fn, sh, ws.max_row, dict(activity_date=d(*day), activity_type=typ, topic=topic,
                                                    participants=nv),
            {"recipient_hospital_id": LW, "support_hospital_id": P1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.append(["记录人：医务科", None, None, None, "2025年1月6日"])
    wb.save(path)


def f_qytcm_activities_ods(path: Path):
    """栖云县中医医院 (.ods): 时间 "2024年4月8日", 形式, 题目, 参加人员（人）, 支援单位 column."""
    fn, sh = path.name, "活动登记"
    rows = [[f"栖云县中医医院2024年对口支援帮扶活动登记表（{SYN}）"],
            ["时间", "形式", "题目", "参加人员（人）", "支援单位"]]
    acts = [("2024年4月8日", "学术讲座", "针灸治疗周围性面瘫", 26, d(2024, 4, 8)),
            ("2024年6月3日", "义诊", "三伏贴义诊", 60, d(2024, 6, 3)),
            ("2024年9月12日", "技术培训", "中医适宜技术培训", 30, d(2024, 9, 12))]
    for when, typ, topic, n, day in acts:
        rows.append([when, typ, topic, n, PTCM])
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=typ, topic=topic, participants=n),
            {"recipient_hospital_id": QYTCM, "support_hospital_id": PTCM}, ["activity_date", "activity_type"])
    rows.append(["填表人：院办", None, None, None, "2025年1月7日"])
    ods_doc(path, {sh: rows})


QY_MONTHS = {m: [21300 + 410 * m, 1480 + 23 * m, 312 + 7 * m, 46 - 2 * m] for m in range(1, 13)}


def f_qy_monthly(path: Path, corrected: bool):
    """栖云县人民医院 统计室: months 1月 … 12月 as rows, 合计 row. The 更正 file is the full year again with
    July's 门急诊人次 corrected (and replaces the first file's rows: the contract's full replacement)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖云县人民医院2024年1-12月主要业务量统计{'（更正）' if corrected else ''}（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人次", "住院手术台次", "转出人次"])
    tot = [0, 0, 0, 0]
    for m, v in QY_MONTHS.items():
        v = list(v)
        if not corrected and m == 7:
            v[0] = 2460   # the typo the 更正 file corrects (24,170 → 2,460)
        ws.append([f"{m}月", *v])
        tot = [a + b for a, b in zip(tot, v)]
        if corrected:
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": QY}, ["year", "month"])
    ws.append(["合计", *tot])
    ws.append(["填报人：统计室", None, "填报日期：2025年1月15日" if corrected else "填报日期：2025年1月8日"])
    wb.save(path)


def f_lwmch_monthly_xls(path: Path):
    """芦湾县妇幼保健院 (.xls): months as columns (指标 | 1月 … 12月 | 合计), one measure a row, 下转接收人次."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 13, f"芦湾县妇幼保健院2024年业务量月报汇总（{SYN}）")
    ws.write(1, 0, "指标")
    for m in range(1, 13):
        ws.write(1, m, f"{m}月")
    ws.write(1, 13, "合计")
    measures = [("门急诊人次", "outpatient_visits", lambda m: 5200 + 130 * m),
                ("出院人数", "discharges", lambda m: 310 + 4 * m),
                ("手术台次", "surgeries", lambda m: 72 + m),
                ("外转人次", "referrals_out", lambda m: 9 + m % 5),
                ("下转接收人次", "referrals_down_received", lambda m: 2 + m % 3)]
    for i, (label, _, f) in enumerate(measures):
        r = 2 + i
        ws.write(r, 0, label)
        for m in range(1, 13):
            ws.write(r, m, f(m))
        ws.write(r, 13, sum(f(m) for m in range(1, 13)))
    ws.write(2 + len(measures), 0, "填报人：统计员")
    wb.save(str(path))
    for m in range(1, 13):
        row("hospital_monthly_stats", fn, sh, list(range(3, 3 + len(measures))),
            dict(year=2024, month=m, **{k: f(m) for _, k, f in measures}), {"recipient_hospital_id": LWMCH},
            ["year", "month"])


def f_wc_assessments_xlsx(path: Path):
    """苇川县人民医院 人事科: 派驻人员月度考核表 (7-9月), one row per person and month, 月份 "2024年7月", 派出医院."""
    fn, sh = path.name, "7-9月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇川县人民医院对口支援派驻人员月度考核表（2024年第三季度）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "派出医院", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"])
    items = [("xu", "许嘉树", 7, 95, 4, 4), ("cao", "曹文澜", 7, 92, 4, 4), ("xu", "许嘉树", 8, 96, 4, 4),
             ("cao", "曹文澜", 8, 90.5, 4, 3), ("xu", "许嘉树", 9, 94, 3, 3), ("lv", "吕文博", 9, 91, 2, 2)]
    for i, (key, name, m, sc, chk, pres) in enumerate(items, 1):
        ws.append([i, name, use_id(key), C1, f"2024年{m}月", sc, chk, pres])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": WC, "support_hospital_id": C1}, ["year", "month"], id_number=ID[key])
    ws.append(["考核人：", None, None, "人事科", None, "2024年10月8日"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澄川市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_汀澜省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_汀澜省人民医院2024年派驻人员花名册.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_省中医院派驻人员名单2024.xls"),
             (f_county_stats, "省直", "SYNTHETIC_2024年各县县域住院流向统计.xlsx"),
             (f_c1_roster_csv, "澄川市", "SYNTHETIC_市人民医院派驻苇川县人员.csv"),
             (f_cmch_roster_ods, "澄川市", "SYNTHETIC_市妇幼派驻人员名单.ods"),
             (f_qy_trainees_xlsx, "澄川市", "SYNTHETIC_栖云县人民医院2024年进修人员登记表.xlsx"),
             (f_lw_trainees_xls, "澄川市", "SYNTHETIC_芦湾县人民医院进修人员情况.xls"),
             (f_wc_trainees_csv, "澄川市", "SYNTHETIC_苇川县人民医院进修人员2024.csv"),
             (f_qy_techniques_xlsx, "澄川市", "SYNTHETIC_栖云县人民医院新技术新项目2024.xlsx"),
             (f_wctcm_techniques_csv, "澄川市", "SYNTHETIC_苇川县中医医院新技术.csv"),
             (f_lw_activities_xlsx, "澄川市", "SYNTHETIC_芦湾县人民医院带教培训活动记录.xlsx"),
             (f_qytcm_activities_ods, "澄川市", "SYNTHETIC_栖云县中医医院帮扶活动登记.ods"),
             (lambda p: f_qy_monthly(p, False), "澄川市", "SYNTHETIC_栖云县人民医院2024年业务量统计.xlsx"),
             (lambda p: f_qy_monthly(p, True), "澄川市", "SYNTHETIC_栖云县人民医院2024年业务量统计（更正）.xlsx"),
             (f_lwmch_monthly_xls, "澄川市", "SYNTHETIC_芦湾县妇幼保健院2024年业务量月报.xls"),
             (f_wc_assessments_xlsx, "澄川市", "SYNTHETIC_苇川县人民医院派驻人员考核7-9月.xlsx")]
    base_time = dt.datetime(2025, 1, 20, 9, 0).timestamp()
    for i, (fnc, folder, name) in enumerate(files):
        p = raw / folder / name
        fnc(p)
        os.utime(p, (base_time + 3600 * i, base_time + 3600 * i))   # the 更正 file arrives after the first
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
