"""realworld30 corpus generator — SYNTHETIC / 合成数据. A fictional county (璟澜省桑屿市澄溪县) for 2024, as the
county 卫健局 collects its 县乡对口 (县域医共体下沉) files: the county's pairing list in data/raw/reference/ and
thirteen small submissions in data/raw/2024/ from the two county hospitals and four township health centres
(乡镇卫生院), typed on phones in WPS, exported from a WeChat mini-program, township centres often named only by
their township (石桥镇, 白沙乡, 城关). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones).
Written without reading the tool's parser.
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


COUNTY, COUNTY_CODE = "澄溪县", "999102"
CX, CXTCM = "澄溪县人民医院", "澄溪县中医医院"
SQ, BS, CG, LT = "澄溪县石桥镇卫生院", "澄溪县白沙乡卫生院", "澄溪县城关镇中心卫生院", "澄溪县柳塘镇卫生院"
SUPPORT = {SQ: CX, CG: CX, BS: CXTCM, LT: CXTCM}

ID = {k: idn(*v) for k, v in {
    "zhou": ("999102", "19780312", "015"), "wu": ("999102", "19890705", "026"), "lin": ("999102", "19710921", "047"),
    "he": ("999102", "19860114", "068"), "su": ("999102", "19870430", "031"), "jiang": ("999102", "19760808", "052"),
    "tang": ("999102", "19950619", "073"), "lu": ("999102", "19980211", "084"), "yan": ("999102", "19920925", "019"),
    "xie": ("999102", "19900517", "044"), "fang": ("999102", "19960303", "065"),
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


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


WRONG_WU = ID["wu"][:17] + ("0" if ID["wu"][17] != "0" else "1")
FIFTEEN_JIANG = ID["jiang"][:6] + ID["jiang"][8:17]


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
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
    """The county's own list: 牵头医院 (support) first, 受援乡镇卫生院 in full, 级别 一级, 类别 乡镇卫生院,
    协议签订日期 as real dates, the period only in the title (2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄溪县县乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "类别", "所在县（市、区）", "行政区划代码", "协议签订日期"])
    pairs = [(CX, SQ, dt.date(2024, 1, 10)), (CX, CG, dt.date(2024, 1, 10)),
             (CXTCM, BS, dt.date(2024, 1, 12)), (CXTCM, LT, dt.date(2024, 1, 12))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        ws.append([i, s, r, "一级", "乡镇卫生院", COUNTY, COUNTY_CODE, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 7).number_format = "@"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，机构名称均为虚构。"])
    wb.save(path)
    for r in (SQ, CG, BS, LT):
        truth["hospitals"].append({"name": r, "level": "一级", "grade": None, "category": "乡镇卫生院",
                                   "county": COUNTY})
    for s in (CX, CXTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
def f_cx_rota(path: Path):
    """县人民医院: 专家下沉坐诊轮值表, one row per person for the whole period, 坐诊安排 每周二/每周四下乡坐诊,
    the centre named by its township only (石桥镇, 城关); one ID with a wrong check digit, one person without
    an ID number, a month-only period "2024年4月—12月"; 合计 and 制表 rows."""
    fn, sh = path.name, "轮值表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄溪县人民医院医共体专家下沉坐诊轮值表（2024年）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "下沉卫生院", "坐诊安排", "下沉期间", "备注"])
    people = [("zhou", "周立言", None, "内科", "副主任医师", "石桥镇", "每周二下乡坐诊", "2024年3月1日-2024年12月31日",
               dep("内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 12, 31)), SQ),
              ("wu", "吴清禾", WRONG_WU, "儿科", "主治医师", "石桥镇", "每周二下乡坐诊", "2024.3.1-2024.12.31",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 12, 31)), SQ),
              (None, "郑安澜", None, "外科", "主治医师", "城关", "每周四下乡坐诊", "2024.3.1-2024.8.31",
               dep("外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), CG),
              ("lin", "林秋实", None, "妇产科", "主任医师", "城关", "每周四下乡坐诊", "2024年4月—12月",
               dep("妇产科", "主任医师", "正高级", "医疗", d(2024, 4, 1), d(2024, 12, 31)), CG),
              ("he", "何素心", None, "护理部", "主管护师", "石桥镇", "每周二下乡", "2024.3.1-2024.12.31",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 12, 31)), SQ)]
    for i, (key, name, sp, dept, title, where, rota, period, f, rec) in enumerate(people, 1):
        idtext = use_id(key, sp) if key else None
        ws.append([i, name, idtext, dept, title, where, rota, period, None])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        row("deployments", fn, sh, r, f, {"support_hospital_id": CX, "recipient_hospital_id": rec}, ["start_date"],
            id_number=(sp or ID[key]) if key else None)
        if sp == WRONG_WU:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["合计", "5人"])
    ws.append(["制表人：医务科", None, None, None, "审核：", None, "2024年2月26日"])
    wb.save(path)


def f_tcm_phone(path: Path):
    """县中医院: typed on a phone in WPS — no real title (one label line), 派驻乡镇 as 白沙乡 / 柳塘镇, dates as
    text "2024.4.1", one 15-digit ID, an open end "至今"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"县中医院下沉人员 {SYN}"])
    ws.append(["姓名", "身份证", "职称", "科室", "派驻乡镇", "开始时间", "结束时间"])
    people = [("su", "苏念慈", None, "主治中医师", "中医科", "白沙乡", "2024.4.1", "2024.9.30",
               dep("中医科", "主治中医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), BS),
              ("jiang", "蒋北辰", FIFTEEN_JIANG, "副主任中医师", "针灸推拿科", "柳塘镇", "2024.5.6", "至今",
               dep("针灸推拿科", "副主任中医师", "副高级", "医疗", d(2024, 5, 6), None), LT)]
    for key, name, sp, title, dept, where, s, e, f, rec in people:
        ws.append([name, use_id(key, sp), title, dept, where, s, e])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": CXTCM, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
        if sp == FIFTEEN_JIANG:
            finding(fn, ws.max_row, "ID_15_DIGIT")
    wb.save(path)


# ------------------------------------------------------------------------------------------- trainees
def f_cx_village_trainees_xls(path: Path):
    """县人民医院 科教科 (.xls): village doctors (乡村医生) sent up for 进修, each with 所属卫生院 (the sending
    township centre, short) and 村卫生室 (not a hospital of the programme); 进修时间 "2024.3.4-2024.6.3";
    费用 0 / "免"; 是否结业 是/否."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄溪县人民医院2024年乡村医生上挂进修登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "所属卫生院", "村卫生室", "进修科室", "进修时间", "进修费用", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("tang", "唐晓禾", "石桥镇卫生院", "石桥镇大坪村卫生室", "全科医学科", "2024.3.4-2024.6.3", 0, "是",
               SQ, d(2024, 3, 4), d(2024, 6, 3), True),
              ("lu", "陆小满", "城关中心卫生院", "城关镇桥头村卫生室", "儿科", "2024.6.3-2024.9.2", "免", "是",
               CG, d(2024, 6, 3), d(2024, 9, 2), True),
              ("yan", "严子衿", "石桥镇卫生院", "石桥镇枫林村卫生室", "心电图室", "2024.9.2-2024.12.1", 0, "否",
               SQ, d(2024, 9, 2), d(2024, 12, 1), False)]
    for i, (key, name, home, village, dept, period, fee, done, rec, sd, ed, donev) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), home, village, dept, period, fee, done]):
            ws.write(1 + i, j, v)
        row("trainees", fn, sh, 2 + i, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                             completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": CX}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_lt_trainees_gbk(path: Path):
    """柳塘镇卫生院: CSV in GBK, the sender only in the title line, 进修单位 "县中医院" (short, county in the title),
    费用(元) one blank."""
    fn = path.name
    rows = [[f"柳塘镇卫生院选派乡村医生到县中医院进修情况（澄溪县，2024年）{SYN}", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "村卫生室", "进修科室", "进修单位", "开始日期", "结束日期", "费用(元)", "是否结业"]]
    people = [("xie", "谢春芽", "柳塘镇青竹村卫生室", "针灸科", "2024/3/11", "2024/6/10", "1500", "是",
               d(2024, 3, 11), d(2024, 6, 10), 1500.0, True),
              ("fang", "方禾生", "柳塘镇石门村卫生室", "康复科", "2024/9/2", "2024/11/29", "", "是",
               d(2024, 9, 2), d(2024, 11, 29), None, True)]
    for key, name, village, dept, s, e, fee, done, sd, ed, feev, donev in people:
        rows.append([name, use_id(key), village, dept, "县中医院", s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": LT, "host_hospital_id": CXTCM}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "gbk"))


# ------------------------------------------------------------------------------------------- techniques
def f_sq_techniques_miniprogram(path: Path):
    """石桥镇卫生院 via the mini-program (CSV, UTF-8 without BOM): 提交时间 / 提交人 columns, 填报单位 "石桥镇卫生院",
    帮扶医院 "县人民医院", 是否填补县域空白 否."""
    fn = path.name
    rows = [["序号", "提交时间", "提交人", "填报单位", "项目名称", "所属科室", "首次开展时间", "开展例数",
             "是否填补县域空白", "帮扶医院"]]
    items = [("无痛胃镜检查", "内科", "2024/4/18", "36", d(2024, 4, 18), 36),
             ("小儿推拿", "儿科", "2024/6/3", "52", d(2024, 6, 3), 52),
             ("清创缝合术（美容缝合）", "外科", "2024/7/15", "19", d(2024, 7, 15), 19)]
    for i, (name, dept, day, cases, dayv, casesv) in enumerate(items, 1):
        rows.append([i, f"2024-{8 + i:02d}-0{i} 10:2{i}:11", "王会计", "石桥镇卫生院", name, dept, day, cases, "否",
                     "县人民医院"])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=dayv,
                                                     cases=casesv, fills_county_gap=False),
            {"recipient_hospital_id": SQ, "support_hospital_id": CX}, ["name"])
    rows.append([f"导出说明：{SYN}，澄溪县卫健局小程序导出", "", "", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def f_bs_techniques_phone(path: Path):
    """白沙乡卫生院 (xlsx from a phone): the centre in the title as 白沙乡卫生院, no support column (its only
    supporter per the pairing list), 例数 "约40" (optional: NULL plus a finding), 开展时间 "2024年5月"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白沙乡卫生院2024年新技术新项目（澄溪县）{SYN}"])
    ws.append(["项目", "科室", "开展时间", "例数"])
    items = [("中药熏蒸治疗", "中医科", "2024年5月", "约40", d(2024, 5, 1), None),
             ("穴位贴敷（三伏贴）", "中医科", "2024年7月15日", "210", d(2024, 7, 15), 210)]
    for name, dept, when, cases, day, casesv in items:
        ws.append([name, dept, when, cases])
        # truth corrected by the lead after the first run (README, AFTER THE FIXES): the data dictionary says a
        # technique's support hospital is NULL when the sheet does not state it (a centre starts techniques of its
        # own; realworld12 holds the same case as NULL) — was CXTCM, the centre's only supporter
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   support_hospital_id=None),
            {"recipient_hospital_id": BS}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- activities
def f_activities_miniprogram(path: Path):
    """The county's mini-program (CSV, UTF-8 with BOM): one row per event from every centre, 所在单位 by township
    only; no support column (each centre has one supporter); "约40人"; one row without a date (held); one row
    from a township the pairing list does not have (雁岭乡, held as unresolved)."""
    fn = path.name
    rows = [["序号", "提交时间", "填报人", "所在单位", "活动日期", "活动类型", "主讲/带教专家", "参加人数"]]
    acts = [("石桥镇", "2024/3/12", "教学查房", "周立言", "15", SQ, d(2024, 3, 12), "教学查房", 15),
            ("石桥镇", "2024/4/9", "学术讲座", "吴清禾", "约40人", SQ, d(2024, 4, 9), "学术讲座", None),
            ("城关", "2024/3/21", "疑难病例讨论", "林秋实", "8", CG, d(2024, 3, 21), "疑难病例讨论", 8),
            ("城关", "2024/5/16", "义诊", "郑安澜", "120", CG, d(2024, 5, 16), "义诊", 120),
            ("白沙乡", "2024/6/6", "技术培训", "苏念慈", "22", BS, d(2024, 6, 6), "技术培训", 22),
            ("柳塘镇", "2024/6/18", "手术示教", "蒋北辰", "6", LT, d(2024, 6, 18), "手术示教", 6),
            ("白沙乡", "", "学术讲座", "苏念慈", "30", None, None, None, None),
            ("雁岭乡", "2024/7/2", "义诊", "某专家", "60", None, None, None, None)]
    for i, (where, day, typ, who, n, rec, dayv, typv, nv) in enumerate(acts, 1):
        rows.append([i, f"2024-07-{10 + i} 09:{10 + i}:05", "卫健局小程序", where, day, typ, who, n])
        r = len(rows)
        if rec is None:
            if where == "雁岭乡":
                quarantine(fn, None, r, "unresolved_hospital", "雁岭乡 is no township centre of the pairing list")
            else:
                quarantine(fn, None, r, "missing_required", "活动日期 blank")
            continue
        row("activities", fn, None, r, dict(activity_date=dayv, activity_type=typv, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": SUPPORT[rec]}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    rows.append([f"数据来源：澄溪县卫健局小程序（{SYN}）", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_bs_training_phone(path: Path):
    """白沙乡卫生院 (xlsx from a phone): dates without a year "3.15" (the year in the title), 人数 "12人"."""
    fn, sh = path.name, "培训"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白沙乡卫生院2024年县中医院带教培训记录 {SYN}"])
    ws.append(["日期", "内容", "形式", "人数"])
    for day, topic, typ, n, dayv, nv in (("3.15", "中医适宜技术推广", "技术培训", "12人", d(2024, 3, 15), 12),
                                         ("5.20", "慢阻肺中医查房", "教学查房", "7人", d(2024, 5, 20), 7),
                                         ("9.10", "针刺安全讲座", "学术讲座", "18人", d(2024, 9, 10), 18)):
        ws.append([day, topic, typ, n])
        row("activities", fn, sh, ws.max_row, dict(activity_date=dayv, activity_type=typ, participants=nv),
            {"recipient_hospital_id": BS, "support_hospital_id": CXTCM}, ["activity_date"])
    ws.append(["记录人：白沙乡卫生院办公室"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- monthly statistics
def f_monthly_centres_as_columns(path: Path):
    """卫健局 基层股: months down the rows, each township centre a column group (merged over 门急诊人次 | 出院人数 |
    上转人次) under a two-row header, the centres short (石桥镇卫生院, 城关中心卫生院); a 合计 row with formulas."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄溪县2024年1—6月各乡镇卫生院业务量统计（{SYN}）"])
    ws.merge_cells("A1:M1")
    centres = [("石桥镇卫生院", SQ, 2100, 61, 14), ("白沙乡卫生院", BS, 1450, 38, 9),
               ("城关中心卫生院", CG, 3900, 120, 25), ("柳塘镇卫生院", LT, 1720, 44, 11)]
    h1, h2 = ["月份"], [None]
    for label, *_ in centres:
        h1 += [label, None, None]
        h2 += ["门急诊人次", "出院人数", "上转人次"]
    ws.append(h1)
    ws.append(h2)
    for k in range(len(centres)):
        ws.merge_cells(start_row=2, end_row=2, start_column=2 + 3 * k, end_column=4 + 3 * k)
    ws.merge_cells("A2:A3")
    for m in range(1, 7):
        vals = [f"{m}月"]
        for label, hosp, op, dis, up in centres:
            v = (op + 37 * m, dis + m, up + m % 3)
            vals += list(v)
        ws.append(vals)
        for label, hosp, op, dis, up in centres:
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=op + 37 * m, discharges=dis + m, referrals_out=up + m % 3),
                {"recipient_hospital_id": hosp}, ["month"])
    ws.append(["合计"] + [f"=SUM({openpyxl.utils.get_column_letter(c)}4:{openpyxl.utils.get_column_letter(c)}9)"
                          for c in range(2, 14)])
    wb.save(path)


def f_monthly_july_ods(path: Path):
    """卫健局 (.ods): one month (2024年7月, in the title), townships down the rows (石桥镇, 白沙乡, 城关, 柳塘镇),
    indicators as columns; a 合计 row."""
    fn, sh = path.name, "7月"
    rows = [[f"澄溪县乡镇卫生院2024年7月主要业务指标（{SYN}）"],
            ["乡镇", "门急诊人次", "出院人数", "上转人次", "下转接收人次"]]
    data = [("石桥镇", SQ, 2410, 70, 15, 6), ("白沙乡", BS, 1630, 41, 8, 3),
            ("城关", CG, 4280, 131, 27, 12), ("柳塘镇", LT, 1905, 49, 12, 4)]
    for name, hosp, op, dis, up, down in data:
        rows.append([name, op, dis, up, down])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=7, outpatient_visits=op, discharges=dis, referrals_out=up,
                 referrals_down_received=down), {"recipient_hospital_id": hosp}, ["month"])
    rows.append(["合计", sum(x[2] for x in data), sum(x[3] for x in data), sum(x[4] for x in data),
                 sum(x[5] for x in data)])
    rows.append(["填报：县卫健局基层卫生股"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- assessments
def f_assessment_aug_gbk(path: Path):
    """医共体办公室: August's assessment of the dispatched staff, CSV in GBK, 派驻单位 by township, the month in a
    column "2024年8月"; 吴清禾's ID as wrongly written in the rota (curated with a finding)."""
    fn = path.name
    rows = [[f"澄溪县医共体下沉人员月度考核（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "派驻单位", "考核月份", "考核得分", "抽查次数", "在岗次数"]]
    people = [("zhou", "周立言", None, "石桥镇", SQ, 95, 4, 4), ("wu", "吴清禾", WRONG_WU, "石桥镇", SQ, 88.5, 4, 3),
              ("su", "苏念慈", None, "白沙乡", BS, 92, 4, 4), ("jiang", "蒋北辰", None, "柳塘镇", LT, 90, 4, 4)]
    for key, name, sp, where, rec, sc, chk, pres in people:
        rows.append([name, use_id(key, sp), where, "2024年8月", sc, chk, pres])
        row("staff_monthly_assessments", fn, None, len(rows),
            dict(year=2024, month=8, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": rec}, ["month"], id_number=sp or ID[key])
        if sp == WRONG_WU:
            finding(fn, len(rows), "ID_CHECK_DIGIT")
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_cg_quarter_scores(path: Path):
    """城关中心卫生院: the third quarter, one numeric column per month (7月 | 8月 | 9月) under a title saying 考核得分,
    the two county doctors by name and ID number."""
    fn, sh = path.name, "三季度"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"城关中心卫生院（澄溪县）2024年第三季度下沉医师月度考核得分（{SYN}）"])
    ws.append(["姓名", "身份证号", "派出单位", "7月", "8月", "9月"])
    for key, name, scores in (("lin", "林秋实", (96, 97, 95.5)),):
        ws.append([name, use_id(key), "县人民医院", *scores])
        ws.cell(ws.max_row, 2).number_format = "@"
        for m, sc in zip((7, 8, 9), scores):
            row("staff_monthly_assessments", fn, sh, ws.max_row, dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": CG}, ["month"], id_number=ID[key])
    ws.append(["考核人：城关中心卫生院院办"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- county, non-data
def f_county_flow(path: Path):
    """卫健局 医政股: the county's inpatient flow for 2023 and 2024, one row per year."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄溪县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for y, tot, out in ((2023, 41250, 7890), (2024, 42810, 7120)):
        ws.append([COUNTY, COUNTY_CODE, y, tot, out])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=COUNTY_CODE, year=y, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["year"])
    ws.append(["注：数据为虚构（合成数据）。"])
    wb.save(path)


def f_notice(path: Path):
    """卫健局's cover note for the collection: instructions only — no row of any table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "填报说明"
    for line in (f"关于报送2024年县乡对口支援工作资料的通知（{SYN}）",
                 "各乡镇卫生院、县人民医院、县中医医院：",
                 "请于2025年1月10日前通过小程序或邮箱报送派驻人员、进修人员、新技术、带教培训及月度业务量资料。",
                 "联系人：基层卫生股 张股长（虚构）"):
        ws.append([line])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄溪县县乡对口支援关系表（2024—2026年）.xlsx")
    files = [(f_cx_rota, "SYNTHETIC_县医院专家下沉坐诊轮值表2024.xlsx"),
             (f_tcm_phone, "SYNTHETIC_中医院下沉人员(手机WPS).xlsx"),
             (f_cx_village_trainees_xls, "SYNTHETIC_县医院乡村医生上挂进修登记.xls"),
             (f_lt_trainees_gbk, "SYNTHETIC_柳塘镇卫生院村医进修.csv"),
             (f_sq_techniques_miniprogram, "SYNTHETIC_小程序导出_新技术_石桥镇.csv"),
             (f_bs_techniques_phone, "SYNTHETIC_白沙乡卫生院新技术.xlsx"),
             (f_activities_miniprogram, "SYNTHETIC_小程序导出_带教培训活动.csv"),
             (f_bs_training_phone, "SYNTHETIC_白沙乡带教培训记录.xlsx"),
             (f_monthly_centres_as_columns, "SYNTHETIC_各乡镇卫生院业务量1-6月.xlsx"),
             (f_monthly_july_ods, "SYNTHETIC_乡镇卫生院业务指标2024年7月.ods"),
             (f_assessment_aug_gbk, "SYNTHETIC_下沉人员月考核2024年8月.csv"),
             (f_cg_quarter_scores, "SYNTHETIC_城关中心卫生院三季度考核.xlsx"),
             (f_county_flow, "SYNTHETIC_县域住院流向2023-2024.xlsx"),
             (f_notice, "SYNTHETIC_关于报送县乡对口资料的通知.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
