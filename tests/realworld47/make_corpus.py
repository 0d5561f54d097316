"""realworld47 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岫省) for 2024, focused on annual
summary tables that COUNT rather than LIST: a county health bureau's 年度对口支援工作汇总 (one row per hospital with
yearly totals), the province's 考核评分表 per pairing (评分项 | 得分), a hospital's 自评表 with counts inside
sentences, and statistics by title, department or activity type. None of them is a row of any curated table; they
sit beside ordinary row-level files (rosters, a technique list, a trainee list, activities, monthly statistics,
county inpatient flow) whose rows must be curated. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,汇总表,医院报送}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
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

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, C1 = "澄岫省人民医院", "澄岫省中医院", "岚汐市中心医院"
MA, MATCM, ZX, SP = "茗岙县人民医院", "茗岙县中医医院", "芷溪县人民医院", "杉坪县人民医院"
RECIP = {MA: ("二级", "甲等", "综合医院", "茗岙县"), MATCM: ("二级", "乙等", "中医医院", "茗岙县"),
         ZX: ("二级", "甲等", "综合医院", "芷溪县"), SP: ("二级", "乙等", "综合医院", "杉坪县")}
COUNTY_CODE = {"茗岙县": "999401", "芷溪县": "999402", "杉坪县": "999501"}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19740312", "035"), "qiao": ("990101", "19860719", "046"), "fang": ("990102", "19811108", "013"),
    "yu": ("990101", "19790224", "028"), "tang": ("990201", "19770605", "031"), "mo": ("990201", "19850930", "054"),
    "gu": ("990202", "19821017", "067"), "ning": ("990401", "19930403", "022"), "shi": ("990401", "19950811", "045"),
    "yan": ("990402", "19911225", "036"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, place, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, place]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first; 支援期限 blank → the title's period 2024—2026年; 协议签订日期 as real dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岫省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(P1, MA, dt.date(2023, 12, 12)), (PTCM, MATCM, dt.date(2023, 12, 12)), (P1, ZX, dt.date(2023, 12, 18)),
             (C1, SP, dt.date(2023, 12, 26))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, None])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 汇总表 (count, not list)
def f_county_summary_xlsx(path: Path):
    """茗岙县卫健局 年度对口支援工作汇总: one row per recipient with yearly totals (派驻人数, 进修人数, 新技术项目数,
    开展培训次数, 外转率) and 受援医院 / 支援医院 columns like a pairing list; a 合计 row. No curated row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([f"茗岙县2024年度城乡医院对口支援工作汇总表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["填报单位：茗岙县卫生健康局", None, None, None, None, None, None, "填报日期：2025年1月8日"])
    ws.append(["序号", "受援医院", "支援医院", "派驻人数", "进修人数", "新技术项目数", "开展培训次数", "外转率(%)",
               "备注"])
    ws.append([1, MA, P1, 5, 3, 4, 26, 6.8, "派驻人员全部在岗"])
    ws.append([2, MATCM, PTCM, 3, 2, 2, 11, 5.1, None])
    ws.append(["合计", None, None, 8, 5, 6, 37, None, None])
    ws.append(["注：派驻人数为全年累计人数；外转率=外转人次/出院人次。"])
    wb.save(path)


def f_county_summary_xls(path: Path):
    """芷溪县卫健局 汇总 (.xls): a two-row header (上年 | 本年 under each count), one row per hospital including a
    township health centre not in the pairing list; 外转率 "7.2%". No curated row."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("2024年汇总")
    ws.write(0, 0, f"芷溪县对口支援工作年度汇总（2023—2024年）{SYN}")
    head1 = ["单位", "派驻人数（人）", None, "进修人数（人）", None, "新技术项目（项）", None, "培训（次）", None, "外转率"]
    head2 = [None, "2023年", "2024年", "2023年", "2024年", "2023年", "2024年", "2023年", "2024年", "2024年"]
    for j, (a, b) in enumerate(zip(head1, head2)):
        if a:
            ws.write(1, j, a)
        if b:
            ws.write(2, j, b)
    for i, vals in enumerate([[ZX, 4, 6, 2, 4, 3, 5, 18, 24, "7.2%"],
                              ["芷溪县清塘镇卫生院", 0, 1, 0, 2, 0, 0, 2, 3, "—"],
                              ["全县合计", 4, 7, 2, 6, 3, 5, 20, 27, None]], 3):
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(i, j, v)
    ws.write(6, 0, "审核人：医政股")
    wb.save(str(path))


def f_scoring_per_pairing_xlsx(path: Path):
    """The province's 考核评分表, one sheet per pairing: 评分项 | 分值 | 得分 | 扣分说明 (counts in the 说明), 总分."""
    wb = openpyxl.Workbook()
    first = True
    for s, r, items in (
            (P1, MA, [("人员派驻与在岗", 30, 28, "派驻5人，抽查12次在岗11次"), ("人才培养", 20, 19, "接收进修3人"),
                      ("新技术新项目", 20, 18, "开展新技术4项，其中填补县域空白2项"), ("带教培训", 15, 15, "开展培训26次"),
                      ("群众满意度", 15, 13, None)]),
            (C1, SP, [("人员派驻与在岗", 30, 25, "派驻3人，1人提前返回"), ("人才培养", 20, 16, "接收进修1人"),
                      ("新技术新项目", 20, 14, "开展新技术1项"), ("带教培训", 15, 13, "开展培训9次"),
                      ("群众满意度", 15, 14, None)])):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = r.replace("县人民医院", "")
        ws.append([f"澄岫省2024年度城乡医院对口支援考核评分表（{SYN}）"])
        ws.merge_cells("A1:D1")
        ws.append([f"支援医院：{s}", None, f"受援医院：{r}"])
        ws.append(["评分项", "分值", "得分", "扣分说明"])
        for it in items:
            ws.append(list(it))
        ws.append(["总分", 100, sum(it[2] for it in items), None])
        ws.append(["考核组签字：", None, "2025年2月20日"])
    wb.save(path)


def f_scoring_wide_ods(path: Path):
    """The same 考核 as one wide sheet (.ods): a row per pairing, 支援医院 | 受援医院 | items' scores | 总分 | 等次."""
    rows = [[f"澄岫省2024年度对口支援考核结果汇总（{SYN}）"],
            ["序号", "支援医院", "受援医院", "人员派驻(30)", "人才培养(20)", "新技术(20)", "带教培训(15)",
             "满意度(15)", "总分", "等次"],
            [1, P1, MA, 28, 19, 18, 15, 13, 93, "优秀"],
            [2, PTCM, MATCM, 27, 17, 15, 14, 13, 86, "良好"],
            [3, P1, ZX, 29, 18, 19, 14, 14, 94, "优秀"],
            [4, C1, SP, 25, 16, 14, 13, 14, 82, "良好"],
            ["澄岫省卫生健康委员会医政处　2025年3月"]]
    ods_doc(path, {"考核结果": rows})


def f_self_assessment_csv(path: Path):
    """杉坪县人民医院 年度自评表 (CSV, GBK): counts inside sentences."""
    rows = [[f"杉坪县人民医院2024年度对口支援工作自评表（{SYN}）", "", "", ""],
            ["评价项目", "分值", "自评情况", "自评得分"],
            ["人员派驻", "30", "岚汐市中心医院全年派驻医务人员3人，其中副高以上2人，累计在岗16个月。", "26"],
            ["人才培养", "20", "选派1名医师赴支援医院进修6个月，已结业。", "17"],
            ["新技术", "20", "在支援医院指导下开展新技术1项（无痛胃镜），完成42例。", "15"],
            ["带教培训", "15", "全年开展教学查房5次、学术讲座4次，参加培训共计310人次。", "14"],
            ["成效", "15", "县域内就诊率由84.1%提高到86.3%，外转人次同比下降12%。", "13"],
            ["合计", "100", "", "85"],
            ["单位（盖章）：杉坪县人民医院", "", "2025年1月12日", ""]]
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_workload_year_csv(path: Path):
    """The province's annual workload summary (CSV, UTF-8): per recipient, the YEAR's totals of the monthly
    statistics' own fields (门急诊人次, 出院人数, 手术台次, 外转人次) — no month, so no hospital_monthly_stats row."""
    rows = [[f"2024年受援医院业务量年度汇总（{SYN}）", "", "", "", "", "", ""],
            ["受援医院", "年度", "门急诊人次", "出院人数", "手术台次", "外转人次", "外转率"],
            [MA, "2024", "201340", "14620", "3312", "994", "6.8%"],
            [MATCM, "2024", "96210", "5130", "702", "262", "5.1%"],
            [ZX, "2024", "143520", "10210", "2604", "735", "7.2%"],
            [SP, "2024", "110880", "7650", "1630", "612", "8.0%"],
            ["合计", "", "551950", "37610", "8248", "2603", ""]]
    path.write_bytes(csv_bytes(rows, "utf-8"))


def f_title_structure_xlsx(path: Path):
    """澄岫省人民医院 派驻人员结构统计: 职称 | 人数 | 占比 and 受援医院 | 派驻人数 | 其中高级 | 累计派驻月数."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "职称结构"
    ws.append([f"澄岫省人民医院2024年对口支援派驻人员职称结构统计（{SYN}）"])
    ws.append(["职称", "人数", "占比"])
    for t, n, p in (("主任医师", 2, "25.0%"), ("副主任医师", 3, "37.5%"), ("主治医师", 2, "25.0%"),
                    ("主管护师", 1, "12.5%")):
        ws.append([t, n, p])
    ws.append(["合计", 8, "100%"])
    ws2 = wb.create_sheet("按受援医院")
    ws2.append([f"派驻人数按受援医院统计（{SYN}）"])
    ws2.append(["受援医院", "派驻人数", "其中：高级职称", "累计派驻月数", "派驻科室数"])
    ws2.append([MA, 5, 3, 30, 4])
    ws2.append([ZX, 3, 2, 18, 3])
    ws2.append(["合计", 8, 5, 48, 7])
    wb.save(path)


def f_dept_stats_ods(path: Path):
    """茗岙县人民医院 年度统计 (.ods): 进修 by 科室 (进修人数, 已结业, 进修费用合计) and 新技术 by 科室 (项目数, 开展例数,
    填补县域空白项数) — counts per department, no trainee and no technique named."""
    tr = [[f"茗岙县人民医院2024年外出进修情况统计（{SYN}）"],
          ["科室", "进修人数", "已结业人数", "进修费用合计(元)", "进修医院"],
          ["内科", 2, 2, 6000, P1], ["急诊科", 1, 0, 0, P1], ["合计", 3, 2, 6000, None]]
    te = [[f"茗岙县人民医院2024年新技术新项目分科统计（{SYN}）"],
          ["科室", "新技术项目数", "开展例数", "填补县域空白项数", "支援单位"],
          ["心内科", 2, 57, 1, P1], ["普外科", 1, 23, 1, P1], ["护理部", 1, 140, 0, P1], ["合计", 4, 220, 2, None]]
    ods_doc(path, {"进修统计": tr, "新技术统计": te})


def f_activity_type_csv(path: Path):
    """岚汐市中心医院 帮扶活动分类统计 (CSV, UTF-8 with BOM): 活动类型 | 次数 | 参加人次 for one recipient."""
    rows = [[f"岚汐市中心医院2024年对口帮扶活动分类统计（{SYN}）", "", "", ""],
            ["受援医院：" + SP, "", "", ""],
            ["活动类型", "次数", "参加人次", "备注"],
            ["学术讲座", "4", "186", ""], ["教学查房", "5", "64", ""], ["手术示教", "2", "18", ""],
            ["义诊", "1", "42", "含健康宣教"], ["合计", "12", "310", ""]]
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


# ------------------------------------------------------------------------------------------- 医院报送 (row-level)
def f_p1_roster_xlsx(path: Path):
    """澄岫省人民医院 派驻人员名册: one ID with a wrong check digit, one person without an ID number; a 合计 row and
    a statistics block under the table (本年度共派驻8人，其中高级职称5人) — not rows."""
    fn, sh = path.name, "名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期", "备注"])
    wrong = ID["qiao"][:17] + ("0" if ID["qiao"][17] != "0" else "1")
    people = [
        ("lin", "林叙白", None, "心血管内科", "主任医师", MA, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("qiao", "乔映雪", wrong, "普外科", "副主任医师", MA, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("fang", "方既明", None, "麻醉科", "主治医师", MA, dt.date(2024, 9, 2), dt.date(2025, 2, 28),
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 2, 28))),
        (None, "苏晚晴", None, "护理部", "主管护师", ZX, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
         dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30))),
        ("yu", "余子衿", None, "消化内科", "副主任医师", ZX, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
         dep("消化内科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
    ]
    for i, (key, name, sp, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else None, dept, title, rec, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        tid = wrong if sp == wrong else (ID[key] if key else None)
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["合计", "5人"])
    ws.append([])
    ws.append(["本年度共派驻8人（含上年延续3人），其中高级职称5人，派驻科室7个。"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, "2025年1月6日"])
    wb.save(path)


def f_ptcm_roster_xls(path: Path):
    """澄岫省中医院 派驻名单 (.xls): one 15-digit ID; the recipient in a column."""
    fn, sh = path.name, "派驻名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄岫省中医院2024年派驻茗岙县中医医院人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "受援单位", "开始时间", "结束时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    m = ID["mo"]
    fifteen = m[:6] + m[8:14] + m[14:17]
    people = [("tang", "唐砚秋", None, "针灸科", "主任中医师", "2024-03-04", "2024-08-30",
               dep("针灸科", "主任中医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 30))),
              ("mo", "莫听澜", fifteen, "脾胃病科", "主治中医师", "2024-03-04", "2024-08-30",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 8, 30))),
              ("gu", "顾怀安", None, "骨伤科", "副主任中医师", "2024-09-02", "2025-02-28",
               dep("骨伤科", "副主任中医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 2, 28)))]
    for i, (key, name, sp, dept, title, s, e, f) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, MATCM, s, e]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": PTCM, "recipient_hospital_id": MATCM},
            ["start_date"], id_number=ID[key])
        if sp == fifteen:
            finding(fn, r + 1, "ID_15_DIGIT")
    ws.write(5, 0, "填表人：医务处")
    wb.save(str(path))


def f_ma_techniques_ods(path: Path):
    """茗岙县人民医院 新技术 list (.ods): 例数 "约10例" (→ empty + finding), 填补县域空白 是/否, a 支援单位 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"茗岙县人民医院2024年新技术新项目登记（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "填补县域空白", "支援单位"]]
    items = [("冠状动脉造影术", "心内科", "2024-04-10", "35", "是", d(2024, 4, 10), 35, True),
             ("射频消融术", "心内科", "2024-06-18", "22", "否", d(2024, 6, 18), 22, False),
             ("腹腔镜胆囊切除术", "普外科", "2024-05-07", "约10例", "是", d(2024, 5, 7), None, True),
             ("PICC置管维护", "护理部", "2024-03-20", "140", "否", d(2024, 3, 20), 140, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": MA, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_ma_trainees_csv(path: Path):
    """茗岙县人民医院 进修人员 (CSV, UTF-8): three trainees at the support hospital."""
    fn = path.name
    rows = [[f"茗岙县人民医院2024年赴支援医院进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用(元)", "是否结业"]]
    people = [("ning", "宁采薇", "内科", "2024-03-04", "2024-08-30", "3000", "是", 3000.0, True),
              ("shi", "石青禾", "内科", "2024-03-04", "2024-08-30", "3000", "是", 3000.0, True),
              ("yan", "颜如玉", "急诊科", "2024-09-02", "2025-02-28", "0", "否", 0.0, False)]
    for key, name, dept, s, e, fee, done, feev, donev in people:
        rows.append([name, use_id(key), dept, P1, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": MA, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def f_sp_activities_xlsx(path: Path):
    """岚汐市中心医院 帮扶活动登记 for 杉坪县人民医院: 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚汐市中心医院对口帮扶活动登记表（2024年）{SYN}"])
    ws.append(["日期", "支援单位", "受援单位", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "学术讲座", "慢阻肺规范化诊治", 46, 46),
            (dt.date(2024, 4, 9), "教学查房", "重症肺炎查房", 12, 12),
            (dt.date(2024, 5, 21), "手术示教", "腹腔镜疝修补术", 9, 9),
            (dt.date(2024, 9, 28), "义诊", "重阳节义诊", "约40人", None)]
    for day, typ, topic, n, nv in acts:
        ws.append([day, C1, SP, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": SP, "support_hospital_id": C1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_zx_monthly_csv(path: Path):
    """芷溪县人民医院 月度业务量 (CSV, GBK): 12 months, a 合计 line and a 全年外转率 line under them."""
    fn = path.name
    rows = [[f"芷溪县人民医院2024年月度业务统计（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    tot = [0, 0, 0, 0]
    for m in range(1, 13):
        v = [11200 + 130 * m, 800 + 11 * m, 200 + 3 * m, 70 - 2 * m]
        tot = [a + b for a, b in zip(tot, v)]
        rows.append([f"{m}月", *[str(x) for x in v]])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": ZX}, ["month"])
    rows.append(["合计", *[str(x) for x in tot]])
    rows.append(["全年外转率", f"{100 * tot[3] / tot[1]:.1f}%", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_sp_monthly_xlsx(path: Path):
    """杉坪县人民医院 7—12月业务量 (xlsx), the hospital in the title; a 合计 row of formulas."""
    fn, sh = path.name, "7-12月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"杉坪县人民医院2024年7—12月业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    for m in range(7, 13):
        v = [9100 + 85 * m, 630 + 9 * m, 130 + 2 * m, 55 - m]
        ws.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SP}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_county_flow_xlsx(path: Path):
    """The province's 县域住院流向 2024: a count table that IS a curated table (one row per county and year)."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, a, b in (("茗岙县", 31240, 5210), ("芷溪县", 24610, 4402), ("杉坪县", 18830, 3915)):
        ws.append([county, COUNTY_CODE[county], 2024, a, b])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=COUNTY_CODE[county], year=2024,
                                                                 resident_admissions=a,
                                                                 resident_admissions_outside_county=b),
            {}, ["county_code", "year"])
    ws.append(["合计", None, None, 74680, 13527])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "汇总表", "医院报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岫省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_county_summary_xlsx, "汇总表", "SYNTHETIC_茗岙县2024年度对口支援工作汇总.xlsx"),
             (f_county_summary_xls, "汇总表", "SYNTHETIC_芷溪县对口支援年度汇总.xls"),
             (f_scoring_per_pairing_xlsx, "汇总表", "SYNTHETIC_澄岫省对口支援考核评分表2024.xlsx"),
             (f_scoring_wide_ods, "汇总表", "SYNTHETIC_澄岫省对口支援考核结果汇总2024.ods"),
             (f_self_assessment_csv, "汇总表", "SYNTHETIC_杉坪县人民医院2024年度自评表.csv"),
             (f_workload_year_csv, "汇总表", "SYNTHETIC_受援医院业务量年度汇总2024.csv"),
             (f_title_structure_xlsx, "汇总表", "SYNTHETIC_省人民医院派驻人员结构统计2024.xlsx"),
             (f_dept_stats_ods, "汇总表", "SYNTHETIC_茗岙县人民医院进修与新技术分科统计.ods"),
             (f_activity_type_csv, "汇总表", "SYNTHETIC_岚汐市中心医院帮扶活动分类统计.csv"),
             (f_p1_roster_xlsx, "医院报送", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_ptcm_roster_xls, "医院报送", "SYNTHETIC_省中医院派驻名单2024.xls"),
             (f_ma_techniques_ods, "医院报送", "SYNTHETIC_茗岙县人民医院新技术登记2024.ods"),
             (f_ma_trainees_csv, "医院报送", "SYNTHETIC_茗岙县人民医院进修人员2024.csv"),
             (f_sp_activities_xlsx, "医院报送", "SYNTHETIC_岚汐市中心医院帮扶活动登记2024.xlsx"),
             (f_zx_monthly_csv, "医院报送", "SYNTHETIC_芷溪县人民医院月度业务统计2024.csv"),
             (f_sp_monthly_xlsx, "医院报送", "SYNTHETIC_杉坪县人民医院业务量7-12月.xlsx"),
             (f_county_flow_xlsx, "医院报送", "SYNTHETIC_县域住院流向2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
