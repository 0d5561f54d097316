"""realworld70 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄渊省) whose pairing lists come as
provinces and cities really publish them: the province's 附件1 (the county a merged column with its recipients
hanging under it, two recipients in one cell, levels written 三级甲等 / 三甲 / 二甲 / 二级, categories 综合 / 中医 /
妇幼, the period only in the title), its 附件2 of 组团式 teams (牵头单位 + 成员单位, 帮扶期限 in a column), a city's
own 县乡 list (county hospitals supporting 乡镇卫生院, 支援期限 '2021年1月—2025年12月' in a column, two centres in one
cell) and a mid-period adjustment notice (原支援医院 → 调整后支援医院, 调整日期); then the hospitals' 2024
submissions that name recipients by short names (苍岭县医院, 县中医院, 县妇幼保健院, 白沙县中医院). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,雁泉市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in
truth.json). Written without reading the tool's parser.
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
P1, PTCM, P2, PMCH = "澄渊省人民医院", "澄渊省中医院", "澄渊省第二人民医院", "澄渊省妇幼保健院"
YQ1, YQC, YQMCH = "雁泉市第一人民医院", "雁泉市中心医院", "雁泉市妇幼保健院"
CL, CLTCM, CLMCH = "苍岭县人民医院", "苍岭县中医院", "苍岭县妇幼保健院"
BS, BSTCM = "白沙县人民医院", "白沙县中医医院"
GT, GTTCM = "桂塘县人民医院", "桂塘县中医院"
SQ, LX, YT, SP = "石泉镇卫生院", "柳溪乡卫生院", "云台镇卫生院", "沙坪镇中心卫生院"

ID = {k: idn(*v) for k, v in {
    "lin": ("990401", "19730412", "031"), "gao": ("990401", "19880917", "042"), "tang": ("990402", "19790228", "015"),
    "ye": ("990401", "19850605", "026"), "cheng": ("990403", "19770819", "053"), "song": ("990403", "19900130", "064"),
    "qiu": ("990411", "19810711", "017"), "han": ("990411", "19860923", "038"), "zhou": ("990421", "19780315", "049"),
    "lu": ("990421", "19890506", "021"), "wu": ("990431", "19870121", "072"), "zheng": ("990431", "19940808", "083"),
    "zhao": ("990431", "19960314", "024"), "qian": ("990431", "19971102", "046"), "sun": ("990432", "19920627", "057"),
    "li": ("990432", "19950419", "068"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def hospital(name, **attrs):
    truth["hospitals"].append({"name": name, **attrs})


def pairing(support, recipient, start, end, source=None, agreement="absent"):
    p = {"support": support, "recipient": recipient, "start_date": start, "end_date": end}
    if source:
        p["start_date_source"] = source
    if agreement != "absent":
        p["agreement_date"] = agreement
    truth["pairings"].append(p)


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as date cells)."""
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


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    return ("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def f_province_list(path: Path):
    """附件1: the county a merged column with its recipients under it; two recipients in one cell (白沙县, no level
    or category written for them); 等级 二级甲等 / 二甲 / 二级 and the support hospital's 三级甲等 / 三甲; 类别 综合 /
    中医 / 妇幼; 协议签订日期 a date cell or text; the period 2021—2025年 only in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["附件1"])
    ws.append([f"澄渊省城乡医院对口支援关系一览表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A2:I2")
    ws.append(["序号", "县（市、区）", "受援医院", "等级", "类别", "支援医院", "支援医院等级", "协议签订日期", "备注"])
    rows = [(1, "苍岭县", CL, "二级甲等", "综合", P1, "三级甲等", dt.date(2021, 1, 15)),
            (2, None, CLTCM, "二甲", "中医", PTCM, "三甲", "2021年1月15日"),
            (3, None, CLMCH, "二级", "妇幼", YQMCH, "三级甲等", dt.date(2021, 1, 20)),
            (4, "白沙县", f"{BS}、{BSTCM}", None, None, P2, "三甲", dt.date(2021, 1, 18))]
    for r in rows:
        ws.append(list(r) + [None])
        if isinstance(r[7], dt.date):
            ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
    ws.merge_cells("B4:B6")
    ws.append([f"注：组团式帮扶安排见附件2。{SYN}，医院名称均为虚构。"])
    ws.merge_cells(f"A{ws.max_row}:I{ws.max_row}")
    wb.save(path)
    end = d(2025, 12, 31)
    pairing(P1, CL, d(2021, 1, 1), end, "title_period", d(2021, 1, 15))
    pairing(PTCM, CLTCM, d(2021, 1, 1), end, "title_period", d(2021, 1, 15))
    # ended by the adjustment notice (附件3): 调整日期 2023-07-01, so the last day is 2023-06-30
    pairing(YQMCH, CLMCH, d(2021, 1, 1), d(2023, 6, 30), "title_period", d(2021, 1, 20))
    pairing(P2, BS, d(2021, 1, 1), end, "title_period", d(2021, 1, 18))
    pairing(P2, BSTCM, d(2021, 1, 1), end, "title_period", d(2021, 1, 18))
    hospital(CL, level="二级", grade="甲等", category="综合医院", county="苍岭县")
    hospital(CLTCM, level="二级", grade="甲等", category="中医医院", county="苍岭县")
    hospital(CLMCH, level="二级", grade=None, category="妇幼保健院", county="苍岭县")
    hospital(BS, county="白沙县")
    hospital(BSTCM, county="白沙县")
    for s in (P1, PTCM, YQMCH, P2):
        hospital(s, level="三级", grade="甲等")


def f_team_list(path: Path):
    """附件2 (.xls): 组团式 support — one 牵头单位 and two 成员单位 in one cell for 桂塘县人民医院 (three pairings), a
    lead without members ("—") for 桂塘县中医院; 帮扶期限 "2022年3月—2025年12月" in a column."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("附件2")
    ws.write(0, 0, f"附件2  澄渊省城乡医院组团式对口帮扶安排表（{SYN}）")
    hdr = ["序号", "受援医院", "所在县", "等级", "类别", "牵头单位", "成员单位", "帮扶期限"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    for i, vals in enumerate([[1, GT, "桂塘县", "二级甲等", "综合", P1, f"{YQ1}、{YQC}", "2022年3月—2025年12月"],
                              [2, GTTCM, "桂塘县", "二级", "中医", PTCM, "—", "2022年3月—2025年12月"]]):
        for j, v in enumerate(vals):
            ws.write(2 + i, j, v)
    ws.write(4, 0, "说明：牵头单位负责统筹，成员单位按分工派驻人员。")
    wb.save(str(path))
    s, e = d(2022, 3, 1), d(2025, 12, 31)
    for sup in (P1, YQ1, YQC):
        pairing(sup, GT, s, e, "support_period", None)
    pairing(PTCM, GTTCM, s, e, "support_period", None)
    hospital(GT, level="二级", grade="甲等", category="综合医院", county="桂塘县")
    hospital(GTTCM, level="二级", grade=None, category="中医医院", county="桂塘县")
    hospital(YQ1)
    hospital(YQC)


def f_city_list(path: Path):
    """雁泉市's own 县乡 list: county hospitals (already recipients in 附件1, written without a county) supporting
    township centres; two centres in one cell; 等级 一级; 支援期限 '2021年1月—2025年12月' in a column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县乡对口支援"
    ws.append([f"雁泉市市级对口支援安排表（县级医院支援乡镇卫生院）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "支援医院", "受援乡镇卫生院", "所在县", "等级", "支援期限", "备注"])
    ws.append([1, CL, f"{SQ}、{LX}", "苍岭县", "一级", "2021年1月—2025年12月", None])
    ws.append([2, CLTCM, YT, "苍岭县", "一级", "2021年1月—2025年12月", None])
    ws.append([3, BS, SP, "白沙县", "一级", "2022年1月—2025年12月", "2022年起纳入"])
    ws.append(["雁泉市卫生健康委员会（印）"])
    wb.save(path)
    e = d(2025, 12, 31)
    pairing(CL, SQ, d(2021, 1, 1), e, "support_period")
    pairing(CL, LX, d(2021, 1, 1), e, "support_period")
    pairing(CLTCM, YT, d(2021, 1, 1), e, "support_period")
    pairing(BS, SP, d(2022, 1, 1), e, "support_period")
    for h, county in ((SQ, "苍岭县"), (LX, "苍岭县"), (YT, "苍岭县"), (SP, "白沙县")):
        hospital(h, level="一级", grade=None, county=county)


def f_adjustment(path: Path):
    """附件3 (.ods): a mid-period adjustment — 苍岭县妇幼保健院's support passes from 雁泉市妇幼保健院 to
    澄渊省妇幼保健院 on 2023-07-01, for the rest of the 2021—2025 cycle the title names."""
    rows = [[f"附件3  澄渊省城乡医院对口支援关系调整表（2021—2025年周期）（{SYN}）"],
            ["序号", "受援医院", "原支援医院", "调整后支援医院", "调整日期", "调整原因"],
            [1, CLMCH, YQMCH, PMCH, "2023年7月1日", "原支援医院承担省级重点任务"]]
    ods_doc(path, {"调整表": rows})
    pairing(PMCH, CLMCH, d(2023, 7, 1), d(2025, 12, 31))
    hospital(PMCH)


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院 roster: recipients by short name (苍岭县医院, 桂塘县医院); one ID with a wrong check digit, one
    15-digit ID; date cells."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄渊省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始时间", "结束时间"])
    g = ID["gao"]
    wrong = g[:17] + ("0" if g[17] != "0" else "1")
    t = ID["tang"]
    fifteen = t[:6] + t[8:17]
    people = [("lin", "林致远", None, "心血管内科", "主任医师", "苍岭县医院", CL, (2024, 3, 1), (2024, 8, 31),
               "正高级", "医疗", ID["lin"]),
              ("gao", "高若兰", wrong, "呼吸与危重症医学科", "主治医师", "苍岭县医院", CL, (2024, 3, 1), (2024, 8, 31),
               "中级", "医疗", wrong),
              ("tang", "唐伯川", fifteen, "骨科", "副主任医师", GT, GT, (2024, 4, 1), (2024, 9, 30), "副高级", "医疗",
               ID["tang"]),
              ("ye", "叶清和", None, "护理部", "主管护师", "桂塘县医院", GT, (2024, 4, 1), (2024, 12, 31), "中级", "护理",
               ID["ye"])]
    for i, (key, name, sp, dept, title, written, rec, s, e, rank, cat, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, written, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append(["合计", "4人"])
    wb.save(path)


def f_ptcm_roster_xls(path: Path):
    """省中医院 (.xls): the county only in the title, the recipient as "县中医院"; 派驻时间 "2024.03.01-2024.08.31"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄渊省中医院2024年派驻苍岭县人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "派驻医院", "派驻时间"]):
        ws.write(1, j, h)
    people = [("cheng", "程思远", "针灸科", "副主任医师", "2024.03.01-2024.08.31", "副高级", d(2024, 3, 1), d(2024, 8, 31)),
              ("song", "宋佳禾", "脾胃病科", "主治医师", "2024.09.01-2025.02.28", "中级", d(2024, 9, 1), d(2025, 2, 28))]
    for i, (key, name, dept, title, period, rank, s, e) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, "县中医院", period]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": PTCM, "recipient_hospital_id": CLTCM}, ["start_date"], id_number=ID[key])
    ws.write(4, 0, "制表人：医务处")
    wb.save(str(path))


def f_p2_roster_csv(path: Path):
    """省二院 (CSV, GBK): 填报单位 line; recipients 白沙县医院 (the county's 县医院) and 白沙县中医院 (for 白沙县中医医院);
    one person without an ID number."""
    fn = path.name
    rows = [[f"填报单位：{P2}（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"]]
    people = [("qiu", "邱明哲", "普外科", "副主任医师", "白沙县医院", BS, "2024-05-06", "2024-11-05", "副高级"),
              (None, "范予安", "中医科", "主治医师", "白沙县中医院", BSTCM, "2024-05-06", "2024-11-05", "中级"),
              ("han", "韩叔夜", "麻醉科", "主治医师", BS, BS, "2024-06-03", "2024-12-02", "中级")]
    for key, name, dept, title, written, rec, s, e, rank in people:
        rows.append([name, use_id(key) if key else "", dept, title, written, s, e])
        row("deployments", fn, None, len(rows), dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": P2, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_pmch_roster(path: Path):
    """省妇幼 (the support hospital since the adjustment): the recipient "县妇幼保健院", the county in the title."""
    fn, sh = path.name, "派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄渊省妇幼保健院2024年派驻苍岭县医务人员情况表（{SYN}）"])
    ws.append(["姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始", "派驻结束"])
    people = [("zhou", "周静姝", "产科", "副主任医师", "副高级", (2024, 2, 26), (2024, 8, 25)),
              ("lu", "陆一鸣", "儿科", "主治医师", "中级", (2024, 3, 4), (2024, 9, 3))]
    for key, name, dept, title, rank, s, e in people:
        ws.append([name, use_id(key), dept, title, "县妇幼保健院", dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", d(*s), d(*e)),
            {"support_hospital_id": PMCH, "recipient_hospital_id": CLMCH}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_county_stats_ods(path: Path):
    """省卫健委 (.ods): county inpatient flow for 2024, the year in the title."""
    fn, sh = path.name, "2024年"
    rows = [[f"2024年各县县域住院流向统计（{SYN}）"],
            ["县（市、区）", "区划代码", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, tot, out in (("苍岭县", "999401", 41250, 7315), ("白沙县", "999402", 29870, 5122),
                                   ("桂塘县", "999403", 23410, 4987)):
        rows.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 雁泉市
def f_yq1_activities(path: Path):
    """市一院 (a 成员单位 of 桂塘县's team): the recipient "桂塘县医院"; 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雁泉市第一人民医院组团帮扶活动登记表（2024年）（{SYN}）"])
    ws.append([f"填报单位：{YQ1}"])
    ws.append(["日期", "受援单位", "活动类型", "主题", "参加人数"])
    acts = [((2024, 3, 12), "教学查房", "慢阻肺规范化管理查房", 25, 25),
            ((2024, 4, 9), "学术讲座", "胸痛中心建设", "约40人", None),
            ((2024, 5, 21), "手术示教", "腹腔镜疝修补术", 12, 12),
            ((2024, 6, 18), "疑难病例讨论", "不明原因发热", 18, 18)]
    for day, typ, topic, n, nv in acts:
        ws.append([dt.date(*day), "桂塘县医院", typ, topic, n])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, r, dict(activity_date=d(*day), activity_type=typ, participants=nv),
            {"recipient_hospital_id": GT, "support_hospital_id": YQ1}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_gt_techniques_ods(path: Path):
    """桂塘县人民医院 (.ods): the hospital in the title; 技术来源 names the lead or a member of its team."""
    fn, sh = path.name, "新技术"
    rows = [[f"桂塘县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "技术来源"]]
    items = [("经皮冠状动脉介入治疗", "心血管内科", "2024年4月16日", 12, "是", P1, d(2024, 4, 16), True),
             ("腹腔镜胆囊切除术", "普外科", "2024年5月8日", 20, "否", YQC, d(2024, 5, 8), False),
             ("无痛胃肠镜检查", "消化内科", "2024年6月3日", 45, "是", YQ1, d(2024, 6, 3), True)]
    for i, (name, dept, when, n, gap, sup, day, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, n, gap, sup])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=n,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": GT, "support_hospital_id": sup}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_cl_assessments_xls(path: Path):
    """苍岭县人民医院 (.xls): July assessment of the 省人民医院 staff; 考核月份 "2024年7月" in a column."""
    fn, sh = path.name, "7月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苍岭县人民医院派驻人员月度考核表（{SYN}）")
    for j, h in enumerate(["姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"]):
        ws.write(1, j, h)
    for i, (key, name, sc, present) in enumerate((("lin", "林致远", 95, 4), ("gao", "高若兰", 92.5, 3)), 1):
        for j, v in enumerate([name, use_id(key), P1, "2024年7月", sc, 4, present]):
            ws.write(1 + i, j, v)
        row("staff_monthly_assessments", fn, sh, 2 + i, dict(year=2024, month=7, score=float(sc), spot_checks=4,
                                                              spot_checks_present=present),
            {"recipient_hospital_id": CL}, ["month"], id_number=ID[key])
    ws.write(4, 0, "考核人：院办")
    wb.save(str(path))


def f_clmch_monthly_csv(path: Path):
    """苍岭县妇幼保健院 (CSV, UTF-8 with BOM): a title line, months 1-6."""
    fn = path.name
    rows = [[f"苍岭县妇幼保健院2024年1—6月业务量统计（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [5400 + 130 * m, 310 + 9 * m, 72 + m, 11 - m]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": CLMCH}, ["month"])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


def f_bs_monthly_xlsx(path: Path):
    """"白沙县医院" (the county's 县医院) in the title; months 7-12; a 合计 row."""
    fn, sh = path.name, "7-12月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白沙县医院2024年7—12月主要业务量（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    tot = [0, 0, 0, 0]
    for m in range(7, 13):
        v = [12100 + 160 * m, 905 + 11 * m, 201 + 3 * m, 33 - m]
        tot = [a + b for a, b in zip(tot, v)]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": BS}, ["month"])
    ws.append(["合计", *tot])
    wb.save(path)


def f_sq_trainees_xlsx(path: Path):
    """石泉镇卫生院: trainees at "县医院" (苍岭县人民医院, the county in the title); fee 0; 是/否."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苍岭县石泉镇卫生院2024年赴县医院进修人员登记表（{SYN}）"])
    ws.append(["姓名", "身份证号", "科室", "进修单位", "进修开始", "进修结束", "进修费用（元）", "是否结业"])
    people = [("zhao", "赵晓禾", "全科医学科", (2024, 3, 1), (2024, 5, 31), "是", True),
              ("qian", "钱念慈", "护理部", (2024, 9, 2), (2024, 11, 29), "否", False)]
    for key, name, dept, s, e, done, donev in people:
        ws.append([name, use_id(key), dept, "县医院", dt.date(*s), dt.date(*e), 0, done])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=0.0,
                                         completed=donev),
            {"recipient_hospital_id": SQ, "host_hospital_id": CL}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_bstcm_trainees_csv(path: Path):
    """白沙县中医院 (CSV, GBK): 填报单位 "白沙县中医院" (for 白沙县中医医院), trainees at 澄渊省第二人民医院."""
    fn = path.name
    rows = [[f"填报单位：白沙县中医院（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "进修时间", "进修费用", "是否结业"]]
    people = [("sun", "孙若谷", "骨伤科", "2024-03-04至2024-08-31", 3000, "是", d(2024, 3, 4), d(2024, 8, 31), True),
              ("li", "李沐阳", "针灸科", "2024-09-02至2025-02-28", 3000, "否", d(2024, 9, 2), d(2025, 2, 28), False)]
    for key, name, dept, period, fee, done, s, e, donev in people:
        rows.append([name, use_id(key), dept, P2, period, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                                   completed=donev),
            {"recipient_hospital_id": BSTCM, "host_hospital_id": P2}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_cl_township_roster(path: Path):
    """苍岭县人民医院's own staff sent to the township centres the city list pairs it with (bare centre names)."""
    fn, sh = path.name, "下派人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苍岭县人民医院2024年下派乡镇卫生院人员名单（{SYN}）"])
    ws.append([f"填报单位：{CL}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻卫生院", "派驻开始", "派驻结束"])
    people = [("wu", "吴之恒", "内科", "主治医师", "中级", SQ, (2024, 1, 8), (2024, 6, 30)),
              ("zheng", "郑晚晴", "儿科", "住院医师", "初级", LX, (2024, 7, 1), (2024, 12, 31))]
    for i, (key, name, dept, title, rank, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", d(*s), d(*e)),
            {"support_hospital_id": CL, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_bs_township_activities_ods(path: Path):
    """白沙县人民医院 (.ods): activities at 沙坪镇中心卫生院, the support hospital in the title."""
    fn, sh = path.name, "下乡帮扶"
    rows = [[f"白沙县人民医院2024年对口帮扶乡镇卫生院活动记录（{SYN}）"],
            ["活动日期", "受援单位", "活动形式", "内容", "参加人数"]]
    for day, typ, topic, n in (((2024, 4, 20), "义诊", "慢病筛查义诊", 60), ((2024, 8, 15), "技术培训", "心肺复苏培训", 22)):
        rows.append([dt.date(*day), SP, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=d(*day), activity_type=typ, participants=n),
            {"recipient_hospital_id": SP, "support_hospital_id": BS}, ["activity_date"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "雁泉市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    reference = [(f_province_list, "SYNTHETIC_附件1_澄渊省城乡医院对口支援关系一览表（2021—2025年）.xlsx"),
                 (f_team_list, "SYNTHETIC_附件2_澄渊省组团式对口帮扶安排表.xls"),
                 (f_adjustment, "SYNTHETIC_附件3_对口支援关系调整表（2023年7月）.ods"),
                 (f_city_list, "SYNTHETIC_雁泉市市级对口支援安排表（县乡）.xlsx")]
    for fnc, name in reference:
        fnc(raw / "reference" / name)
    files = [(f_p1_roster, "省直", "SYNTHETIC_澄渊省人民医院2024年派驻人员花名册.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_省中医院派驻苍岭县人员名单2024.xls"),
             (f_p2_roster_csv, "省直", "SYNTHETIC_省二院派驻白沙县人员2024.csv"),
             (f_pmch_roster, "省直", "SYNTHETIC_省妇幼派驻苍岭县2024.xlsx"),
             (f_county_stats_ods, "省直", "SYNTHETIC_县域住院流向2024.ods"),
             (f_yq1_activities, "雁泉市", "SYNTHETIC_雁泉市一院组团帮扶活动登记2024.xlsx"),
             (f_gt_techniques_ods, "雁泉市", "SYNTHETIC_桂塘县人民医院新技术2024.ods"),
             (f_cl_assessments_xls, "雁泉市", "SYNTHETIC_苍岭县人民医院派驻人员考核2024年7月.xls"),
             (f_clmch_monthly_csv, "雁泉市", "SYNTHETIC_苍岭县妇幼保健院业务量2024年1-6月.csv"),
             (f_bs_monthly_xlsx, "雁泉市", "SYNTHETIC_白沙县医院业务统计2024下半年.xlsx"),
             (f_sq_trainees_xlsx, "雁泉市", "SYNTHETIC_石泉镇卫生院进修人员2024.xlsx"),
             (f_bstcm_trainees_csv, "雁泉市", "SYNTHETIC_白沙县中医院进修人员2024.csv"),
             (f_cl_township_roster, "雁泉市", "SYNTHETIC_苍岭县人民医院下派乡镇人员2024.xlsx"),
             (f_bs_township_activities_ods, "雁泉市", "SYNTHETIC_白沙县人民医院下乡帮扶活动2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
