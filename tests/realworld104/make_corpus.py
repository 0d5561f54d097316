"""realworld104 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅川省) after its second annual cycle:
the folder a data manager holds with two years in it (2024 and 2025). The 2025 pairing list renames a recipient
(芷阳县人民医院 → 芷阳县第一人民医院, the old name still used in some 2025 files), adds a pairing and no longer lists
one whose 支援期限 ended on 2024-12-31; rosters with stays crossing the new year; a 2024 trainee list resubmitted in
2025 as a correction (更正版, later 填报日期) replacing its first version; the same person dispatched in both years;
monthly statistics of both years in one workbook (sheets 24年 / 25年); a trainee whose 进修 runs over the year
boundary; files in 2024/ and 2025/ and, in 收件箱/, files whose year is only in the title. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024,2025,收件箱}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser (only README.md, docs/intake.md, docs/data-dictionary.md,
the shared data contract and programme rules, tests/corpus_harness.py and tests/realworld15 were read).
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


# ------------------------------------------------------------------------------------------- hospitals
P1, C1, PTCM = "琅川省人民医院", "澜州市中心医院", "琅川省中医院"
ZY_OLD, ZY = "芷阳县人民医院", "芷阳县第一人民医院"          # 更名 from 2025-01-01 (the 2025 list's 备注)
CY, CYTCM = "澄渊县人民医院", "澄渊县中医医院"
QW, QWTCM = "栖梧县人民医院", "栖梧县中医医院"
CY_MCH = "澄渊县妇幼保健院"                                  # in no pairing list
RECIP = {ZY: ("二级", "甲等", "综合医院", "芷阳县"), CY: ("二级", "甲等", "综合医院", "澄渊县"),
         CYTCM: ("二级", "乙等", "中医医院", "澄渊县"), QW: ("二级", "乙等", "综合医院", "栖梧县"),
         QWTCM: ("二级", "乙等", "中医医院", "栖梧县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19760514", "031"), "gu": ("990301", "19830922", "046"), "song": ("990302", "19880307", "015"),
    "du": ("990303", "19870611", "024"),
    "han": ("990401", "19850419", "053"), "zhou": ("990401", "19890826", "068"), "xu": ("990402", "19800102", "027"),
    "tang": ("990311", "19920630", "044"), "lu": ("990311", "19901215", "039"), "wei": ("990312", "19931104", "012"),
    "shen": ("990311", "19950318", "086"), "cheng": ("990312", "19940721", "057"),
    "fang": ("990501", "19790909", "035"), "bai": ("990501", "19861128", "048"), "qiu": ("990502", "19930402", "019"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def add_row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def trn(dept, start, end, fee, done):
    return dict(department=dept, start_date=start, end_date=end, fee_charged=fee, completed=done)


# places of rows that appear in two files (one record each): filled as the files are written
PLACES: dict[str, list] = {}

# ------------------------------------------------------------------------------------------- reference
F_LIST24 = "SYNTHETIC_附件1_琅川省城乡医院对口支援关系表（2024年度）.xlsx"
F_LIST25 = "SYNTHETIC_附件1_琅川省城乡医院对口支援关系表（2025年度）.xls"


def list_2024(path: Path):
    """附件1 of 2024: 受援医院 first, 等级 as 二级甲等, 所在县, 支援医院, 协议签订日期 as date cells, 支援期限
    "2024.01.01-2026.12.31" (澄渊县中医医院's pairing only for 2024: "2024.01.01-2024.12.31")."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅川省城乡医院对口支援关系表（2024年度）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    rows = [(ZY_OLD, ZY, P1, dt.date(2023, 12, 15), "2024.01.01-2026.12.31"),
            (CY, CY, C1, dt.date(2023, 12, 20), "2024.01.01-2026.12.31"),
            (CYTCM, CYTCM, C1, dt.date(2023, 12, 20), "2024.01.01-2024.12.31"),
            (QW, QW, P1, dt.date(2023, 12, 15), "2024.01.01-2026.12.31")]
    for i, (written, r, s, agt, per) in enumerate(rows, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, written, level + grade, cat, county, s, agt, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
    ws.append([f"注：{SYN}，医院名称均为虚构。支援期限届满未续签的，对口支援关系自然终止。"])
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["F"].width = 20
    wb.save(path)


def list_2025(path: Path):
    """附件1 of 2025 (.xls): the renamed recipient under its new name with 备注 "原芷阳县人民医院，2025年1月1日起更名";
    澄渊县中医医院's pairing no longer listed (its 支援期限 ended 2024-12-31); a new pairing 琅川省中医院 → 栖梧县中医医院
    from 2025-03-01 (备注 2025年新增); 协议签订日期 typed as text, 支援期限 "2024年1月1日—2026年12月31日"."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    ws.write(0, 0, f"附件1：琅川省城乡医院对口支援关系表（2025年度）（{SYN}）")
    hdr = ["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    rows = [(ZY, P1, "2023-12-15", "2024年1月1日—2026年12月31日", "原芷阳县人民医院，2025年1月1日起更名"),
            (CY, C1, "2023-12-20", "2024年1月1日—2026年12月31日", ""),
            (QW, P1, "2023-12-15", "2024年1月1日—2026年12月31日", ""),
            (QWTCM, PTCM, "2025-02-18", "2025年3月1日—2026年12月31日", "2025年新增")]
    for i, (r, s, agt, per, note) in enumerate(rows, 1):
        level, grade, cat, county = RECIP[r]
        for j, v in enumerate([i, r, level + grade, cat, county, s, agt, per, note]):
            ws.write(1 + i, j, v)
    ws.write(2 + len(rows), 0, f"注：{SYN}。澄渊县中医医院与澜州市中心医院对口支援关系已于2024年12月31日期满终止。")
    wb.save(str(path))

    # the truth of both lists together: one registry, five pairings
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, C1, PTCM):
        truth["hospitals"].append({"name": s})
    for s, r, start, end, agt in ((P1, ZY, d(2024, 1, 1), d(2026, 12, 31), d(2023, 12, 15)),
                                  (C1, CY, d(2024, 1, 1), d(2026, 12, 31), d(2023, 12, 20)),
                                  (C1, CYTCM, d(2024, 1, 1), d(2024, 12, 31), d(2023, 12, 20)),
                                  (P1, QW, d(2024, 1, 1), d(2026, 12, 31), d(2023, 12, 15)),
                                  (PTCM, QWTCM, d(2025, 3, 1), d(2026, 12, 31), d(2025, 2, 18))):
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agt, "start_date_source": "support_period"})


# ------------------------------------------------------------------------------------------- 2024/
F_P1_24 = "SYNTHETIC_省人民医院2024年派驻人员花名册.xlsx"
F_C1_24 = "SYNTHETIC_市中心医院派驻人员名单2024.xls"
F_TR_V1 = "SYNTHETIC_芷阳县人民医院进修人员2024.csv"
F_ACT_24 = "SYNTHETIC_市中心医院对口支援澄渊县中医医院活动记录2024.xlsx"


def roster_p1(path: Path, year: int, people, reported: str):
    """省人民医院's own template, the same both years: 派驻单位, 派驻开始时间 / 派驻结束时间 as date cells, 挂职职务, 备注;
    a 填报日期 line under the table."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅川省人民医院{year}年度对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间",
               "挂职职务", "备注"])
    for i, (key, name, sex, dept, title, rec_written, s, e, post, note, fields) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, title, rec_written, s, e, post, note])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        PLACES.setdefault(key + fields["start_date"], []).append((fn, sh, r))
    ws.append([])
    ws.append(["填报人：医务部", None, None, None, None, None, "审核人：", None, f"填报日期：{reported}"])
    ws.column_dimensions["D"].width = 22
    wb.save(path)


P1_2024 = [
    ("lin", "林慕白", "男", "心血管内科", "主任医师", ZY_OLD, dt.date(2024, 3, 4), dt.date(2024, 8, 31), "副院长", None,
     dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 31), position_at_recipient="副院长")),
    ("gu", "顾采薇", "女", "儿科", "副主任医师", ZY_OLD, dt.date(2024, 10, 8), dt.date(2025, 4, 7), None, "跨年度",
     dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 10, 8), d(2025, 4, 7), position_at_recipient=None)),
    ("song", "宋怀瑾", "男", "普外科", "主治医师", ZY_OLD, dt.date(2024, 10, 8), dt.date(2025, 4, 7), None, "跨年度",
     dep("普外科", "主治医师", "中级", "医疗", d(2024, 10, 8), d(2025, 4, 30), position_at_recipient=None)),
]
# the 2025 roster: 顾采薇 and 宋怀瑾 again (the stays that cross the year; 宋怀瑾's extended to 2025-04-30), written once
# under the new name and once under the old one; 林慕白 dispatched again (same ID number); 杜若衡 new.
P1_2025 = [
    ("gu", "顾采薇", "女", "儿科", "副主任医师", ZY, dt.date(2024, 10, 8), dt.date(2025, 4, 7), None,
     "2024年10月派驻，跨年度", P1_2024[1][10]),
    ("song", "宋怀瑾", "男", "普外科", "主治医师", ZY_OLD, dt.date(2024, 10, 8), dt.date(2025, 4, 30), None,
     "延期至2025年4月30日", P1_2024[2][10]),
    ("lin", "林慕白", "男", "心血管内科", "主任医师", ZY, dt.date(2025, 3, 3), dt.date(2025, 8, 29), "副院长", "第二次派驻",
     dep("心血管内科", "主任医师", "正高级", "医疗", d(2025, 3, 3), d(2025, 8, 29), position_at_recipient="副院长")),
    ("du", "杜若衡", "女", "护理部", "主管护师", ZY, dt.date(2025, 5, 6), dt.date(2025, 11, 5), None, None,
     dep("护理部", "主管护师", "中级", "护理", d(2025, 5, 6), d(2025, 11, 5), position_at_recipient=None)),
]


def roster_c1(path: Path):
    """市中心医院 (.xls): 受援单位 per row, 派驻时间 "2024.03.01-2024.08.31" in one text cell; the stay at 澄渊县中医医院
    ends with the pairing (备注 协议期满撤回); one person sent to 澄渊县妇幼保健院, a hospital in no pairing list."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜州市中心医院2024年对口支援派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻时间", "备注"]):
        ws.write(1, j, h)
    people = [("han", "韩素问", "康复医学科", "主治医师", CYTCM, "2024.03.01-2024.08.31", "",
               dep("康复医学科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("xu", "许清和", "妇产科", "副主任医师", CY_MCH, "2024.05.06-2024.11.05", "", None),
              ("zhou", "周叙白", "检验科", "主管技师", CYTCM, "2024.09.01-2024.12.31", "协议期满撤回",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 9, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, rec, per, note, fields) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, rec, per, note]):
            ws.write(1 + i, j, v)
        r = 2 + i
        if fields is None:
            quarantine(fn, sh, r, "unresolved_hospital", "派驻单位澄渊县妇幼保健院不在任何对口支援关系表中")
        else:
            add_row("deployments", [(fn, sh, r)], fields, {"support_hospital_id": C1, "recipient_hospital_id": rec},
                    ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表：医务科    填报日期：2024年12月28日")
    wb.save(str(path))


def csv_bytes(lines, encoding, bom=False):
    """Lines padded to the widest one with empty fields, as Excel saves a sheet as CSV."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = max(len(ln) for ln in lines)
    for ln in lines:
        w.writerow(list(ln) + [""] * (width - len(ln)))
    text = buf.getvalue()
    return (("\ufeff" if bom else "") + text).encode(encoding)


TR_HDR = ["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"]


def trainees_v1(path: Path):
    """芷阳县人民医院's 2024 list, first version (GBK CSV, 填报日期 2024-12-20): 唐若溪 with a 2000-yuan fee,
    陆听澜 2024-11-01 to 2025-04-30, 魏东篱 (listed by mistake, dropped by the correction)."""
    lines = [[f"芷阳县人民医院2024年度赴上级医院进修人员名单（{SYN}）"], TR_HDR,
             [1, "唐若溪", use_id("tang"), "心血管内科", P1, "2024-03-01", "2024-08-31", "2000", "是"],
             [2, "陆听澜", use_id("lu"), "重症医学科", P1, "2024-11-01", "2025-04-30", "0", "否"],
             [3, "魏东篱", use_id("wei"), "医学影像科", P1, "2024-09-01", "2025-02-28", "0", "否"],
             ["填报日期：2024年12月20日"]]
    path.write_bytes(csv_bytes(lines, "gbk"))


def activities_c1(path: Path):
    """市中心医院 → 澄渊县中医医院, both only in the title; 参加人数 "约30人" (→ empty + finding)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜州市中心医院对口支援澄渊县中医医院活动记录（2024年）{SYN}"])
    ws.merge_cells("A1:E1")
    ws.append(["日期", "活动类型", "主题", "主讲人", "参加人数"])
    for day, typ, topic, who, n, nv in ((dt.date(2024, 4, 18), "学术讲座", "康复评定规范", "韩素问", 28, 28),
                                        (dt.date(2024, 7, 9), "教学查房", "脑卒中康复查房", "韩素问", 15, 15),
                                        (dt.date(2024, 11, 21), "技术培训", "检验室内质控培训", "周叙白", "约30人", None)):
        ws.append([day, typ, topic, who, n])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy/m/d"
        add_row("activities", [(fn, sh, r)], dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
                {"recipient_hospital_id": CYTCM, "support_hospital_id": C1}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 2025/
F_TR_V2 = "SYNTHETIC_芷阳县人民医院进修人员2024（更正版）.csv"
F_P1_25 = "SYNTHETIC_省人民医院2025年派驻人员花名册.xlsx"
F_PTCM_25 = "SYNTHETIC_省中医院派驻栖梧县中医医院人员.ods"
F_MONTHLY_ZY = "SYNTHETIC_芷阳县人民医院月度业务统计.xlsx"
F_TECH_QW = "SYNTHETIC_栖梧县中医医院新技术新项目2025.xls"


def trainees_v2(path: Path):
    """The 2024 list again, 更正版, UTF-8 with BOM, 填报日期 2025-01-15: as many rows as the first version, 唐若溪's fee
    corrected to 0, 陆听澜's end corrected to 2025-05-31, 魏东篱 removed and 沈疏桐 added (a 说明 line says so)."""
    fn = path.name
    lines = [[f"芷阳县人民医院2024年度赴上级医院进修人员名单（更正版）（{SYN}）"], TR_HDR,
             [1, "唐若溪", use_id("tang"), "心血管内科", P1, "2024-03-01", "2024-08-31", "0", "是"],
             [2, "陆听澜", use_id("lu"), "重症医学科", P1, "2024-11-01", "2025-05-31", "0", "否"],
             [3, "沈疏桐", use_id("shen"), "超声医学科", P1, "2024-06-01", "2024-11-30", "0", "是"],
             ["说明：唐若溪进修费用误填，应为免费；陆听澜结束日期更正；魏东篱实际未赴省人民医院进修，已删除；补报沈疏桐。"],
             ["填报日期：2025年1月15日"]]
    path.write_bytes(csv_bytes(lines, "utf-8", bom=True))
    add_row("trainees", [(fn, None, 3)], trn("心血管内科", d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
            {"recipient_hospital_id": ZY, "host_hospital_id": P1}, ["start_date"], id_number=ID["tang"])
    PLACES["lu"] = [(fn, None, 4)]
    add_row("trainees", [(fn, None, 5)], trn("超声医学科", d(2024, 6, 1), d(2024, 11, 30), 0.0, True),
            {"recipient_hospital_id": ZY, "host_hospital_id": P1}, ["start_date"], id_number=ID["shen"])


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


def roster_ptcm(path: Path):
    """省中医院 → 栖梧县中医医院 (the pairing new in 2025), the recipient only in the title; 派驻时间
    "2025年3月10日至2025年9月9日" / "2025年3月10日至今"; one person with 派驻时间 left blank (held: the start is required)."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"琅川省中医院2025年派驻栖梧县中医医院医务人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻时间", "备注"]]
    for i, (key, name, dept, title, per, fields) in enumerate((
            ("fang", "方知远", "针灸科", "副主任中医师", "2025年3月10日至2025年9月9日",
             dep("针灸科", "副主任中医师", "副高级", "医疗", d(2025, 3, 10), d(2025, 9, 9))),
            ("bai", "白芷晴", "康复科", "主治中医师", "2025年3月10日至今",
             dep("康复科", "主治中医师", "中级", "医疗", d(2025, 3, 10), None)),
            ("qiu", "邱望舒", "推拿科", "中医师", None, None)), 1):
        rows.append([i, name, use_id(key), dept, title, per, None])
        r = len(rows)
        if fields is None:
            quarantine(fn, sh, r, "missing_required", "派驻时间空白：派驻起始日期是必填项")
        else:
            add_row("deployments", [(fn, sh, r)], fields, {"support_hospital_id": PTCM, "recipient_hospital_id": QWTCM},
                    ["start_date"], id_number=ID[key])
    rows.append(["填报日期：2025年7月2日"])
    ods_doc(path, {sh: rows})


def zy_month(y, m):
    base = 21000 if y == 2024 else 22300
    return [base + 137 * m + (m % 3) * 41, 1480 + 23 * m - (m % 4) * 9, 352 + 7 * m, 61 - m - (m % 2) * 3, 4 + m % 5]


def monthly_zy(path: Path):
    """芷阳's statistics clerk keeps both years in one workbook: sheets "24年" (1–12月) and "25年" (1–6月 filled, 7–12月
    printed blank); the title without a year and with the old name on both sheets; 下转接收人次."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for sh, y, months in (("24年", 2024, range(1, 13)), ("25年", 2025, range(1, 7))):
        ws = wb.active if first else wb.create_sheet(sh)
        first = False
        ws.title = sh
        ws.append([f"芷阳县人民医院月度业务量统计表（{SYN}）"])
        ws.merge_cells("A1:F1")
        ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
        for m in range(1, 13):
            if m in months:
                v = zy_month(y, m)
                ws.append([f"{m}月", *v])
                add_row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
                        dict(year=y, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2],
                             referrals_out=v[3], referrals_down_received=v[4]),
                        {"recipient_hospital_id": ZY}, ["year", "month"])
            else:
                ws.append([f"{m}月", None, None, None, None, None])
        ws.append(["统计：病案统计室"])
    wb.save(path)


def techniques_qw(path: Path):
    """栖梧县中医医院 (.xls): 首次开展时间 as text "2025.04.15"; 开展例数 "12" and "若干" (→ empty + finding)."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"栖梧县中医医院2025年新技术新项目开展情况（{SYN}）")
    for j, h in enumerate(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"]):
        ws.write(1, j, h)
    items = [("浮针疗法", "针灸科", "2025.04.15", "12", "是", d(2025, 4, 15), 12, True),
             ("中药熏蒸治疗", "康复科", "2025.05.20", "若干", "否", d(2025, 5, 20), None, False)]
    for i, (name, dept, when, cases, gap, day, cv, gv) in enumerate(items, 1):
        for j, v in enumerate([i, name, dept, when, cases, gap, PTCM]):
            ws.write(1 + i, j, v)
        r = 2 + i
        add_row("techniques", [(fn, sh, r)], dict(name=name, department=dept, first_performed_date=day, cases=cv,
                                                  fills_county_gap=gv),
                {"recipient_hospital_id": QWTCM, "support_hospital_id": PTCM}, ["name"])
        if cv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.write(2 + len(items), 0, "填报人：医务科")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 收件箱/ (year only in titles)
F_ASSESS = "SYNTHETIC_派驻人员月度考核表.xlsx"
F_COUNTY = "SYNTHETIC_各县县域住院流向统计.ods"
F_TR_25 = "SYNTHETIC_芷阳县第一人民医院进修人员情况.xlsx"
F_MONTHLY_CY = "SYNTHETIC_澄渊县中医医院业务统计.csv"


def assessments(path: Path):
    """芷阳's monthly assessment of 省人民医院's staff: sheets "12月" and "1月"; the year only in each sheet's title
    (2024年12月 under the old name, 2025年1月 under the new one)."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for sh, y, m, hosp, scores in (("12月", 2024, 12, ZY_OLD, (95, 92.5)), ("1月", 2025, 1, ZY, (96, 90))):
        ws = wb.active if first else wb.create_sheet(sh)
        first = False
        ws.title = sh
        ws.append([f"{hosp}派驻人员月度考核表（{y}年{m}月）{SYN}"])
        ws.merge_cells("A1:G1")
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
        for i, ((key, name), sc) in enumerate(zip((("gu", "顾采薇"), ("song", "宋怀瑾")), scores), 1):
            present = 2 if (key, m) == ("song", 1) else 3
            ws.append([i, name, use_id(key), P1, sc, 3, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            add_row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                    dict(year=y, month=m, score=float(sc), spot_checks=3, spot_checks_present=present),
                    {"recipient_hospital_id": ZY, "support_hospital_id": P1}, ["month"], id_number=ID[key])
        ws.append(["考核人：医务科"])
    wb.save(path)


def county_flow(path: Path):
    """The province clerk's county table (.ods), the year only in the title."""
    fn, sh = path.name, "县域住院"
    rows = [[f"2024年度各县县域住院流向统计（{SYN}）"],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"]]
    for county, code, tot, out in (("芷阳县", "999101", 41260, 7315), ("澄渊县", "999102", 30588, 6042),
                                   ("栖梧县", "999103", 22907, 5196)):
        rows.append([county, code, tot, out])
        add_row("county_inpatient_stats", [(fn, sh, len(rows))],
                dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
                {}, ["county_code"])
    rows.append(["注：数据虚构，仅供测试。"])
    ods_doc(path, {sh: rows})


def trainees_2025(path: Path):
    """芷阳 (new name) in July 2025: 陆听澜 again (2024.11.01—2025.05.31, now 已结业), 程映雪 new (在修); 进修起止时间
    in one cell; the year only in the title."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷阳县第一人民医院2025年上半年进修人员情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["姓名", "身份证号", "科室", "进修单位", "进修起止时间", "费用（元）", "结业情况"])
    ws.append(["陆听澜", use_id("lu"), "重症医学科", P1, "2024.11.01—2025.05.31", 0, "已结业"])
    ws.cell(3, 2).number_format = "@"
    PLACES["lu"].append((fn, sh, 3))
    add_row("trainees", PLACES["lu"], trn("重症医学科", d(2024, 11, 1), d(2025, 5, 31), 0.0, True),
            {"recipient_hospital_id": ZY, "host_hospital_id": P1}, ["start_date"], id_number=ID["lu"])
    ws.append(["程映雪", use_id("cheng"), "麻醉科", P1, "2025.03.01—2025.08.31", 0, "在修"])
    ws.cell(4, 2).number_format = "@"
    add_row("trainees", [(fn, sh, 4)], trn("麻醉科", d(2025, 3, 1), d(2025, 8, 31), 0.0, False),
            {"recipient_hospital_id": ZY, "host_hospital_id": P1}, ["start_date"], id_number=ID["cheng"])
    ws.append(["填报日期：2025年7月10日"])
    wb.save(path)


def monthly_cy(path: Path):
    """澄渊县中医医院 (UTF-8 CSV without BOM): months "1月" … "12月", the year only in the title."""
    fn = path.name
    lines = [[f"澄渊县中医医院2024年1-12月业务统计（{SYN}）"], ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    for m in range(1, 13):
        v = [8400 + 95 * m + (m % 4) * 30, 510 + 9 * m, 96 + 2 * m, 22 - m // 2]
        lines.append([f"{m}月", *v])
        add_row("hospital_monthly_stats", [(fn, None, len(lines))],
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": CYTCM}, ["month"])
    lines.append(["合计", *[sum(8400 + 95 * m + (m % 4) * 30 for m in range(1, 13)),
                           sum(510 + 9 * m for m in range(1, 13)), sum(96 + 2 * m for m in range(1, 13)),
                           sum(22 - m // 2 for m in range(1, 13))]])
    path.write_bytes(csv_bytes(lines, "utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024", "2025", "收件箱"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    list_2024(raw / "reference" / F_LIST24)
    list_2025(raw / "reference" / F_LIST25)
    files = [(lambda p: roster_p1(p, 2024, P1_2024, "2024年12月25日"), "2024", F_P1_24),
             (roster_c1, "2024", F_C1_24),
             (trainees_v1, "2024", F_TR_V1),
             (activities_c1, "2024", F_ACT_24),
             (trainees_v2, "2025", F_TR_V2),
             (lambda p: roster_p1(p, 2025, P1_2025, "2025年6月30日"), "2025", F_P1_25),
             (roster_ptcm, "2025", F_PTCM_25),
             (monthly_zy, "2025", F_MONTHLY_ZY),
             (techniques_qw, "2025", F_TECH_QW),
             (assessments, "收件箱", F_ASSESS),
             (county_flow, "收件箱", F_COUNTY),
             (trainees_2025, "收件箱", F_TR_25),
             (monthly_cy, "收件箱", F_MONTHLY_CY)]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    # the 省人民医院 deployments: one record per stay (person, recipient, start), at every place it is written
    for people in (P1_2024, P1_2025):
        for key, *_rest, fields in people:
            k = key + fields["start_date"]
            if any(e.get("_k") == k for e in truth["rows"]):
                continue
            truth["rows"].append({"table": "deployments", "places": [list(p) for p in PLACES[k]], "fields": fields,
                                  "hospitals": {"support_hospital_id": P1, "recipient_hospital_id": ZY},
                                  "keys": ["start_date"], "id_number": ID[key], "_k": k})
    for e in truth["rows"]:
        e.pop("_k", None)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
