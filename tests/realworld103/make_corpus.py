"""realworld103 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅川省) at the end of 2024: the
pairing list in data/raw/reference/ and the year-end reports of new techniques (新技术新项目) and teaching activities
(带教、教学查房、手术示教、学术讲座、义诊、远程会诊) as support and county hospitals send them in — tables pasted from
a Word 工作总结 (merged cells, line breaks inside cells, numbers with units), case counts per quarter, a summary sheet
beside the detail sheets — plus a few ordinary rosters, trainee lists and monthly statistics. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直医院,各县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (GB 11643). Written without reading the tool's parser.
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# support hospitals
P1, PTCM, C1 = "琅川省人民医院", "琅川省中医院", "岚栖市中心医院"
# recipients (青蔓县人民医院 is also the support hospital of the township centre)
QM, SY, CXTCM, CX, BL = "青蔓县人民医院", "石沅县人民医院", "澄溪县中医医院", "澄溪县人民医院", "青蔓县白鹭镇中心卫生院"
RECIP = {QM: ("二级甲等", "二级", "甲等", "综合医院", "青蔓县"),
         SY: ("二级乙等", "二级", "乙等", "综合医院", "石沅县"),
         CXTCM: ("二级甲等", "二级", "甲等", "中医医院", "澄溪县"),
         CX: ("二级乙等", "二级", "乙等", "综合医院", "澄溪县"),
         BL: ("一级甲等", "一级", "甲等", "乡镇卫生院", "青蔓县")}

ID = {k: idn(*v) for k, v in {
    "fang": ("990301", "19730512", "031"), "lin": ("990301", "19890207", "046"), "gu": ("990302", "19800919", "013"),
    "song": ("990411", "19790304", "058"), "qiao": ("990411", "19880826", "027"),
    "tang": ("990321", "19920115", "064"), "wen": ("990321", "19941030", "082"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def tech(name, dept, first, cases, gap):
    return dict(name=name, department=dept, first_performed_date=first, cases=cases, fills_county_gap=gap)


def act(day, typ, n):
    return dict(activity_date=day, activity_type=typ, participants=n)


FIXED = (2025, 1, 10, 9, 0, 0)


def fix_zip(path: Path) -> None:
    """Make a saved xlsx / ods byte-for-byte deterministic: every member dated FIXED, the document's own
    created / modified stamps set to it too (the mimetype of an .ods stays first and stored)."""
    src = zipfile.ZipFile(path)
    members = [(i.filename, i.compress_type, src.read(i.filename)) for i in src.infolist()]
    src.close()
    stamp = b"2025-01-10T09:00:00"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, ctype, data in members:
            if name in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"(<(dcterms:created|dcterms:modified|meta:creation-date|dc:date)[^>]*>)[^<]*",
                              lambda m: m.group(1) + stamp + (b"Z" if b"dcterms" in m.group(1) else b""), data)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = ctype
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def save(wb, path: Path) -> None:
    wb.save(path)
    fix_zip(path)


def wrap_all(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as one word (二级甲等), 所在县, 支援医院, 协议签订日期 as date cells; the period in
    the title (2021—2025年) and a 支援期限 column filled for one pairing only (2023年7月—2025年12月)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅川省城乡医院对口支援关系一览表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QM, P1, dt.date(2021, 3, 15), None),
             (SY, P1, dt.date(2021, 3, 15), None),
             (CXTCM, PTCM, dt.date(2023, 6, 28), "2023年7月—2025年12月"),
             (CX, C1, dt.date(2021, 4, 2), None),
             (BL, QM, dt.date(2021, 4, 20), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        grade_word, _level, _grade, cat, county = RECIP[r]
        ws.append([i, r, grade_word, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2023, 7, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，省、县、医院名称均为虚构。"])
    save(wb, path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直医院
def f_p1_summary(path: Path):
    """省人民医院's 工作总结 annex, pasted from Word: a 汇总 sheet first repeating the totals (nothing to curate), a
    新技术 sheet (受援医院 merged down its group, line breaks inside names, 2024年开展例数 over 一季度 … 四季度 | 合计
    with the unit in the cell "26例", 首例开展时间 "2024年3月" / "2024.3" / "3月中旬" / "2023年10月", PICC introduced in two
    departments on two rows with the name merged over both), and a 教学活动 sheet (two recipients in one cell with one
    headcount, a series of four lectures on four dates in one row, "30余人", a recipient in no pairing list, 带教)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"琅川省人民医院2024年度对口支援工作量汇总（{SYN}）"])
    ws.merge_cells("A1:D1")
    ws.append(["项目", QM, SY, "合计"])
    for line in (["派驻人员（人）", 2, 1, 3], ["新技术新项目（项）", "3项", "3项", "6项"],
                 ["开展例数（例）", "66例", "40例", "106例"], ["学术讲座（场）", "1场", "5场", "6场"],
                 ["教学查房（次）", 0, 1, 1], ["手术示教（次）", 1, 0, 1], ["远程会诊（次）", 1, 0, 1],
                 ["带教（人次）", "6人次", 0, "6人次"]):
        ws.append(line)
    ws.append(["注：详见“新技术”“教学活动”工作表。"])

    # -------------------------------------------------------------------- 新技术
    sh = "新技术"
    ws = wb.create_sheet(sh)
    ws.append([f"琅川省人民医院2024年对口支援新技术新项目开展情况\n（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["序号", "受援医院", "科室", "新技术新项目名称", "首例开展时间", "2024年开展例数（例）", None, None, None,
               None, "是否填补县域空白", "备注"])
    ws.append([None, None, None, None, None, "一季度", "二季度", "三季度", "四季度", "合计", None, None])
    for col in "ABCDEKL":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:J2")
    items = [  # 序号, recipient, dept, name as written, first as written, quarters, total, gap, remark, truth
        (1, QM, "心血管内科", "经皮冠状动脉介入治疗\n（PCI）", "2024年3月", [3, 6, 9, 8], "26例", "是", None,
         tech("经皮冠状动脉介入治疗（PCI）", "心血管内科", d(2024, 3, 1), 26, True)),
        (2, None, "消化内科", "内镜逆行胰胆管造影术(ERCP)", "2024.3", [2, 4, 5, 3], "14例", "是", None,
         tech("内镜逆行胰胆管造影术(ERCP)", "消化内科", d(2024, 3, 1), 14, True)),
        (3, None, "普外科", "腹腔镜胆囊切除术", "2023年10月", [5, 6, 8, 7], "26例", "否",
         "2023年引进，\n2024年持续开展", tech("腹腔镜胆囊切除术", "普外科", d(2023, 10, 1), 26, False)),
        (4, SY, "呼吸与危重症医学科", "超声支气管镜引导下经支气管针吸活检术\n（EBUS-TBNA）", "3月中旬", [1, 3, 4, 5],
         "13例", "是", None,
         tech("超声支气管镜引导下经支气管针吸活检术（EBUS-TBNA）", "呼吸与危重症医学科", d(2024, 3, 11), 13, True)),
        (5, None, "肿瘤科", "PICC置管术\n（经外周静脉置入中心静脉导管）", "2024年4月", ["/", 5, 7, 6], "18例", "是",
         "两个科室\n分别开展", tech("PICC置管术（经外周静脉置入中心静脉导管）", "肿瘤科", d(2024, 4, 1), 18, True)),
        (None, None, "重症医学科", None, "2024年6月", ["/", 2, 4, 3], "9例", None, None,
         tech("PICC置管术（经外周静脉置入中心静脉导管）", "重症医学科", d(2024, 6, 1), 9, True)),
    ]
    for no, rec, dept, name, first, qs, total, gap, remark, t in items:
        ws.append([no, rec, dept, name, first, *qs, total, gap, remark])
        r = ws.max_row
        recipient = QM if r <= 6 else SY
        row("techniques", fn, sh, r, t, {"recipient_hospital_id": recipient, "support_hospital_id": P1},
            ["department", "first_performed_date"])
    ws.merge_cells("B4:B6")
    ws.merge_cells("B7:B9")
    for col in "ADKL":      # the PICC row: 序号, name, 填补空白 and 备注 merged over its two departments
        ws.merge_cells(f"{col}8:{col}9")
    ws.append(["合计", None, None, "6项", None, 11, 26, 37, 32, "106例", None, None])
    ws.append([f"注：开展例数为2024年1—12月数据。{SYN}"])
    wrap_all(ws)

    # -------------------------------------------------------------------- 教学活动
    sh = "教学活动"
    ws = wb.create_sheet(sh)
    ws.append([f"琅川省人民医院2024年对口支援教学活动情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "活动形式", "受援单位", "主题", "时间", "参加人数", "备注"])
    # 1: one lecture broadcast to both recipients, one headcount for both
    ws.append([1, "学术讲座", f"{QM}\n{SY}", "胸痛中心建设与急性心梗救治", "2024年3月20日", "共60人", "远程直播"])
    for rec in (QM, SY):
        row("activities", fn, sh, 3, act(d(2024, 3, 20), "学术讲座", None),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date"])
    finding(fn, 3, "SHARED_COUNT")
    # 2: a series of four lectures on four dates in one row
    ws.append([2, "学术讲座", SY, "呼吸介入系列讲座（共4讲）", "2024年4月9日、5月14日、\n6月11日、7月9日", "每讲30人", None])
    for m, dd in ((4, 9), (5, 14), (6, 11), (7, 9)):
        row("activities", fn, sh, 4, act(d(2024, m, dd), "学术讲座", 30),
            {"recipient_hospital_id": SY, "support_hospital_id": P1}, ["activity_date"])
    # 3: "30余人" is no number
    ws.append([3, "教学查房", SY, "慢阻肺急性加重期查房", "2024.5.21", "30余人", None])
    row("activities", fn, sh, 5, act(d(2024, 5, 21), "教学查房", None),
        {"recipient_hospital_id": SY, "support_hospital_id": P1}, ["activity_date"])
    finding(fn, 5, "UNPARSEABLE_OPTIONAL")
    ws.append([4, "手术示教", QM, "腹腔镜胆囊切除术", "2024年6月18日", "12人", None])
    row("activities", fn, sh, 6, act(d(2024, 6, 18), "手术示教", 12),
        {"recipient_hospital_id": QM, "support_hospital_id": P1}, ["activity_date"])
    # 5: a hospital in no pairing list
    ws.append([5, "义诊", "石沅县妇幼保健院", "妇女“两癌”筛查义诊", "2024年9月10日", "约50人次", "应县卫健局邀请"])
    hold(fn, sh, 7, "unresolved_hospital", "石沅县妇幼保健院 is in no pairing list")
    ws.append([6, "远程会诊", QM, "疑难病例远程会诊", "2024年10月15日", "8人次", None])
    row("activities", fn, sh, 8, act(d(2024, 10, 15), "远程会诊", 8),
        {"recipient_hospital_id": QM, "support_hospital_id": P1}, ["activity_date"])
    # 7: 带教 is no type of the contract's list: 其他 (or 技术培训)
    ws.append([7, "带教", QM, "心内科青年医师介入带教", "2024年11月5日", "6人", None])
    row("activities", fn, sh, 9, act(d(2024, 11, 5), {"one_of": ["其他", "技术培训"]}, 6),
        {"recipient_hospital_id": QM, "support_hospital_id": P1}, ["activity_date"])
    ws.append(["合计", None, None, "7项", None, "共10场次", None])
    ws.append(["填报人：医务部", None, None, None, "2025年1月8日"])
    wrap_all(ws)
    save(wb, path)


def f_p1_roster(path: Path):
    """省人民医院 派驻人员名册: an ordinary roster with date cells and a 在受援医院任职 column."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅川省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "性别", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间",
               "在受援医院任职"])
    people = [("fang", "方知远", "男", "心血管内科", "主任医师", QM, dt.date(2024, 3, 1), dt.date(2024, 8, 31), "副院长",
               "正高级"),
              ("lin", "林晚照", "女", "消化内科", "主治医师", QM, dt.date(2024, 3, 1), dt.date(2024, 8, 31), None, "中级"),
              ("gu", "顾清岩", "男", "呼吸与危重症医学科", "副主任医师", SY, dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               "科主任", "副高级")]
    for i, (key, name, sex, dept, title, rec, s, e, post, rank) in enumerate(people, 1):
        ws.append([i, name, use_id(key), sex, dept, title, rec, s, e, post])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r,
            dict(department=dept, title=title, title_rank=rank, staff_category="医疗", start_date=s.isoformat(),
                 end_date=e.isoformat(), position_at_recipient=post),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append(["制表：医务部", None, None, None, None, None, "2025年1月6日"])
    save(wb, path)


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
                    for line in v.split("\n"):
                        c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))
    fix_zip(path)


def f_ptcm_activities_ods(path: Path):
    """省中医院 (.ods): its teaching at 澄溪县中医医院, the recipient only in the title; "约50人次"; 带教; a row whose
    date was never filled in (待补); a 远程会诊 without a headcount; dates "2024年3月6日" and "2024.12.3"."""
    fn, sh = path.name, "带教活动"
    rows = [[f"琅川省中医院2024年对口支援澄溪县中医医院带教及教学活动登记表（{SYN}）"],
            [f"填报单位：{PTCM}"],
            ["序号", "日期", "类型", "内容", "带教专家", "参加人数"]]
    h = {"recipient_hospital_id": CXTCM, "support_hospital_id": PTCM}
    items = [("2024年3月6日", "教学查房", "针灸科病房教学查房", "赵主任", "约50人次", act(d(2024, 3, 6), "教学查房", None)),
             ("2024年4月17日", "带教", "中医经典病案跟师带教", "赵主任", "5人",
              act(d(2024, 4, 17), {"one_of": ["其他", "技术培训"]}, 5)),
             ("2024年5月22日", "手术示教", "小针刀松解术示教", "钱主任", "8人", act(d(2024, 5, 22), "手术示教", 8)),
             ("待补", "死亡病例讨论", "（合成）病例讨论", "钱主任", "10人", None),
             ("2024年11月5日", "远程会诊", "疑难病例远程会诊", "孙主任", None, act(d(2024, 11, 5), "远程会诊", None)),
             ("2024.12.3", "学术讲座", "冬病夏治与膏方应用", "孙主任", 40, act(d(2024, 12, 3), "学术讲座", 40))]
    for i, (when, typ, what, who, n, a) in enumerate(items, 1):
        rows.append([i, when, typ, what, who, n])
        r = len(rows)
        if a is None:
            hold(fn, sh, r, "missing_required", "活动日期 待补: the required date is missing")
            continue
        row("activities", fn, sh, r, a, h, ["activity_date"])
        if n == "约50人次":
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：科教科", None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_c1_roster_xls(path: Path):
    """岚栖市中心医院 (.xls): two people at 澄溪县人民医院, dates as date cells."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write_merge(0, 0, 0, 7, f"岚栖市中心医院2024年派驻澄溪县人民医院人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "派驻医院", "开始日期", "结束日期"]):
        ws.write(1, j, h)
    people = [("song", "宋砚秋", "神经内科", "副主任医师", dt.date(2024, 1, 8), dt.date(2024, 7, 7), "副高级"),
              ("qiao", "乔慕白", "妇产科", "主治医师", dt.date(2024, 7, 8), dt.date(2025, 1, 7), "中级")]
    for i, (key, name, dept, title, s, e, rank) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), dept, title, CX]):
            ws.write(r, j, v)
        ws.write(r, 6, s, date)
        ws.write(r, 7, e, date)
        row("deployments", fn, sh, r + 1,
            dict(department=dept, title=title, title_rank=rank, staff_category="医疗", start_date=s.isoformat(),
                 end_date=e.isoformat()),
            {"support_hospital_id": C1, "recipient_hospital_id": CX}, ["start_date"], id_number=ID[key])
    ws.write(4, 0, "填表人：医务科")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 各县
def f_cxtcm_techniques_xls(path: Path):
    """澄溪县中医医院 (.xls): 2024年开展例数 over 一季度 … 四季度 and no 合计 column (the year is the four added; "—"
    and blank quarters are none); 首例开展时间 "2024年3月", "2024.5", "2024.10" as text; 技术来源; a planned technique
    with 首例开展时间 "待定" (held); a 合计 row."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 9, f"澄溪县中医医院2024年新技术新项目开展情况统计表（{SYN}）")
    for j, hd in enumerate(["序号", "项目名称", "开展科室", "首例开展时间"]):
        ws.write_merge(1, 2, j, j, hd)
    ws.write_merge(1, 1, 4, 7, "2024年开展例数")
    for j, q in enumerate(["一季度", "二季度", "三季度", "四季度"], 4):
        ws.write(2, j, q)
    ws.write_merge(1, 2, 8, 8, "技术来源")
    ws.write_merge(1, 2, 9, 9, "是否填补县域空白")
    h = {"recipient_hospital_id": CXTCM, "support_hospital_id": PTCM}
    items = [(1, "针刀松解术（颈椎病）", "针灸推拿科", "2024年3月", [4, 10, 12, 9], "是",
              tech("针刀松解术（颈椎病）", "针灸推拿科", d(2024, 3, 1), 35, True)),
             (2, "中药热奄包治疗", "康复科", "2024.5", ["—", 20, 31, 28], "否",
              tech("中药热奄包治疗", "康复科", d(2024, 5, 1), 79, False)),
             (3, "浮针疗法", "针灸推拿科", "2024.10", [None, None, None, 6], "否",
              tech("浮针疗法", "针灸推拿科", d(2024, 10, 1), 6, False)),
             (4, "雷火灸", "康复科", "待定", [None, None, None, None], "否", None)]
    for i, (no, name, dept, first, qs, gap, t) in enumerate(items):
        r = 3 + i
        for j, v in enumerate([no, name, dept, first, *qs, PTCM, gap]):
            if v is not None:
                ws.write(r, j, v)
        if t is None:
            hold(fn, sh, r + 1, "missing_required", "首例开展时间 待定: the required first date is missing")
        else:
            row("techniques", fn, sh, r + 1, t, h, ["name"])
    ws.write(7, 0, "合计")
    for j, v in enumerate([4, 30, 43, 43], 4):
        ws.write(7, j, v)
    ws.write(8, 0, "填表人：医务科    审核：")
    wb.save(str(path))


def f_cx_activities_csv(path: Path):
    """澄溪县人民医院 (CSV, GBK): the recipient's own log of its support hospital's activities; "45人"; a 远程会诊
    without a headcount; a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄溪县人民医院2024年接受岚栖市中心医院帮扶活动统计（{SYN}）", "", "", "", "", ""])
    w.writerow(["序号", "日期", "活动类型", "主题", "授课/带教专家", "参加人数"])
    h = {"recipient_hospital_id": CX, "support_hospital_id": C1}
    items = [("2024/3/8", "学术讲座", "卒中中心建设", "宋砚秋", "45人", act(d(2024, 3, 8), "学术讲座", 45)),
             ("2024/4/17", "教学查房", "脑梗死病例教学查房", "宋砚秋", "20", act(d(2024, 4, 17), "教学查房", 20)),
             ("2024/5/22", "手术示教", "宫腔镜手术示教", "乔慕白", "6人", act(d(2024, 5, 22), "手术示教", 6)),
             ("2024/6/5", "远程会诊", "疑难病例远程会诊（3例）", "宋砚秋", "", act(d(2024, 6, 5), "远程会诊", None)),
             ("2024/8/14", "疑难病例讨论", "妊娠合并症病例讨论", "乔慕白", "15人", act(d(2024, 8, 14), "疑难病例讨论", 15))]
    r = 2
    for i, (when, typ, topic, who, n, a) in enumerate(items, 1):
        w.writerow([i, when, typ, topic, who, n])
        r += 1
        row("activities", fn, None, r, a, h, ["activity_date"])
    w.writerow(["合计", "", "", "", "", "86人次"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qm_township_xlsx(path: Path):
    """青蔓县人民医院 as the support hospital of 白鹭镇中心卫生院 ("A…对口帮扶B" title; the township centre written
    without its county in 地点): its team's 义诊 ("受益群众215人"), training, teaching rounds, a lecture ("40余人"), and
    two techniques it brought to the centre."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "帮扶活动"
    ws.append([f"青蔓县人民医院2024年对口帮扶白鹭镇中心卫生院工作情况（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "日期", "活动类型", "活动内容", "地点", "参加人数"])
    h = {"recipient_hospital_id": BL, "support_hospital_id": QM}
    items = [("2024年3月15日", "义诊", "县医院专家团队下沉义诊\n（高血压、糖尿病）", "白鹭镇中心卫生院", "受益群众215人",
              act(d(2024, 3, 15), "义诊", 215)),
             ("2024年5月9日", "技术培训", "基层心肺复苏技能培训", "白鹭镇中心卫生院", "25人",
              act(d(2024, 5, 9), "技术培训", 25)),
             ("2024年7月12日", "教学查房", "社区获得性肺炎教学查房", "白鹭镇中心卫生院", "12人",
              act(d(2024, 7, 12), "教学查房", 12)),
             ("2024年9月20日", "学术讲座", "慢病规范化管理讲座", "白鹭镇中心卫生院", "40余人",
              act(d(2024, 9, 20), "学术讲座", None))]
    for i, (when, typ, what, where, n, a) in enumerate(items, 1):
        ws.append([i, when, typ, what, where, n])
        row("activities", fn, sh, ws.max_row, a, h, ["activity_date"])
        if n == "40余人":
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wrap_all(ws)
    sh = "新技术"
    ws = wb.create_sheet(sh)
    ws.append([f"青蔓县人民医院帮助白鹭镇中心卫生院开展新技术情况（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "项目名称", "科室", "开展时间", "开展例数"])
    for i, (name, dept, when, n, t) in enumerate(
            [("心电图远程诊断", "全科", "2024年4月", "36例", tech("心电图远程诊断", "全科", d(2024, 4, 1), 36, None)),
             ("中医适宜技术（艾灸）", "中医科", "2024.6", "20例",
              tech("中医适宜技术（艾灸）", "中医科", d(2024, 6, 1), 20, None))], 1):
        ws.append([i, name, dept, when, n])
        row("techniques", fn, sh, ws.max_row, t, h, ["name"])
    save(wb, path)


def f_cx_techniques_xlsx(path: Path):
    """澄溪县人民医院 (.xlsx, from Word): names broken over two lines, "2024年2月" / "2024.7", counts with 例, the
    support hospital in the title's bracket and beside the expert's name; no 填补空白 column."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄溪县人民医院2024年度新技术、新项目开展情况（岚栖市中心医院帮扶）\n{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "科室", "项目名称", "开展时间", "开展例数", "指导专家（单位）"])
    h = {"recipient_hospital_id": CX, "support_hospital_id": C1}
    for i, (dept, name, when, n, who, t) in enumerate(
            [("神经内科", "急性缺血性脑卒中\n静脉溶栓治疗（rt-PA）", "2024年2月", "18例", f"宋砚秋\n（{C1}）",
              tech("急性缺血性脑卒中静脉溶栓治疗（rt-PA）", "神经内科", d(2024, 2, 1), 18, None)),
             ("妇产科", "宫腔镜下子宫内膜\n息肉电切术", "2024.7", "9例", f"乔慕白\n（{C1}）",
              tech("宫腔镜下子宫内膜息肉电切术", "妇产科", d(2024, 7, 1), 9, None)),
             ("消化内科", "无痛胃肠镜检查", "2024年5月", "126例", f"宋砚秋\n（{C1}）",
              tech("无痛胃肠镜检查", "消化内科", d(2024, 5, 1), 126, None))], 1):
        ws.append([i, dept, name, when, n, who])
        row("techniques", fn, sh, ws.max_row, t, h, ["name"])
    ws.append(["合计", None, "3项", None, "153例", None])
    wrap_all(ws)
    save(wb, path)


def f_qm_trainees_csv(path: Path):
    """青蔓县人民医院 (CSV, UTF-8 with BOM): two trainees at the provincial hospital; "免费"; "否（在修）"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青蔓县人民医院2024年赴琅川省人民医院进修人员（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修单位", "开始时间", "结束时间", "进修费用（元）", "是否结业"])
    r = 2
    for key, name, dept, s, e, fee, done, fv, dv in (
            ("tang", "唐语溪", "心血管内科", "2024-03-01", "2024-08-31", "免费", "是", 0.0, True),
            ("wen", "温以宁", "消化内科", "2024-09-01", "2025-02-28", "0", "否（在修）", 0.0, False)):
        w.writerow([name, use_id(key), dept, P1, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=fv, completed=dv),
            {"recipient_hospital_id": QM, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_sy_monthly_xlsx(path: Path):
    """石沅县人民医院: twelve months and a 合计 row of formulas."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石沅县人民医院2024年1—12月主要业务量（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 13):
        v = [11800 + 130 * m, 870 + 11 * m, 190 + 3 * m, 36 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SY}, ["month"])
    ws.append(["合计", "=SUM(B3:B14)", "=SUM(C3:C14)", "=SUM(D3:D14)", "=SUM(E3:E14)"])
    save(wb, path)


def f_cxtcm_monthly_csv(path: Path):
    """澄溪县中医医院 (CSV, UTF-8 without BOM): months "2024-01" … "2024-12"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"澄溪县中医医院2024年月度业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r = 2
    for m in range(1, 13):
        v = [5200 + 70 * m, 310 + 4 * m, 40 + m, 12 + m % 3]
        w.writerow([f"2024-{m:02d}", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": CXTCM}, ["month"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直医院", "各县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅川省城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    files = [(f_p1_summary, "省直医院", "SYNTHETIC_琅川省人民医院2024年度对口支援工作总结附表.xlsx"),
             (f_p1_roster, "省直医院", "SYNTHETIC_琅川省人民医院派驻人员名册2024.xlsx"),
             (f_ptcm_activities_ods, "省直医院", "SYNTHETIC_琅川省中医院带教及教学活动2024.ods"),
             (f_c1_roster_xls, "省直医院", "SYNTHETIC_岚栖市中心医院派驻人员2024.xls"),
             (f_cxtcm_techniques_xls, "各县", "SYNTHETIC_澄溪县中医医院2024年新技术新项目.xls"),
             (f_cx_activities_csv, "各县", "SYNTHETIC_澄溪县人民医院2024年帮扶活动统计.csv"),
             (f_qm_township_xlsx, "各县", "SYNTHETIC_青蔓县人民医院2024年对口帮扶白鹭镇中心卫生院工作情况.xlsx"),
             (f_cx_techniques_xlsx, "各县", "SYNTHETIC_澄溪县人民医院2024年度新技术新项目.xlsx"),
             (f_qm_trainees_csv, "各县", "SYNTHETIC_青蔓县人民医院进修人员2024.csv"),
             (f_sy_monthly_xlsx, "各县", "SYNTHETIC_石沅县人民医院2024年月度业务量.xlsx"),
             (f_cxtcm_monthly_csv, "各县", "SYNTHETIC_澄溪县中医医院2024年业务量.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
