"""realworld29 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄霁省) for 2024: the pairing list in
data/raw/reference/ and thirteen submissions laid out FOR PRINTING, as an office clerk prepares them to stamp and
scan: a merged title block (report name, 填报单位（盖章）, 填报日期), the header typed again after every page break,
page footers typed in cells ("第 1 页 共 2 页", "制表人：", "单位负责人签字："), blank separator rows, blank spacer
columns, generic sheet names (Sheet1/2/3) told apart only by their titles (表一/表二/表三), quarterly workbooks
where a person of Q1 is listed again in Q2 with the same stint, and one workbook whose quarterly sheets are
cumulative (累计). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,溯州市,岚溪县,柏渡县,雁汀县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written as an outsider, without reading the tool's parser.
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
from openpyxl.styles import Alignment, Font

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, SZ = "澄霁省人民医院", "澄霁省中医院", "溯州市中心医院"
LX, LXTCM, BD, YT, YTMCH = "岚溪县人民医院", "岚溪县中医医院", "柏渡县人民医院", "雁汀县人民医院", "雁汀县妇幼保健院"
RECIP = {LX: ("二级", "甲等", "综合医院", "岚溪县"), LXTCM: ("二级", "甲等", "中医医院", "岚溪县"),
         BD: ("二级", "乙等", "综合医院", "柏渡县"), YT: ("二级", "甲等", "综合医院", "雁汀县"),
         YTMCH: ("二级", None, "妇幼保健院", "雁汀县")}

KEYS = ["an", "bo", "cai", "ding", "e", "fang", "gu", "hua", "ji", "kang", "lan", "mu", "ning", "ou", "pan", "qi",
        "ren", "su", "tang", "wan", "xia", "yan", "zhan", "zuo", "lu", "mei"]
ID = {k: idn(f"99{41 + i % 3:02d}{1 + i % 5:02d}", f"{1966 + (i * 3) % 28}{1 + (i * 5) % 12:02d}{1 + (i * 7) % 28:02d}",
             f"{(i * 37) % 900 + 100:03d}") for i, k in enumerate(KEYS)}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet or None for CSV, 1-based row)] — every place the same record is written."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def after_quarter(q: int, day: int) -> str:
    """The date a quarter's form was filled in: early in the month after the quarter (q = 0 … 3)."""
    return f"2025年1月{day}日" if q == 3 else f"2024年{3 * q + 4}月{day}日"


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


# ------------------------------------------------------------------------------------------- print layout
def printed(title, unit, filled, header, records, per_page=None, spacers=(), sep_every=None, totals=None,
            title_again=False, note=None):
    """A form laid out for printing, as a list of physical rows (None = empty cell), and the 1-based row number
    of each record. ``spacers``: physical column indexes left empty (narrow spacer columns). ``per_page``: records
    per printed page; the header is typed again at the top of each page, a footer "第 k 页 共 n 页" under each.
    ``sep_every``: a blank separator row after every so many records. ``totals``: a 合计 row on the last page."""
    width = len(header) + len(spacers)

    def place(vals):
        it = iter(vals)
        return [None if c in spacers else next(it) for c in range(width)]

    rows = [[f"{title}（{SYN}）"] + [None] * (width - 1),
            [f"填报单位（盖章）：{unit}"] + [None] * (width - 3) + [f"填报日期：{filled}", None]]
    if note:
        rows.append([note] + [None] * (width - 1))
    rows += [[None] * width, place(header)]
    pages = [records[i:i + per_page] for i in range(0, len(records), per_page)] if per_page else [records]
    nums = []
    for k, page in enumerate(pages):
        if k:
            rows.append([None] * width)            # the gap where the paper was cut
            if title_again:
                rows.append([f"{title}（续）"] + [None] * (width - 1))
            rows.append(place(header))
        for i, rec in enumerate(page):
            if sep_every and i and i % sep_every == 0:
                rows.append([None] * width)
            rows.append(place(rec))
            nums.append(len(rows))
        if k == len(pages) - 1 and totals:
            rows.append(place(totals))
        foot = [None] * width
        foot[width // 2] = f"第 {k + 1} 页 共 {len(pages)} 页"
        rows.append(foot)
    sign = [None] * width
    sign[0], sign[width // 2 - 1], sign[width - 2] = "制表人：", "审核人：", "单位负责人签字："
    rows.append(sign)
    return rows, nums


def merges_for(rows):
    """The title block's merges: the title across the sheet, the 填报单位 across the left part."""
    width = len(rows[0])
    return [(1, 1, 1, width), (2, 1, 2, max(1, width - 3))]


def write_xlsx(path: Path, sheets):
    """sheets: [(name, rows)] → xlsx with a merged bold title, dates as date cells, print titles set."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for vals in rows:
            ws.append(vals)
        for r1, c1, r2, c2 in merges_for(rows):
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        ws.cell(1, 1).font = Font(bold=True, size=16)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        ws.row_dimensions[1].height = 30
        for r in ws.iter_rows():
            for c in r:
                if isinstance(c.value, dt.date):
                    c.number_format = "yyyy-mm-dd"
                elif isinstance(c.value, str) and c.value.isdigit() and len(c.value) >= 15:
                    c.number_format = "@"
        for j, vals in enumerate(zip(*rows)):
            if all(v is None for v in vals):
                ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 1.5
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)


def write_xls(path: Path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    bold = xlwt.easyxf("font: bold on, height 320; align: horiz center")
    for name, rows in sheets:
        ws = wb.add_sheet(name)
        width = len(rows[0])
        for i, vals in enumerate(rows):
            for j, v in enumerate(vals):
                if v is None or (i == 0 and j > 0) or (i == 1 and 0 < j < width - 3):
                    continue
                if i == 0:
                    ws.write_merge(0, 0, 0, width - 1, v, bold)
                elif i == 1 and j == 0:
                    ws.write_merge(1, 1, 0, max(0, width - 4), v)
                elif isinstance(v, dt.date):
                    ws.write(i, j, v, datefmt)
                else:
                    ws.write(i, j, v)
    wb.save(str(path))


def write_ods(path: Path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for i, vals in enumerate(rows):
            tr = TableRow()
            for j, v in enumerate(vals):
                if i == 0 and j == 0:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                elif isinstance(v, bool) or v is None:
                    c = TableCell()
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, rows, encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for vals in rows:
        w.writerow(["" if v is None else (cn(v) if isinstance(v, dt.date) else v) for v in vals])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The province's 附件1, itself laid out for printing: title, 印发单位 and date lines, 支援期限 for one pairing and
    blank (→ the title's 2024—2026年) for the others, a 注 line and a page footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄霁省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(P1, LX, dt.date(2023, 12, 12), None), (PTCM, LXTCM, dt.date(2023, 12, 12), None),
             (P1, BD, dt.date(2024, 1, 9), "2024-3-1~2027-2-28"), (SZ, YT, dt.date(2023, 12, 26), None),
             (SZ, YTMCH, dt.date(2023, 12, 26), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, cn(ag), per])
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, SZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_three_forms(path: Path):
    """省人民医院: one workbook, Sheet1/Sheet2/Sheet3 holding 表一 派驻人员名单, 表二 接收进修人员情况 and 表三
    新技术新项目开展情况, each known only by its title; spacer columns; page breaks with the header typed again;
    one ID number with a wrong check digit (curated with ID_CHECK_DIGIT)."""
    fn = path.name
    sheets = []
    # 表一 — deployments
    wrong = ID["bo"][:17] + ("0" if ID["bo"][17] != "0" else "1")
    people = [("an", "安若谷", None, "心血管内科", "主任医师", "正高级", "医疗", LX, dt.date(2024, 3, 4), dt.date(2024, 8, 31)),
              ("bo", "柏千里", wrong, "心血管内科", "主治医师", "中级", "医疗", LX, dt.date(2024, 3, 4), dt.date(2024, 8, 31)),
              ("cai", "蔡映雪", None, "普外科", "副主任医师", "副高级", "医疗", BD, dt.date(2024, 3, 11),
               dt.date(2024, 9, 10)),
              ("ding", "丁一帆", None, "麻醉科", "主治医师", "中级", "医疗", BD, dt.date(2024, 3, 11), dt.date(2024, 9, 10)),
              ("e", "鄂清川", None, "护理部", "副主任护师", "副高级", "护理", LX, dt.date(2024, 9, 2), dt.date(2025, 2, 28)),
              ("fang", "方晓岚", None, "检验科", "主管技师", "中级", "医技", BD, dt.date(2024, 9, 9), dt.date(2025, 3, 8)),
              ("gu", "谷怀远", None, "儿科", "副主任医师", "副高级", "医疗", LX, dt.date(2024, 9, 2), dt.date(2025, 2, 28))]
    recs = [[i, name, use_id(k, sp), dept, title, rec, s, e, None]
            for i, (k, name, sp, dept, title, _, _, rec, s, e) in enumerate(people, 1)]
    rows, nums = printed("表一 派驻人员名单", P1, "2025年1月8日",
                         ["序号", "姓名", "身份证号", "派出科室", "职称", "派驻受援医院", "派驻开始时间", "派驻结束时间",
                          "备注"], recs, per_page=4, spacers=(2, 5))
    for r, (k, _, sp, dept, title, rank, cat, rec, s, e) in zip(nums, people):
        row("deployments", [(fn, "Sheet1", r)], dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], id_number=sp or ID[k])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    sheets.append(("Sheet1", rows))
    # 表二 — trainees hosted by the province hospital
    trainees = [("hua", "华思源", LX, "重症医学科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
                ("ji", "纪云舒", LX, "超声科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
                ("kang", "康时雨", BD, "消化内科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 3000, "是", True),
                ("lan", "兰亦舟", BD, "急诊科", dt.date(2024, 10, 8), dt.date(2025, 4, 7), 3000, "否", False)]
    recs = [[i, name, use_id(k), rec, dept, s, e, fee, done]
            for i, (k, name, rec, dept, s, e, fee, done, _) in enumerate(trainees, 1)]
    rows, nums = printed("表二 接收进修人员情况", P1, "2025年1月8日",
                         ["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修开始时间", "进修结束时间",
                          "进修费用（元）", "是否结业"], recs, spacers=(3,), totals=["合计", "4人"] + [None] * 7)
    for r, (k, _, rec, dept, s, e, fee, _, done) in zip(nums, trainees):
        row("trainees", [(fn, "Sheet2", r)], dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                  fee_charged=float(fee), completed=done),
            {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[k])
    sheets.append(("Sheet2", rows))
    # 表三 — techniques introduced at the recipients
    techs = [("经皮冠状动脉介入治疗", LX, "心内科", dt.date(2024, 5, 14), 23, "是", True),
             ("腹腔镜胆囊切除术", BD, "普外科", dt.date(2024, 4, 22), 31, "否", False),
             ("无痛胃肠镜检查", BD, "消化内科", dt.date(2024, 7, 3), 142, "是", True)]
    recs = [[i, name, rec, dept, day, cases, gap] for i, (name, rec, dept, day, cases, gap, _) in enumerate(techs, 1)]
    rows, nums = printed("表三 新技术新项目开展情况", P1, "2025年1月8日",
                         ["序号", "新技术（项目）名称", "受援医院", "开展科室", "首次开展时间", "开展例数",
                          "是否填补县域空白"], recs, spacers=(2,))
    for r, (name, rec, dept, day, cases, _, gap) in zip(nums, techs):
        row("techniques", [(fn, "Sheet3", r)], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases, fills_county_gap=gap),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["name"])
    sheets.append(("Sheet3", rows))
    write_xlsx(path, sheets)


def f_ptcm_quarterly(path: Path):
    """省中医院: one sheet per quarter (一季度 … 四季度), each a full printed form; a person still in post is listed
    again next quarter with the same stint — counted once."""
    fn = path.name
    staff = {"mu": ("穆青禾", "针灸科", "主治中医师", "中级", dt.date(2024, 1, 8), dt.date(2024, 6, 30)),
             "ning": ("宁致远", "脾胃病科", "主任中医师", "正高级", dt.date(2024, 1, 8), dt.date(2024, 12, 31)),
             "ou": ("欧语桐", "康复科", "副主任中医师", "副高级", dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
             "pan": ("潘书瑶", "护理部", "主管护师", "中级", dt.date(2024, 10, 8), dt.date(2025, 3, 31))}
    quarters = [("一季度", "第一季度", ["mu", "ning"]), ("二季度", "第二季度", ["mu", "ning", "ou"]),
                ("三季度", "第三季度", ["ning", "ou"]), ("四季度", "第四季度", ["ning", "pan"])]
    places: dict[str, list] = {k: [] for k in staff}
    sheets = []
    for n, (sh, q, keys) in enumerate(quarters):
        recs = [[i, staff[k][0], use_id(k), staff[k][1], staff[k][2], LXTCM, cn(staff[k][4]), cn(staff[k][5])]
                for i, k in enumerate(keys, 1)]
        rows, nums = printed(f"澄霁省中医院2024年{q}派驻人员情况表", PTCM, after_quarter(n, 5),
                             ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"],
                             recs, spacers=(2,))
        for k, r in zip(keys, nums):
            places[k].append((fn, sh, r))
        sheets.append((sh, rows))
    for k, (_, dept, title, rank, s, e) in staff.items():
        cat = "护理" if "护" in title else "医疗"
        row("deployments", places[k], dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": PTCM, "recipient_hospital_id": LXTCM}, ["start_date"], id_number=ID[k])
    write_xlsx(path, sheets)


def f_county_flow_ods(path: Path):
    """省卫健委 statistics office (.ods): a printed form, three counties and a 合计 row, spacer column."""
    fn, sh = path.name, "Sheet1"
    counties = [("岚溪县", "999401", 41230, 7105), ("柏渡县", "999402", 29874, 5532), ("雁汀县", "999501", 22106, 4688)]
    recs = [[i, c, code, 2024, a, o] for i, (c, code, a, o) in enumerate(counties, 1)]
    rows, nums = printed("2024年各县县域住院流向统计表", "澄霁省卫生健康委员会统计信息中心", "2025年2月20日",
                         ["序号", "县（市、区）", "行政区划代码", "年份", "县域内常住居民住院总人次", "其中：县域外住院人次"],
                         recs, spacers=(3,), totals=["合计", None, None, 2024, sum(c[2] for c in counties),
                                                    sum(c[3] for c in counties)])
    for r, (_, code, a, o) in zip(nums, counties):
        row("county_inpatient_stats", [(fn, sh, r)], dict(county_code=code, year=2024, resident_admissions=a,
                                                          resident_admissions_outside_county=o),
            {}, ["county_code", "year"])
    write_ods(path, [(sh, rows)])


# ------------------------------------------------------------------------------------------- 溯州市
def f_sz_activities_cumulative(path: Path):
    """溯州市中心医院 (.xls): quarterly sheets that are CUMULATIVE (1—3月累计 … 1—12月累计, a note says so): every
    activity is listed again in each later sheet — counted once."""
    fn = path.name
    acts = [(dt.date(2024, 1, 16), "学术讲座", "急性胸痛的早期识别", "任主任", 42),
            (dt.date(2024, 3, 7), "教学查房", "慢阻肺急性加重查房", "苏主任", 15),
            (dt.date(2024, 4, 18), "手术示教", "腹腔镜疝修补术", "唐主任", 9),
            (dt.date(2024, 6, 5), "疑难病例讨论", "不明原因发热病例讨论", "任主任", 18),
            (dt.date(2024, 7, 23), "技术培训", "院内心肺复苏培训", "万护士长", 56),
            (dt.date(2024, 9, 12), "远程会诊", "脑卒中远程会诊", "夏主任", 6),
            (dt.date(2024, 10, 17), "义诊", "重阳节老年病义诊", "苏主任", 120),
            (dt.date(2024, 12, 4), "死亡病例讨论", "重症肺炎死亡病例讨论", "严主任", 21)]
    places: list[list] = [[] for _ in acts]
    sheets = []
    for q, (sh, upto) in enumerate((("一季度", 3), ("二季度", 6), ("三季度", 9), ("四季度", 12)), 1):
        idx = [i for i, a in enumerate(acts) if a[0].month <= upto]
        recs = [[n, acts[i][0], acts[i][1], acts[i][2], acts[i][3], acts[i][4]] for n, i in enumerate(idx, 1)]
        rows, nums = printed(f"溯州市中心医院对口支援雁汀县人民医院带教培训活动登记表（2024年1—{upto}月累计）", SZ,
                             after_quarter(q - 1, 6),
                             ["序号", "活动日期", "活动形式", "活动主题", "主讲人", "参加人数"], recs,
                             per_page=4, spacers=(2,), note="注：本表为累计数，含以前季度已报活动。受援单位：" + YT)
        for i, r in zip(idx, nums):
            places[i].append((fn, sh, r))
        sheets.append((sh, rows))
    for (day, typ, _, _, n), pl in zip(acts, places):
        row("activities", pl, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": YT, "support_hospital_id": SZ}, ["activity_date", "activity_type"])
    write_xls(path, sheets)


def f_sz_roster_csv(path: Path):
    """溯州市中心医院: a printed roster saved as CSV in GBK — title and 填报单位（盖章） lines, empty spacer columns, the
    header typed again after the page break, page footers, 制表人 line; one 15-digit ID number (ID_15_DIGIT)."""
    fn = path.name
    q = ID["su"]
    fifteen = q[:6] + q[8:14] + q[14:17]
    people = [("qi", "戚远航", None, "心血管内科", "副主任医师", "副高级", "医疗", YT, dt.date(2024, 2, 26), dt.date(2024, 8, 25)),
              ("ren", "任星河", None, "神经内科", "主任医师", "正高级", "医疗", YT, dt.date(2024, 2, 26), dt.date(2024, 8, 25)),
              ("su", "苏以沫", fifteen, "重症医学科", "主治医师", "中级", "医疗", YT, dt.date(2024, 3, 4),
               dt.date(2024, 12, 31)),
              ("tang", "唐知秋", None, "妇产科", "副主任医师", "副高级", "医疗", YTMCH, dt.date(2024, 3, 4),
               dt.date(2024, 9, 3)),
              ("wan", "万清和", None, "儿科", "主治医师", "中级", "医疗", YTMCH, dt.date(2024, 9, 9), dt.date(2025, 3, 8))]
    recs = [[i, name, use_id(k, sp), dept, title, rec, cn(s), cn(e)]
            for i, (k, name, sp, dept, title, _, _, rec, s, e) in enumerate(people, 1)]
    rows, nums = printed("溯州市中心医院2024年对口支援派驻人员名单", SZ, "2025年1月10日",
                         ["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "起始日期", "截止日期"], recs,
                         per_page=3, spacers=(2, 4, 8))
    for r, (k, _, sp, dept, title, rank, cat, rec, s, e) in zip(nums, people):
        row("deployments", [(fn, None, r)], dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": SZ, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[k])
        if sp:
            finding(fn, r, "ID_15_DIGIT")
    write_csv(path, rows, encoding="gbk")


# ------------------------------------------------------------------------------------------- 岚溪县
def f_lx_trainees_quarterly_ods(path: Path):
    """岚溪县人民医院 (.ods): trainees sent to the province hospital, one sheet per quarter; a trainee still in
    training is listed again next quarter with the same stint — counted once."""
    fn = path.name
    people = {"xia": ("夏听雨", "重症医学科", dt.date(2024, 1, 2), dt.date(2024, 6, 30), 2000),
              "yan": ("严敬之", "麻醉科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 2000),
              "zhan": ("詹墨白", "影像科", dt.date(2024, 7, 1), dt.date(2024, 12, 31), 2500),
              "zuo": ("左宜安", "心内科", dt.date(2024, 10, 8), dt.date(2025, 4, 7), 2500)}
    quarters = [("一季度", "第一季度", ["xia", "yan"]), ("二季度", "第二季度", ["xia", "yan"]),
                ("三季度", "第三季度", ["yan", "zhan"]), ("四季度", "第四季度", ["zhan", "zuo"])]
    places: dict[str, list] = {k: [] for k in people}
    sheets = []
    for n, (sh, q, keys) in enumerate(quarters):
        recs = [[i, people[k][0], use_id(k), people[k][1], P1, people[k][2], people[k][3], people[k][4]]
                for i, k in enumerate(keys, 1)]
        rows, nums = printed(f"岚溪县人民医院2024年{q}外出进修人员情况表", LX, after_quarter(n, 3),
                             ["序号", "姓名", "身份证号", "进修专业", "进修医院", "开始时间", "结束时间", "进修费用（元）"],
                             recs, spacers=(3, 6))
        for k, r in zip(keys, nums):
            places[k].append((fn, sh, r))
        sheets.append((sh, rows))
    for k, (_, dept, s, e, fee) in people.items():
        row("trainees", places[k], dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=float(fee)),
            {"recipient_hospital_id": LX, "host_hospital_id": P1}, ["start_date"], id_number=ID[k])
    write_ods(path, sheets)


def f_lx_monthly_csv(path: Path):
    """岚溪县人民医院: monthly workload as a printed report saved to CSV (UTF-8 with BOM): two pages of six months,
    the header typed again, a blank line between quarters, spacer columns."""
    fn = path.name
    recs, vals = [], []
    for m in range(1, 13):
        v = [18400 + 310 * m, 1320 + 21 * m, 318 + 7 * m, 52 - 2 * m, 4 + m % 5]
        recs.append([f"2024年{m}月", *v])
        vals.append((m, v))
    rows, nums = printed("岚溪县人民医院2024年业务量月报表", LX, "2025年1月6日",
                         ["月份", "门急诊人次", "出院人数", "手术台次", "向上转诊人次", "下转接收人次"], recs,
                         per_page=6, sep_every=3, spacers=(1, 4))
    for r, (m, v) in zip(nums, vals):
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": LX}, ["month"])
    write_csv(path, rows, encoding="utf-8", bom=True)


def f_lxtcm_techniques_xls(path: Path):
    """岚溪县中医医院 (.xls): Sheet1, a printed form with spacer columns; 开展例数 "约15例" (→ empty, finding)."""
    fn, sh = path.name, "Sheet1"
    techs = [("小针刀松解术", "针灸科", dt.date(2024, 3, 19), "28", "是", 28, True),
             ("中药熏蒸治疗", "康复科", dt.date(2024, 5, 8), "约15例", "否", None, False),
             ("穴位埋线治疗", "脾胃病科", dt.date(2024, 8, 27), "37", "是", 37, True)]
    recs = [[i, name, dept, day, cases, gap, PTCM] for i, (name, dept, day, cases, gap, _, _) in enumerate(techs, 1)]
    rows, nums = printed("岚溪县中医医院2024年新技术新项目开展情况登记表", LXTCM, "2025年1月9日",
                         ["序号", "新技术名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援单位"], recs,
                         spacers=(2, 5))
    for r, (name, dept, day, _, _, casesv, gapv) in zip(nums, techs):
        row("techniques", [(fn, sh, r)], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                              cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": LXTCM, "support_hospital_id": PTCM}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    write_xls(path, [(sh, rows)])


# ------------------------------------------------------------------------------------------- 柏渡县
def f_bd_monthly_quarterly(path: Path):
    """柏渡县人民医院: one sheet per quarter (per-quarter figures, not cumulative), months written "1月" with the
    year in the title only, a 季度合计 row, a spacer column."""
    fn = path.name
    sheets = []
    for q, sh in enumerate(("一季度", "二季度", "三季度", "四季度")):
        recs, vals = [], []
        for m in range(3 * q + 1, 3 * q + 4):
            v = [9600 + 170 * m, 705 + 11 * m, 122 + 3 * m, 31 - m]
            recs.append([f"{m}月", *v])
            vals.append((m, v))
        tot = ["季度合计"] + [sum(v[j] for _, v in vals) for j in range(4)]
        rows, nums = printed(f"柏渡县人民医院2024年第{'一二三四'[q]}季度主要业务量统计表", BD, after_quarter(q, 8),
                             ["月份", "门急诊人次", "出院人次", "手术例数", "转出人次"], recs, spacers=(1,), totals=tot)
        for r, (m, v) in zip(nums, vals):
            row("hospital_monthly_stats", [(fn, sh, r)],
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": BD}, ["month"])
        sheets.append((sh, rows))
    write_xlsx(path, sheets)


def f_bd_activities_csv(path: Path):
    """柏渡县人民医院: teaching activities by the province hospital's team, a printed form saved as CSV (UTF-8, no
    BOM): dates "2024/3/12", the header typed again after the page break; 参加人数 "约40人" (→ empty, finding)."""
    fn = path.name
    acts = [(dt.date(2024, 3, 12), "学术讲座", "围手术期血糖管理", "35", 35),
            (dt.date(2024, 4, 9), "教学查房", "胆囊结石术后查房", "12", 12),
            (dt.date(2024, 5, 21), "手术示教", "腹腔镜胆囊切除术", "8", 8),
            (dt.date(2024, 6, 18), "学术讲座", "急诊气道管理", "约40人", None),
            (dt.date(2024, 9, 24), "疑难病例讨论", "消化道出血病例讨论", "16", 16),
            (dt.date(2024, 11, 5), "技术培训", "检验质控培训", "22", 22)]
    recs = [[i, f"{a[0].year}/{a[0].month}/{a[0].day}", a[1], a[2], "澄霁省人民医院专家组", a[3]]
            for i, a in enumerate(acts, 1)]
    rows, nums = printed("柏渡县人民医院2024年对口支援带教培训活动记录表", BD, "2025年1月7日",
                         ["序号", "日期", "活动类型", "内容", "主讲", "参加人数"], recs, per_page=4, spacers=(2,),
                         title_again=True)
    for r, (day, typ, _, _, n) in zip(nums, acts):
        row("activities", [(fn, None, r)], dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": BD, "support_hospital_id": P1}, ["activity_date", "activity_type"])
        if n is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    write_csv(path, rows, encoding="utf-8")


# ------------------------------------------------------------------------------------------- 雁汀县
def f_yt_assessments(path: Path):
    """雁汀县人民医院: Sheet1/Sheet2, the month only in each sheet's title (2024年5月 / 6月); a printed form with a
    spacer column and signature lines."""
    fn = path.name
    people = [("qi", "戚远航"), ("ren", "任星河"), ("su", "苏以沫")]
    sheets = []
    for sh, m, scores, present in (("Sheet1", 5, [95, 92.5, 88], [4, 4, 3]), ("Sheet2", 6, [96, 93, 90.5], [4, 4, 4])):
        recs = [[i, name, use_id(k), SZ, sc, 4, p] for i, ((k, name), sc, p) in enumerate(zip(people, scores, present), 1)]
        rows, nums = printed(f"雁汀县人民医院派驻人员2024年{m}月考核表", YT, f"2024年{m + 1}月3日",
                             ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"], recs,
                             spacers=(4,))
        for r, (k, _), sc, p in zip(nums, people, scores, present):
            row("staff_monthly_assessments", [(fn, sh, r)],
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=p),
                {"recipient_hospital_id": YT}, ["month"], id_number=ID[k])
        sheets.append((sh, rows))
    write_xlsx(path, sheets)


def f_ytmch_monthly_xls(path: Path):
    """雁汀县妇幼保健院 (.xls): Sheet1, twelve months over two printed pages with the title and header typed again,
    下转接收人次."""
    fn, sh = path.name, "Sheet1"
    recs, vals = [], []
    for m in range(1, 13):
        v = [5200 + 88 * m, 350 + 5 * m, 71 + m, 12 - m // 2, 2 + m % 3]
        recs.append([m, *v])
        vals.append((m, v))
    rows, nums = printed("雁汀县妇幼保健院2024年业务量统计表", YTMCH, "2025年1月12日",
                         ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"], recs, per_page=6,
                         spacers=(1,), title_again=True)
    for r, (m, v) in zip(nums, vals):
        row("hospital_monthly_stats", [(fn, sh, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": YTMCH}, ["month"])
    write_xls(path, [(sh, rows)])


def f_yt_trainees(path: Path):
    """雁汀县人民医院: trainees sent to 溯州市中心医院, a printed one-page form (Sheet1); one trainee without an ID
    number (NAME_ONLY); 是否结业 是/否."""
    fn, sh = path.name, "Sheet1"
    people = [("lu", "陆晚晴", "妇产科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
              ("mei", "梅清远", "神经内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", True),
              (None, "孟一苇", "检验科", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 0, "否", False)]
    recs = [[i, name, use_id(k) if k else None, dept, SZ, s, e, fee, done]
            for i, (k, name, dept, s, e, fee, done, _) in enumerate(people, 1)]
    rows, nums = printed("雁汀县人民医院2024年赴支援医院进修人员登记表", YT, "2025年1月11日",
                         ["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始日期", "进修结束日期",
                          "进修费用（元）", "是否结业"], recs, spacers=(2,))
    for r, (k, _, dept, s, e, fee, _, done) in zip(nums, people):
        row("trainees", [(fn, sh, r)], dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                            fee_charged=float(fee), completed=done),
            {"recipient_hospital_id": YT, "host_hospital_id": SZ}, ["start_date", "department"],
            id_number=ID[k] if k else None)
        if k is None:
            finding(fn, r, "NAME_ONLY")
    write_xlsx(path, [(sh, rows)])


FOLDERS = ("reference", "省直", "溯州市", "岚溪县", "柏渡县", "雁汀县")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in FOLDERS:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄霁省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_three_forms, "省直", "SYNTHETIC_省人民医院对口支援工作报表（表一至表三）2024.xlsx"),
             (f_ptcm_quarterly, "省直", "SYNTHETIC_省中医院派驻人员季度报表2024.xlsx"),
             (f_county_flow_ods, "省直", "SYNTHETIC_县域住院流向统计2024（打印版）.ods"),
             (f_sz_activities_cumulative, "溯州市", "SYNTHETIC_溯州市中心医院帮扶活动累计表2024.xls"),
             (f_sz_roster_csv, "溯州市", "SYNTHETIC_溯州市中心医院派驻人员名单2024.csv"),
             (f_lx_trainees_quarterly_ods, "岚溪县", "SYNTHETIC_岚溪县人民医院进修人员季度报表2024.ods"),
             (f_lx_monthly_csv, "岚溪县", "SYNTHETIC_岚溪县人民医院业务量月报2024.csv"),
             (f_lxtcm_techniques_xls, "岚溪县", "SYNTHETIC_岚溪县中医医院新技术开展情况2024.xls"),
             (f_bd_monthly_quarterly, "柏渡县", "SYNTHETIC_柏渡县人民医院季度业务量报表2024.xlsx"),
             (f_bd_activities_csv, "柏渡县", "SYNTHETIC_柏渡县人民医院带教活动记录2024.csv"),
             (f_yt_assessments, "雁汀县", "SYNTHETIC_雁汀县人民医院派驻人员考核5-6月.xlsx"),
             (f_ytmch_monthly_xls, "雁汀县", "SYNTHETIC_雁汀县妇幼保健院业务量2024.xls"),
             (f_yt_trainees, "雁汀县", "SYNTHETIC_雁汀县人民医院进修人员登记2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
