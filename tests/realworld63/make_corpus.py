"""realworld63 corpus generator — SYNTHETIC / 合成数据. A fictional province (峦川省) whose pairing list (附件1) runs
2021—2025; during 2024 one recipient is renamed (鹤汀县第二人民医院 → 鹤汀县中心医院, 2024-07-01), two township
centres merge (鹤汀县石桥镇卫生院 + 鹤汀县柳湾乡卫生院 → 鹤汀县石桥中心卫生院, 2024-05-01) and a support hospital
becomes a campus of the provincial hospital (青梧市第二人民医院, 加挂 峦川省人民医院青梧院区, 2024-09-01). The
province's change notice (附件2: 原名称 | 现名称 | 变更日期) sits beside the pairing list in data/raw/reference/;
fourteen submissions in folders 省直 / 鹤汀县 / 苇塘县 use the old and the new names as clerks would. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹤汀县,苇塘县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in the truth).
Written without reading the tool's parser (only the public docs, the harness and realworld15 for the shape).
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


# support hospitals
P1, QW2, HTP = "峦川省人民医院", "青梧市第二人民医院", "鹤汀县人民医院"
QW2_CAMPUS = "峦川省人民医院青梧院区"          # the hanging name QW2 carries from 2024-09-01 (an alias of QW2)
# recipients
HT_OLD, HT = "鹤汀县第二人民医院", "鹤汀县中心医院"  # renamed 2024-07-01: one hospital, the new name official
WT, WTTCM = "苇塘县人民医院", "苇塘县中医医院"
SQ, LW = "鹤汀县石桥镇卫生院", "鹤汀县柳湾乡卫生院"
MERGED = "鹤汀县石桥中心卫生院"                 # SQ + LW from 2024-05-01; what a merger does is not documented
RECIP = {HT: ("二级", "甲等", "综合医院", "鹤汀县"), WT: ("二级", "甲等", "综合医院", "苇塘县"),
         WTTCM: ("二级", "乙等", "中医医院", "苇塘县"), SQ: ("一级", None, "乡镇卫生院", "鹤汀县"),
         LW: ("一级", None, "乡镇卫生院", "鹤汀县")}

ID = {k: idn(*v) for k, v in {
    "bai": ("994101", "19710308", "033"), "gong": ("994101", "19860514", "046"), "zhan": ("994102", "19790921", "015"),
    "nie": ("994102", "19840207", "028"), "qi": ("994103", "19751130", "057"), "bao": ("994103", "19890619", "064"),
    "yin": ("994201", "19850423", "031"), "ge": ("994201", "19770812", "019"),
    "qixl": ("994411", "19920305", "082"), "tong": ("994411", "19940717", "026"),
    "wu": ("994411", "19830129", "053"), "che": ("994411", "19930910", "048"),
    "yue": ("994412", "19900616", "071"), "shenmc": ("994412", "19911204", "035"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "hospitals_optional": [MERGED]}
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


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as float cells, text as string cells)."""
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


def csv_text(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 of 2021: the recipients under the names of 2021 (鹤汀县第二人民医院, both township centres); 支援期限
    given for one pairing only (the others take the title's 2021—2025年); 协议签订日期 as date cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：峦川省城乡医院对口支援关系表（2021—2025年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "受援医院级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(P1, HT_OLD, HT, dt.date(2021, 3, 15), None),
             (P1, WT, WT, dt.date(2021, 12, 20), "2022-1-1至2025-12-31"),
             (QW2, WTTCM, WTTCM, dt.date(2021, 3, 18), None),
             (HTP, SQ, SQ, dt.date(2021, 4, 2), None),
             (HTP, LW, LW, dt.date(2021, 4, 2), None)]
    for i, (s, written, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, written, level, grade, cat, county, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        p = {"support": s, "recipient": r, "agreement_date": ag.isoformat()}
        if per:
            p.update(start_date=d(2022, 1, 1), end_date=d(2025, 12, 31), start_date_source="support_period")
        else:
            p.update(start_date=d(2021, 1, 1), start_date_source="title_period")
            if r not in (SQ, LW):   # the merged centres' pairings: whether they end at the merger is not said
                p["end_date"] = d(2025, 12, 31)
        truth["pairings"].append(p)
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, QW2, HTP):
        truth["hospitals"].append({"name": s})


def change_notice(path: Path):
    """附件2: the province's list of 2024 name changes — 原名称 | 现名称 | 变更日期 | 变更类型 | 备注."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名称变更"
    ws.append([f"附件2：2024年对口支援医院名称变更情况表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "原名称", "现名称", "变更日期", "变更类型", "备注"])
    for i, (old, new, when, kind, note) in enumerate([
            (HT_OLD, HT, dt.date(2024, 7, 1), "更名", "机构代码不变，对口支援关系不变"),
            (SQ, MERGED, dt.date(2024, 5, 1), "合并", "与鹤汀县柳湾乡卫生院合并"),
            (LW, MERGED, dt.date(2024, 5, 1), "合并", "与鹤汀县石桥镇卫生院合并"),
            (QW2, f"{QW2}（{QW2_CAMPUS}）", dt.date(2024, 9, 1), "加挂院区",
             f"纳入{P1}管理，加挂“{QW2_CAMPUS}”牌子，保留原名称，对口支援关系不变")], 1):
        ws.append([i, old, new, when, kind, note])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
    ws.append([f"注：{SYN}"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院: one roster for the year, the renamed recipient under its old name (before July) and its new
    name (after); one ID with a wrong check digit, one 15-digit ID; date cells; 制表 footer."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"峦川省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    g = ID["gong"]
    wrong = g[:17] + ("1" if g[17] != "1" else "2")
    n = ID["nie"]
    fifteen = n[:6] + n[8:14] + n[14:17]
    people = [  # key, name, sex, id as written, dept, title, recipient as written, start, end, fields, truth id
        ("bai", "柏清和", "男", None, "心血管内科", "主任医师", HT_OLD, dt.date(2024, 1, 8), dt.date(2024, 6, 30),
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 1, 8), d(2024, 6, 30)), ID["bai"]),
        ("gong", "龚雨眠", "女", wrong, "麻醉科", "主治医师", HT_OLD, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
        ("zhan", "詹北辰", "男", None, "普外科", "副主任医师", HT, dt.date(2024, 7, 1), dt.date(2024, 12, 31),
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), ID["zhan"]),
        ("nie", "聂晚晴", "女", fifteen, "护理部", "主管护师", HT, dt.date(2024, 9, 2), dt.date(2025, 3, 1),
         dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 2), d(2025, 3, 1)), ID["nie"]),
        ("qi", "祁远岱", "男", None, "心血管内科", "副主任医师", WT, dt.date(2024, 5, 6), dt.date(2024, 11, 5),
         dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)), ID["qi"]),
        ("bao", "鲍知秋", "女", None, "儿科", "主治医师", WT, dt.date(2024, 5, 6), dt.date(2024, 11, 5),
         dep("儿科", "主治医师", "中级", "医疗", d(2024, 5, 6), d(2024, 11, 5)), ID["bao"]),
    ]
    for i, (key, name, sex, sp, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, rec, s, e, None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": HT if rec == HT_OLD
                                          else rec}, ["start_date"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def f_qw2_roster_xls(path: Path):
    """青梧市第二人民医院 after it became 峦川省人民医院青梧院区 (Sept 2024) still sends its staff under its old
    name: the recipient only in the title; 开始日期 / 结束日期 typed as text; one person without an ID number;
    a 填报日期 footer of October 2024."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青梧市第二人民医院派驻苇塘县中医医院人员名单（2024年下半年）（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("yin", "尹照庭", "针灸科", "主治中医师", "2024-09-02", "2025-03-01",
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1))),
              (None, "闵若溪", "康复科", "主管护师", "2024-09-02", "2025-03-01",
               dep("康复科", "主管护师", "中级", "护理", d(2024, 9, 2), d(2025, 3, 1))),
              ("ge", "葛承砚", "骨伤科", "副主任中医师", "2024-10-08", "2025-04-07",
               dep("骨伤科", "副主任中医师", "副高级", "医疗", d(2024, 10, 8), d(2025, 4, 7)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key) if key else "", dept, title, s, e]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": QW2, "recipient_hospital_id": WTTCM},
            ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(2 + len(people), 0, "填报日期：2024年10月15日")
    wb.save(str(path))


def f_campus_activities_csv(path: Path):
    """The campus's activity log, CSV UTF-8 with BOM: 支援单位 written per row — 青梧市第二人民医院 before
    September, 峦川省人民医院青梧院区 after (the same hospital, not the provincial hospital); "约40人"."""
    fn = path.name
    rows = [[f"填报单位：{QW2_CAMPUS}（{SYN}）", "", "", "", "", ""],
            ["2024年对口帮扶活动登记表", "", "", "", "", ""],
            ["日期", "支援单位", "受援单位", "活动类型", "主题", "参加人数"]]
    acts = [("2024-03-12", QW2, "学术讲座", "中风后康复进展", "35", 35),
            ("2024-06-18", QW2, "教学查房", "腰椎间盘突出症查房", "18", 18),
            ("2024-09-20", QW2_CAMPUS, "技术培训", "针刀技术培训", "约40人", None),
            ("2024-11-05", QW2_CAMPUS, "义诊", "冬季义诊", "120", 120)]
    for day, sup, typ, topic, n, nv in acts:
        rows.append([day, sup, WTTCM, typ, topic, n])
        r = len(rows)
        row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": WTTCM, "support_hospital_id": QW2}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(("\ufeff" + csv_text(rows)).encode("utf-8"))


def f_county_xls(path: Path):
    """省卫健委: one sheet per year (2024年 first, then 2023年), the year in each title."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    data = {2024: (("鹤汀县", "994400", 31250, 5840), ("苇塘县", "994500", 26410, 4975)),
            2023: (("鹤汀县", "994400", 30480, 6122), ("苇塘县", "994500", 25977, 5210))}
    for y, counties in data.items():
        sh = f"{y}年"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"{y}年各县县域住院流向统计（{SYN}）")
        for j, h in enumerate(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"]):
            ws.write(1, j, h)
        for i, (county, code, tot, out) in enumerate(counties):
            for j, v in enumerate([county, code, tot, out]):
                ws.write(2 + i, j, v)
            row("county_inpatient_stats", fn, sh, 3 + i, dict(county_code=code, year=y, resident_admissions=tot,
                                                              resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 鹤汀县
def monthly(m, base):
    return [base[0] + 130 * m, base[1] + 11 * m, base[2] + 3 * m, base[3] + m % 5]


def f_ht_old_monthly_xls(path: Path):
    """鹤汀县第二人民医院 (its name until June) for January–June: months "1月", a 合计 row."""
    fn, sh = path.name, "1-6月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{HT_OLD}2024年1—6月主要业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    tot = [0, 0, 0, 0]
    for m in range(1, 7):
        v = monthly(m, (12100, 860, 190, 22))
        tot = [a + b for a, b in zip(tot, v)]
        for j, x in enumerate([f"{m}月", *v]):
            ws.write(m + 1, j, x)
        row("hospital_monthly_stats", fn, sh, m + 2,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": HT}, ["month"])
    for j, x in enumerate(["合计", *tot]):
        ws.write(8, j, x)
    wb.save(str(path))


def f_ht_new_monthly_csv(path: Path):
    """鹤汀县中心医院 (the new name) for July–December: CSV in GBK, title and 填报单位 lines, "2024年7月",
    下转接收人次."""
    fn = path.name
    rows = [[f"{HT}2024年7—12月主要业务量统计（{SYN}）", "", "", "", "", ""],
            [f"填报单位：{HT}", "", "", "", "", ""],
            ["统计月份", "门急诊人次", "出院人次", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = monthly(m, (12100, 860, 190, 22))
        down = 5 + m % 3
        rows.append([f"2024年{m}月", *v, down])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=down), {"recipient_hospital_id": HT}, ["month"])
    path.write_bytes(csv_text(rows).encode("gbk"))


def f_ht_trainees_xlsx(path: Path):
    """鹤汀县第二人民医院's trainee list for 2024, kept on the old template after the rename (the title and the
    sheet still say the old name); date cells; 进修费用（元）; 是否结业 是/否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{HT_OLD}赴{P1}进修人员登记表（2024年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("qixl", "戚晓岚", "心血管内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
              ("tong", "童一帆", "急诊科", dt.date(2024, 8, 1), dt.date(2025, 1, 31), 3000, "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, P1, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": HT, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_ht_techniques_ods(path: Path):
    """鹤汀县中心医院 (new name) lists the year's techniques, including those begun before the rename."""
    fn, sh = path.name, "新技术"
    rows = [[f"{HT}2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("无痛胃肠镜检查", "消化内科", "2024-04-16", 35, "是", True),
             ("腹腔镜胆囊切除术", "普外科", "2024-08-09", 12, "否", False),
             ("PICC置管术", "护理部", "2024-10-21", 8, "是", True)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": HT, "support_hospital_id": P1}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月12日"])
    ods_doc(path, {sh: rows})


def f_township_monthly_xlsx(path: Path):
    """鹤汀县卫健局 collects the township centres' figures: a sheet per centre for January–April, and the
    merged centre's sheet from May (合并后) — those eight rows are left out of the truth (what a merger does to
    the registry is not documented: a new hospital, or one of the two?)."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for sh, name, months, base, scored in (("石桥镇卫生院", SQ, range(1, 5), (2400, 40, 6, 3), True),
                                           ("柳湾乡卫生院", LW, range(1, 5), (1500, 22, 2, 2), True),
                                           ("石桥中心卫生院", MERGED, range(5, 13), (3900, 62, 8, 5), False)):
        ws = wb.active if first else wb.create_sheet(sh)
        first = False
        ws.title = sh
        span = f"{months[0]}—{months[-1]}月"
        ws.append([f"{name}2024年{span}业务量统计（{SYN}）" + ("（合并后）" if not scored else "")])
        ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
        for m in months:
            v = [base[0] + 20 * m, base[1] + m, base[2] + m % 2, base[3] + m % 3]
            ws.append([f"{m}月", *v])
            if scored:
                row("hospital_monthly_stats", fn, sh, ws.max_row,
                    dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2],
                         referrals_out=v[3]), {"recipient_hospital_id": name}, ["month"])
    wb.save(path)


def f_htp_activities_csv(path: Path):
    """鹤汀县人民医院's visits to the township centres, CSV in GBK: the two centres until April, the merged
    centre after (its two rows left out of the truth)."""
    fn = path.name
    rows = [[f"{HTP}对口帮扶乡镇卫生院活动登记（2024年）{SYN}", "", "", "", ""],
            ["活动日期", "受援单位", "活动形式", "内容", "参加人数"]]
    acts = [("2024-02-20", SQ, "教学查房", "慢阻肺规范管理查房", 18, True),
            ("2024-03-14", LW, "学术讲座", "高血压基层诊疗指南", 25, True),
            ("2024-04-09", SQ, "义诊", "春季健康义诊", 60, True),
            ("2024-06-12", MERGED, "技术培训", "心电图判读培训", 30, False),
            ("2024-10-15", MERGED, "疑难病例讨论", "不明原因发热讨论", 12, False)]
    for day, rec, typ, topic, n, scored in acts:
        rows.append([day, rec, typ, topic, n])
        if scored:
            row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=n),
                {"recipient_hospital_id": rec, "support_hospital_id": HTP}, ["activity_date"])
    rows.append(["制表：医务科", "", "", "", ""])
    path.write_bytes(csv_text(rows).encode("gbk"))


def f_htp_roster_ods(path: Path):
    """鹤汀县人民医院's staff at the township centres, posted before the merger (.ods)."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"{HTP}派驻乡镇卫生院人员名单（2024年）（{SYN}）"],
            ["姓名", "身份证号", "派驻单位", "科室", "职称", "派驻起始日期", "派驻截止日期"]]
    for key, name, rec, dept, title, s, e, f in (
            ("wu", "邬明川", SQ, "全科", "主治医师", "2024-01-02", "2024-06-30",
             dep("全科", "主治医师", "中级", "医疗", d(2024, 1, 2), d(2024, 6, 30))),
            ("che", "车映雪", LW, "内科", "住院医师", "2024-02-01", "2024-07-31",
             dep("内科", "住院医师", "初级", "医疗", d(2024, 2, 1), d(2024, 7, 31)))):
        rows.append([name, use_id(key), rec, dept, title, s, e])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": HTP, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 苇塘县
def f_wt_assessments_xlsx(path: Path):
    """苇塘县人民医院 assesses the provincial hospital's two doctors: a sheet per month ("2024年9月", "2024年10月")."""
    fn = path.name
    wb = openpyxl.Workbook()
    for k, (m, scores) in enumerate(((9, (95, 92.5)), (10, (96, 90)))):
        sh = f"2024年{m}月"
        ws = wb.active if k == 0 else wb.create_sheet(sh)
        ws.title = sh
        ws.append([f"{WT}派驻人员月度考核表（2024年{m}月）（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
        for i, ((key, name), sc) in enumerate(zip((("qi", "祁远岱"), ("bao", "鲍知秋")), scores), 1):
            present = 3 if (key, m) == ("bao", 9) else 4
            ws.append([i, name, use_id(key), P1, sc, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": WT}, ["month"], id_number=ID[key])
    wb.save(path)


def f_wttcm_trainees_csv(path: Path):
    """苇塘县中医医院, CSV UTF-8 without BOM: one trainee hosted by 青梧市第二人民医院 (March), one by
    峦川省人民医院青梧院区 (October) — the same host hospital."""
    fn = path.name
    rows = [[f"{WTTCM}外出进修人员（2024年）{SYN}", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修单位", "开始时间", "结束时间", "是否结业"]]
    for key, name, dept, host, s, e, done, donev in (
            ("yue", "岳听松", "针灸科", QW2, "2024-03-04", "2024-08-30", "是", True),
            ("shenmc", "沈墨池", "康复科", QW2_CAMPUS, "2024-10-08", "2025-04-07", "否", False)):
        rows.append([name, use_id(key), dept, host, s, e, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, completed=donev),
            {"recipient_hospital_id": WTTCM, "host_hospital_id": QW2}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_text(rows).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    for sub in ("reference", "省直", "鹤汀县", "苇塘县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_峦川省城乡医院对口支援关系表（2021—2025年）.xlsx")
    change_notice(ref / "SYNTHETIC_附件2_2024年对口支援医院名称变更情况表.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_峦川省人民医院2024年派驻人员花名册.xlsx"),
             (f_qw2_roster_xls, "省直", "SYNTHETIC_青梧市第二人民医院派驻人员2024下半年.xls"),
             (f_campus_activities_csv, "省直", "SYNTHETIC_峦川省人民医院青梧院区帮扶活动登记2024.csv"),
             (f_county_xls, "省直", "SYNTHETIC_县域住院流向2023-2024.xls"),
             (f_ht_old_monthly_xls, "鹤汀县", "SYNTHETIC_鹤汀县第二人民医院业务量1-6月.xls"),
             (f_ht_new_monthly_csv, "鹤汀县", "SYNTHETIC_鹤汀县中心医院业务量7-12月.csv"),
             (f_ht_trainees_xlsx, "鹤汀县", "SYNTHETIC_鹤汀县第二人民医院进修人员2024.xlsx"),
             (f_ht_techniques_ods, "鹤汀县", "SYNTHETIC_鹤汀县中心医院新技术2024.ods"),
             (f_township_monthly_xlsx, "鹤汀县", "SYNTHETIC_鹤汀县乡镇卫生院业务量2024.xlsx"),
             (f_htp_activities_csv, "鹤汀县", "SYNTHETIC_鹤汀县人民医院下乡帮扶活动2024.csv"),
             (f_htp_roster_ods, "鹤汀县", "SYNTHETIC_鹤汀县人民医院派驻乡镇人员2024.ods"),
             (f_wt_assessments_xlsx, "苇塘县", "SYNTHETIC_苇塘县人民医院派驻人员考核9-10月.xlsx"),
             (f_wttcm_trainees_csv, "苇塘县", "SYNTHETIC_苇塘县中医医院进修人员2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
