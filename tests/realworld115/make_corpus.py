"""realworld115 corpus generator — SYNTHETIC / 合成数据. A fictional province (翠渠省) at the end of 2024: the
year-end summary forms (年度对口支援工作总结表, 对口支援工作考核表, 派驻人员考核鉴定表) that support hospitals and
recipients send to the health commission — label | value layouts, two pairs side by side, figures inside prose,
☑/□ checkboxes, signature and stamp lines — beside the same hospitals' ordinary detailed forms (rosters, trainee
lists, technique lists, an activity record), and the province's pairing list in reference/. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,总结考核,明细报表}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the 15-digit spelling is a spelling of a valid one). Written without reading the tool's parser.
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


# support hospitals
S1, S2, S3 = "翠渠省人民医院", "渠州市中心医院", "翠渠省中医院"
# recipients: (等级 as the list writes it, level, grade, category, county)
R1, R2, R3, R4 = "青萝县人民医院", "青萝县中医医院", "澄溪县人民医院", "白苇县人民医院"
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "青萝县"),
         R2: ("二级甲等", "二级", "甲等", "中医医院", "青萝县"),
         R3: ("二级乙等", "二级", "乙等", "综合医院", "澄溪县"),
         R4: ("二级甲等", "二级", "甲等", "综合医院", "白苇县")}
NOT_LISTED = "白苇县妇幼保健院"   # in no pairing list

ID = {k: idn(*v) for k, v in {
    "xu": ("990301", "19710412", "035"), "tao": ("990301", "19790823", "046"), "he": ("990302", "19860117", "028"),
    "jiang": ("990301", "19850630", "013"), "shen": ("990303", "19770905", "052"),
    "ouyang": ("990401", "19880314", "061"), "wei": ("990401", "19840722", "017"), "cen": ("990402", "19760208", "049"),
    "sun": ("990305", "19750519", "036"), "zhou": ("990305", "19870911", "024"),
    "luo": ("990311", "19910303", "082"), "bai": ("990311", "19930826", "027"), "zhong": ("990312", "19890114", "043"),
    "fang": ("990421", "19920607", "064"), "lan": ("990421", "19950921", "018"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet, row)] — the one record may be read at any of them (a stay the roster and a summary
    both describe is one stay)."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


def wrap(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


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


# ------------------------------------------------------------------------------------------- the stays, written once
# (key, name, sex, dept, title as written, rank, category, post as written, post, start, end) per support → recipient
ROSTER_S1 = [
    (R1, "xu", "许知行", "男", "心血管内科", "主任医师", "正高级", "医疗", "挂职副院长", "副院长", (2024, 3, 1), (2024, 8, 31)),
    (R1, "tao", "陶宛清", "女", "普外科", "副主任医师", "副高级", "医疗", None, None, (2024, 3, 1), (2024, 8, 31)),
    (R1, "he", "何青竹", "女", "护理部", "主管护师", "中级", "护理", None, None, (2024, 9, 1), (2025, 2, 28)),
    (R3, "jiang", "江远帆", "男", "骨科", "主治医师", "中级", "医疗", None, None, (2024, 1, 8), (2024, 7, 7)),
    (R3, "shen", "沈星河", "男", "麻醉科", "副主任医师", "副高级", "医疗", None, None, (2024, 7, 8), (2025, 1, 7)),
]
ROSTER_ROW = {}   # key → (file, sheet, row) of the roster line, filled by the roster writers
EXTRA_PLACES: dict[str, list] = {}   # key → further places describing the same stay (summaries, 鉴定表)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 序号 | 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限; the period 2023—2025年 in the
    title; 支援期限 written for one pairing only (a later agreement); 等级 "二级甲等" in one cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：翠渠省城乡医院对口支援关系一览表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 2, 20), None), (R2, S3, dt.date(2023, 2, 20), None),
             (R3, S1, dt.date(2023, 3, 6), None),
             (R4, S2, "2023年12月28日", "2024年1月1日—2026年12月31日")]
    for i, (r, s, agt, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, agt, per])
        if isinstance(agt, dt.date):
            ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
            ag = agt.isoformat()
        else:
            ag = d(2023, 12, 28)
        if per:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag, "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 明细报表 (ordinary forms)
def f_s1_roster(path: Path):
    """省人民医院's roster: one table, dates as date cells, 挂职职务 column, ID numbers as text."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"翠渠省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "挂职职务", "派驻开始时间", "派驻结束时间",
               "备注"])
    for i, (rec, key, name, sex, dept, title, _rank, _cat, post_w, _post, s, e) in enumerate(ROSTER_S1, 1):
        ws.append([i, name, sex, use_id(key), dept, title, rec, post_w, dt.date(*s), dt.date(*e), None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (9, 10):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        ROSTER_ROW[key] = (fn, sh, r)
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月6日"])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """渠州市中心医院 → 白苇县人民医院 (.xls): the recipient only in the title; 派驻时间(起) / (止) as text
    "2024.02.26"; one 15-digit ID number; one person whose period is "待定" (never went: no start)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"渠州市中心医院派驻白苇县人民医院人员名单（2024年）{SYN}")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻时间(起)", "派驻时间(止)"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    w = ID["wei"]
    fifteen = w[:6] + w[8:17]
    people = [("ouyang", "欧阳岚", None, "儿科", "主治医师", "2024.02.26", "2024.08.25"),
              ("wei", "韦书白", fifteen, "检验科", "主管技师", "2024.02.26", "2024.08.25"),
              ("cen", "岑念", None, "妇产科", "副主任医师", "待定", "待定")]
    for i, (key, name, sp, dept, title, s, e) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, s, e]):
            ws.write(1 + i, j, v)
        ROSTER_ROW[key] = (fn, sh, 2 + i)
    ws.write(2 + len(people), 0, "填表人：医务科　　　审核人：　　　2025年1月7日")
    wb.save(str(path))
    r_ou, r_wei, r_cen = (ROSTER_ROW[k][2] for k in ("ouyang", "wei", "cen"))
    # the two stays are written once more in the summary's embedded list (f_s2_summary): places added there
    EXTRA_PLACES.setdefault("ouyang", [])
    EXTRA_PLACES.setdefault("wei", [])
    finding(fn, r_wei, "ID_15_DIGIT")
    quarantine(fn, sh, r_cen, "missing_value", "派驻时间 待定: the stay has no start date (required)")
    return r_ou


def f_s3_roster(path: Path):
    """省中医院 → 青萝县中医医院: a small roster; 挂职 written "挂职业务副院长"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"翠渠省中医院派驻青萝县中医医院专家名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "挂职", "派驻起止时间"])
    for i, (key, name, dept, title, post, period) in enumerate(
            [("sun", "孙砚秋", "针灸科", "副主任中医师", "挂职业务副院长", "2024-03-04至2024-09-03"),
             ("zhou", "周怀瑾", "康复科", "主治中医师", None, "2024-09-02至2025-03-01")], 1):
        ws.append([i, name, use_id(key), dept, title, post, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        ROSTER_ROW[key] = (fn, sh, ws.max_row)
    ws.append(["报送单位：翠渠省中医院医务处（盖章）"])
    wb.save(path)


def f_qtcm_techniques_ods(path: Path):
    """青萝县中医医院's technique list (.ods): the same three techniques its summary names, with dates."""
    fn, sh = path.name, "新技术"
    rows = [[f"青萝县中医医院2024年新技术新项目一览表（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"]]
    for i, (name, dept, day, cases, gap) in enumerate(
            [("针刀松解术", "针灸科", dt.date(2024, 4, 15), 46, "是"),
             ("穴位埋线", "针灸科", dt.date(2024, 5, 9), 88, "否"),
             ("中药熏蒸治疗", "康复科", dt.date(2024, 10, 21), 130, "是")], 1):
        rows.append([i, name, dept, day, cases, gap, S3])
        row("techniques", [(fn, sh, len(rows))],
            dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=cases,
                 fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R2, "support_hospital_id": S3}, ["name"])
    rows.append(["填报人：医务科", None, None, "审核：", None, "2025年1月12日"])
    ods_doc(path, {sh: rows})


def f_ql_trainees_csv(path: Path):
    """青萝县人民医院's trainees (CSV, UTF-8 with BOM): 进修起止时间 in one cell, fee "免费", 是否结业 是/否."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青萝县人民医院2024年赴支援医院进修人员登记表（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修单位", "进修起止时间", "进修费用", "是否结业"])
    r = 2
    for key, name, dept, period, fee, done, sd, ed, donev in [
            ("luo", "罗青岚", "内科", "2024.03.01-2024.08.31", "免费", "是", d(2024, 3, 1), d(2024, 8, 31), True),
            ("bai", "白露凝", "护理部", "2024.03.01-2024.08.31", "免费", "是", d(2024, 3, 1), d(2024, 8, 31), True),
            ("zhong", "钟子墨", "放射科", "2024.09.01-2025.02.28", "免费", "否", d(2024, 9, 1), d(2025, 2, 28), False)]:
        w.writerow([name, use_id(key), dept, S1, period, fee, done])
        r += 1
        row("trainees", [(fn, None, r)], dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                              completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    w.writerow(["填表人：科教科", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_ql_techniques_xlsx(path: Path):
    """青萝县人民医院's technique list: the same three techniques 省人民医院's summary names, with dates."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青萝县人民医院2024年度新技术新项目开展情况表（{SYN}）"])
    ws.append(["序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "帮扶医院"])
    for i, (name, dept, day, cases, gap) in enumerate(
            [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 4, 10), 18, "是"),
             ("无痛胃镜", "消化内科", dt.date(2024, 5, 6), 120, "否"),
             ("PICC置管", "护理部", dt.date(2024, 9, 18), 35, "是")], 1):
        ws.append([i, name, dept, day, cases, gap, S1])
        ws.cell(ws.max_row, 4).number_format = "yyyy年m月d日"
        row("techniques", [(fn, sh, ws.max_row)],
            dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=cases,
                 fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    ws.append(["合计", "3项", None, None, 173])
    wb.save(path)


def f_bw_mch_trainees_csv(path: Path):
    """白苇县妇幼保健院 (in no pairing list): its trainees at 渠州市中心医院 (CSV, GBK) — held, unresolved."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"白苇县妇幼保健院外出进修人员（{SYN}）", "", "", "", "", ""])
    w.writerow(["派出单位", "姓名", "身份证号", "进修科室", "进修医院", "进修时间"])
    r = 2
    for key, name, dept, period in [("fang", "方沐晨", "产科", "2024年3月1日-2024年8月31日"),
                                    ("lan", "兰若溪", "儿童保健科", "2024年9月1日-2025年2月28日")]:
        w.writerow([NOT_LISTED, name, use_id(key), dept, S2, period])
        r += 1
        quarantine(fn, None, r, "unresolved_hospital", f"{NOT_LISTED} is in no pairing list")
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_cx_activities_xlsx(path: Path):
    """澄溪县人民医院's activity record (its one supporter is 省人民医院, named in the title)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄溪县人民医院2024年对口帮扶活动记录（翠渠省人民医院）{SYN}"])
    ws.append(["序号", "日期", "活动类型", "主题", "主讲/主刀", "参加人数"])
    for i, (day, typ, topic, who, n) in enumerate(
            [(dt.date(2024, 3, 14), "学术讲座", "骨质疏松性骨折的规范治疗", "江远帆", 46),
             (dt.date(2024, 4, 11), "教学查房", "股骨颈骨折术后查房", "江远帆", 18),
             (dt.date(2024, 8, 22), "手术示教", "神经阻滞下髋关节置换麻醉", "沈星河", 9),
             (dt.date(2024, 11, 7), "疑难病例讨论", "围术期大出血病例讨论", "沈星河", 23)], 1):
        ws.append([i, day, typ, topic, who, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                        participants=n),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    ws.append(["记录人：科教科", None, None, None, "2024年12月30日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 总结考核 (the focus)
def f_s1_summary(path: Path):
    """省人民医院's 年度对口支援工作总结表: one recipient per sheet, label | value with two pairs side by side,
    figures in prose, ☑/□ checkboxes, signature and stamp lines.
      * sheet 青萝县人民医院: only totals and technique names (the techniques are in 青萝's own list, dated) → nothing.
      * sheet 澄溪县人民医院: the two dispatched people with their periods (the roster's stays → no new row) and two
        techniques with their first dates, cases and gap — 澄溪 sent no technique list, so these are the only record
        of them → two technique rows."""
    fn = path.name
    wb = openpyxl.Workbook()
    sheets = {
        R1: [
            ("派驻人员情况", "全年派驻医务人员3人（其中副高级以上职称2人，挂职副院长1人），累计驻点时间18个月。"),
            ("人才培养", "免费接收受援医院进修人员3人，培训受援医院人员260人次。"),
            ("新技术新项目", "新开展技术3项：腹腔镜胆囊切除术、无痛胃镜、PICC置管。"),
            ("教学活动", "开展学术讲座12次、教学查房36次、手术示教8台次。"),
            ("工作成效", "受援医院门急诊人次同比增长8.2%，县域内就诊率提高到86.5%。"),
        ],
        R3: [
            ("派驻人员情况", "全年派驻医务人员2人：江远帆（骨科，主治医师，2024年1月8日—7月7日）、沈星河（麻醉科，"
                           "副主任医师，2024年7月8日—2025年1月7日），两批衔接，全年驻点无空档。"),
            ("人才培养", "受援医院本年度未选派人员进修（因人员紧张，计划2025年上半年选派2人）。"),
            ("新技术新项目", "新开展技术2项：经皮肾镜取石术（2024年4月18日首例开展，全年15例，填补县域空白）；"
                           "无痛分娩（2024年6月3日首例开展，全年42例）。"),
            ("教学活动", "开展学术讲座6次、教学查房20次，详见活动记录。"),
            ("工作成效", "受援医院三、四级手术占比提高到31%。"),
        ],
    }
    first = True
    for rec, items in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = rec
        _w, _l, _g, _c, county = RECIP[rec]
        ws.append([f"翠渠省人民医院2024年度对口支援工作总结表（{SYN}）"])
        ws.merge_cells(start_row=1, end_row=1, start_column=1, end_column=4)
        ws.append([None, None, "填报日期：", "2025年1月10日"])
        ws.append(["支援医院", S1, "受援医院", rec])
        ws.append(["受援医院所在县", county, "支援期限", "2023—2025年"])
        ws.append(["是否签订对口支援协议", "☑是　□否", "是否全年均有人员驻点", "☑是　□否"])
        label_row = {}
        for label, text in items:
            ws.append([label, text])
            ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=2, end_column=4)
            label_row[label] = ws.max_row
        ws.append(["派驻人员结束时是否出具书面考核意见", "☑已出具　□未出具", "年度自评等次", "☑优秀　□合格　□不合格"])
        ws.append(["存在问题及下一步打算", "受援医院人才梯队薄弱，下一年度拟增派急诊、重症专业人员。"])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=2, end_column=4)
        ws.append(["填报人：", "医务部 周某", "单位负责人（签字）：", None])
        ws.append(["单位（盖章）", None, "日期：", "2025年1月10日"])
        wrap(ws)
        if rec == R3:
            r_dep, r_tech = label_row["派驻人员情况"], label_row["新技术新项目"]
            for key in ("jiang", "shen"):
                EXTRA_PLACES.setdefault(key, []).append((fn, rec, r_dep))
            row("techniques", [(fn, rec, r_tech)],
                dict(name="经皮肾镜取石术", first_performed_date=d(2024, 4, 18), cases=15, fills_county_gap=True),
                {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
            # not said whether 无痛分娩 fills a county gap, nor the department of either: left open
            row("techniques", [(fn, rec, r_tech)],
                dict(name="无痛分娩", first_performed_date=d(2024, 6, 3), cases=42),
                {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    wb.save(path)


def f_ql_assessment_xls(path: Path):
    """青萝县人民医院's 对口支援工作考核表 of 省人民医院 (.xls, the recipient scores the support): two pairs per row, a
    scoring rubric (考核项目 | 考核内容 | 分值 | 得分) with prose, 总分 92, ☑ grade, opinion and stamp → nothing:
    a pairing's annual score is no person's monthly assessment, and its counts repeat the detailed forms."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("考核表")
    lines = [
        [f"青萝县人民医院2024年度城乡医院对口支援工作考核表（受援医院填报）{SYN}"],
        ["受援医院", R1, "支援医院", S1],
        ["考核年度", "2024年", "考核日期", "2025年1月8日"],
        ["考核项目", "考核内容", "分值", "得分"],
        ["人员派驻", "派驻人员3人，均为中级以上职称，全年在岗，无脱岗情况", 30, 28],
        ["人才培养", "免费接收我院进修人员3人，进修时间均为6个月", 20, 19],
        ["新技术新项目", "帮助我院开展新技术3项", 20, 20],
        ["教学培训", "开展讲座12次，培训260人次", 15, 14],
        ["医疗服务能力", "县域内就诊率86.5%，较上年提高2.1个百分点", 15, 11],
        ["总分", None, 100, 92],
        ["考核等次", "☑优秀　□良好　□合格　□不合格"],
        ["受援医院意见", "同意。支援医院工作扎实，效果明显。（盖章）"],
        ["负责人（签字）：", None, "日期：", "2025年1月8日"],
    ]
    for i, vals in enumerate(lines):
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(i, j, v)
    wb.save(str(path))


def f_qtcm_summary_ods(path: Path):
    """青萝县中医医院's own year-end summary (.ods, one recipient per file): two pairs per row, prose → nothing
    (the three techniques it names are its own technique list's, dated there)."""
    rows = [
        [f"青萝县中医医院2024年度对口支援工作总结表（{SYN}）"],
        ["受援医院", R2, "支援医院", S3],
        ["所在县", "青萝县", "医院等级", "二级甲等"],
        ["派驻专家", "省中医院全年派驻专家2人，累计驻点12个月，孙砚秋任挂职业务副院长。"],
        ["新技术新项目", "新开展技术项目3项：针刀松解术、穴位埋线、中药熏蒸治疗（详见附表）。"],
        ["进修培训", "选派骨干2名到省中医院进修（名单见支援医院报表）。"],
        ["对口支援协议", "☑已签订　□未签订", "年度考核结果", "☑合格　□不合格"],
        ["院长（签字）：", None, "填报日期：", "2025年1月12日"],
    ]
    ods_doc(path, {"总结表": rows})


def f_s2_summary(path: Path):
    """渠州市中心医院's summary for 白苇县人民医院 (one recipient per file, WPS-style): two pairs per row, section
    lines, an embedded 派驻人员 list (the roster's two stays → no new row), counts as prose (→ nothing) and one
    dated event: a 义诊 on 2024年5月19日 (→ an activity; 受益群众215人 are beneficiaries, not participants)."""
    fn, sh = path.name, "总结表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append(["渠州市中心医院2024年度对口支援工作总结表"])
    ws.append([f"（受援单位：白苇县人民医院）{SYN}"])
    ws.append(["支援单位", S2, "受援单位", R4, None])
    ws.append(["对口支援期限", "2024年1月1日至2026年12月31日", "协议签订", "☑是　□否", None])
    ws.append(["一、派驻人员情况"])
    ws.append(["序号", "姓名", "科室", "职称", "派驻时间"])
    for i, (key, name, dept, title, period) in enumerate(
            [("ouyang", "欧阳岚", "儿科", "主治医师", "2024.02.26—2024.08.25"),
             ("wei", "韦书白", "检验科", "主管技师", "2024.02.26—2024.08.25")], 1):
        ws.append([i, name, dept, title, period])
        EXTRA_PLACES.setdefault(key, []).append((fn, sh, ws.max_row))
    ws.append(["二、工作开展情况"])
    ws.append(["教学查房", "全年24次", "手术示教", "6台次", None])
    ws.append(["学术讲座", "10次，参加人员共320人次", "大型义诊",
               "2024年5月19日在白苇县城关镇开展大型义诊1次，受益群众215人", None])
    row("activities", [(fn, sh, ws.max_row)], dict(activity_date=d(2024, 5, 19), activity_type="义诊"),
        {"recipient_hospital_id": R4, "support_hospital_id": S2}, ["activity_date"])
    ws.append(["新技术新项目", "指导开展新技术1项（详见受援医院新技术报表）", None, None, None])
    ws.append(["三、考核自评", "自评得分：88分", "自评等次", "☑良好", None])
    ws.append(["单位负责人（签字）：", None, "（盖章）", "2025年1月15日", None])
    wrap(ws)
    wb.save(path)


def f_s3_summary_csv(path: Path):
    """省中医院's summary for 青萝县中医医院 exported from a reporting platform as 项目,内容 (CSV, GBK): the two
    experts with their periods (the roster's stays → no new row); the two trainees with department, period and
    completion — the only record of them (no trainee list came) → two trainee rows, named without ID numbers;
    the three techniques by name only (青萝中医's own list has them) → nothing."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    lines = [
        [f"翠渠省中医院2024年度对口支援工作总结表（{SYN}）", ""],
        ["项目", "内容"],
        ["支援医院", S3],
        ["受援医院", R2],
        ["派驻人员", "全年派驻2人：孙砚秋（针灸科，副主任中医师，2024年3月4日—9月3日，挂职业务副院长）；"
                     "周怀瑾（康复科，主治中医师，2024年9月2日—2025年3月1日）"],
        ["接收进修", "免费接收青萝县中医医院进修人员2人：孟夏（中医内科，2024年3月1日—8月31日，已结业）；"
                     "黎照（针灸科，2024年9月1日—2025年2月28日，在修）"],
        ["新技术新项目", "指导开展新技术3项：针刀松解术、穴位埋线、中药熏蒸治疗"],
        ["教学培训", "开展讲座8次，培训受援医院人员160人次"],
        ["全年驻点", "√是　□否"],   # ☑ is not in GBK: the platform writes √
        ["填报人", "医务处 李某"],
        ["单位（盖章）", "2025年1月9日"],
    ]
    for r, vals in enumerate(lines, 1):
        w.writerow(vals)
        if vals[0] == "派驻人员":
            for key in ("sun", "zhou"):
                EXTRA_PLACES.setdefault(key, []).append((fn, None, r))
        if vals[0] == "接收进修":
            row("trainees", [(fn, None, r)], dict(department="中医内科", start_date=d(2024, 3, 1),
                                                  end_date=d(2024, 8, 31), fee_charged=0.0, completed=True),
                {"recipient_hospital_id": R2, "host_hospital_id": S3}, ["start_date"])
            # 在修 at the time of writing: whether it will be completed is not known → completed left open
            row("trainees", [(fn, None, r)], dict(department="针灸科", start_date=d(2024, 9, 1),
                                                  end_date=d(2025, 2, 28), fee_charged=0.0),
                {"recipient_hospital_id": R2, "host_hospital_id": S3}, ["start_date"])
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_appraisal_xlsx(path: Path):
    """派驻人员考核鉴定表 that 青萝县人民医院 issued when two of 省人民医院's people left (R16's written
    assessment): one person per sheet, label | value with two pairs a row, ID number, period, ☑ grade, opinion,
    stamp → the roster's stays, no new row (a grade is no monthly score)."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for key in ("xu", "tao"):
        _rec, _k, name, sex, dept, title, *_rest, post_w, _post, s, e = next(p for p in ROSTER_S1 if p[1] == key)
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.append([f"对口支援派驻人员考核鉴定表（{SYN}）"])
        ws.merge_cells("A1:D1")
        ws.append(["姓名", name, "性别", sex])
        ws.append(["身份证号", use_id(key), "职称", title])
        ws.cell(ws.max_row, 2).number_format = "@"
        ws.append(["派出单位", S1, "受援单位", R1])
        ws.append(["派驻科室", dept, "挂职职务", post_w or "无"])
        ws.append(["派驻时间", f"{s[0]}年{s[1]}月{s[2]}日至{e[0]}年{e[1]}月{e[2]}日"])
        ws.append(["主要工作", "坚持每周教学查房，带教科室医师，开展新技术。"])
        ws.append(["考核等次", "☑优秀　□合格　□不合格" if key == "xu" else "□优秀　☑合格　□不合格"])
        ws.append(["受援单位意见", "同意上述鉴定。"])
        ws.append(["（盖章）", None, "日期：", "2024年9月5日"])
        wrap(ws)
        EXTRA_PLACES.setdefault(key, []).append((fn, name, None))
    wb.save(path)


def deployments_truth():
    """The stays, once each: the roster's row, or any other place that describes the same stay."""
    rows_s1 = {p[1]: p for p in ROSTER_S1}
    stays = {k: (S1, p[0], dep(p[4], p[5], p[6], p[7], d(*p[10]), d(*p[11]), p[9])) for k, p in rows_s1.items()}
    stays["ouyang"] = (S2, R4, dep("儿科", "主治医师", "中级", "医疗", d(2024, 2, 26), d(2024, 8, 25)))
    stays["wei"] = (S2, R4, dep("检验科", "主管技师", "中级", "医技", d(2024, 2, 26), d(2024, 8, 25)))
    stays["sun"] = (S3, R2, dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3), "副院长"))
    stays["zhou"] = (S3, R2, dep("康复科", "主治中医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1)))
    for key, (s, r, f) in stays.items():
        if key in ("ouyang", "wei"):   # the xls roster has no 挂职 column: the post is not checked
            f.pop("position_at_recipient")
        row("deployments", [ROSTER_ROW[key], *EXTRA_PLACES.get(key, [])], f,
            {"support_hospital_id": s, "recipient_hospital_id": r}, ["start_date"], id_number=ID[key])


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "总结考核", "明细报表"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_翠渠省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_s1_roster, "明细报表", "SYNTHETIC_翠渠省人民医院派驻人员花名册2024.xlsx"),
             (f_s2_roster_xls, "明细报表", "SYNTHETIC_渠州市中心医院派驻白苇县人民医院人员名单.xls"),
             (f_s3_roster, "明细报表", "SYNTHETIC_翠渠省中医院派驻专家名单2024.xlsx"),
             (f_qtcm_techniques_ods, "明细报表", "SYNTHETIC_青萝县中医医院新技术新项目2024.ods"),
             (f_ql_trainees_csv, "明细报表", "SYNTHETIC_青萝县人民医院进修人员登记2024.csv"),
             (f_ql_techniques_xlsx, "明细报表", "SYNTHETIC_青萝县人民医院新技术开展情况2024.xlsx"),
             (f_bw_mch_trainees_csv, "明细报表", "SYNTHETIC_白苇县妇幼保健院外出进修人员.csv"),
             (f_cx_activities_xlsx, "明细报表", "SYNTHETIC_澄溪县人民医院帮扶活动记录2024.xlsx"),
             (f_s1_summary, "总结考核", "SYNTHETIC_翠渠省人民医院2024年度对口支援工作总结表.xlsx"),
             (f_ql_assessment_xls, "总结考核", "SYNTHETIC_青萝县人民医院2024年度对口支援工作考核表.xls"),
             (f_qtcm_summary_ods, "总结考核", "SYNTHETIC_青萝县中医医院对口支援年度总结（2024）.ods"),
             (f_s2_summary, "总结考核", "SYNTHETIC_渠州市中心医院年度对口支援工作总结表（白苇县人民医院）.xlsx"),
             (f_s3_summary_csv, "总结考核", "SYNTHETIC_2024年度对口支援工作总结表_翠渠省中医院（平台导出）.csv"),
             (f_appraisal_xlsx, "总结考核", "SYNTHETIC_派驻人员考核鉴定表（青萝县人民医院出具）.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    deployments_truth()
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
