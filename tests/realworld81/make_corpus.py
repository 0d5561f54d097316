"""realworld81 corpus generator — SYNTHETIC / 合成数据. The most ordinary year (2024) of a fictional
prefecture-level city (岫川市, 澄汀省) under a city profile: the city's own pairing list (县乡两级: city hospitals with
county hospitals, county hospitals with township health centres) in data/raw/reference/, and nineteen submissions in
data/raw/2024/ exactly as README.md tells a new user to lay them out. Each hospital uses its own plain template (a
title row, a header, data, a 填表人/日期 line). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 9951xx with a correct check
digit (the wrong-check-digit and 15-digit spellings planted are spellings of valid ones). Written as an outsider,
without reading the tool's parser.
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
YEAR = 2024


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
CITY1, CITYTCM = "岫川市人民医院", "岫川市中医医院"
XD, XX, WXTCM = "岫东县人民医院", "岫西县人民医院", "梧溪县中医医院"
QF, LW, FL = "青峰镇卫生院", "柳湾乡卫生院", "枫林镇卫生院"
# recipient: (等级 as written, level, grade, category, county)
RECIP = {XD: ("二级甲等", "二级", "甲等", "综合医院", "岫东县"), XX: ("二级乙等", "二级", "乙等", "综合医院", "岫西县"),
         WXTCM: ("二级甲等", "二级", "甲等", "中医医院", "梧溪县"),
         QF: ("一级甲等", "一级", "甲等", "乡镇卫生院", "岫东县"), LW: ("一级", "一级", None, "乡镇卫生院", "岫西县"),
         FL: ("未定级", "未定级", None, "乡镇卫生院", "梧溪县")}

ID = {k: idn(*v) for k, v in {
    # 岫川市人民医院 → county hospitals
    "zhou": ("995101", "19720314", "031"), "lin": ("995101", "19800702", "042"), "gao": ("995102", "19861120", "015"),
    "song": ("995101", "19850509", "026"), "tang": ("995103", "19830217", "057"), "luo": ("995102", "19870926", "068"),
    "han": ("995101", "19790611", "013"),
    # 岫川市中医医院 → 梧溪县中医医院
    "chen": ("995104", "19710823", "034"), "xu": ("995104", "19820415", "045"), "du": ("995105", "19880130", "016"),
    # county → township
    "ma": ("995111", "19840308", "027"), "zheng": ("995112", "19860719", "038"), "he": ("995112", "19940202", "049"),
    # trainees
    "sun": ("995111", "19900512", "051"), "wu": ("995111", "19911003", "062"), "huang": ("995111", "19930728", "024"),
    "feng": ("995113", "19890916", "035"), "jiang": ("995113", "19920224", "046"), "cao": ("995112", "19950610", "028"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "pairing_file": None}
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


def d(m, dd, y=YEAR):
    return dt.date(y, m, dd)


def iso(x):
    return None if x is None else x.isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=iso(start),
                end_date=iso(end), **more)


def save_csv(path: Path, rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    path.write_bytes(("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as floats, dates as date cells)."""
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


def xlsx_dates(ws, r, cols, fmt="yyyy-mm-dd"):
    for c in cols:
        if isinstance(ws.cell(r, c).value, dt.date):
            ws.cell(r, c).number_format = fmt


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The city's own list, 县乡两级: two section lines (一、市级医院… / 二、县级医院…), the columns in README's order
    (受援医院, 等级, 类别, 所在县, 支援医院, 协议签订日期, 支援期限); 支援期限 blank except for one pairing (→ the title's
    2024—2026年), 协议签订日期 as date cells, a 注 line and a 制表 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  岫川市城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限", "备注"])
    groups = [("一、市级医院对口支援县级医院", [(XD, CITY1, d(12, 15, 2023), None),
                                                (XX, CITY1, d(12, 15, 2023), None),
                                                (WXTCM, CITYTCM, d(1, 10), "2024年3月1日—2026年12月31日")]),
              ("二、县级医院对口支援乡镇卫生院", [(QF, XD, d(1, 20), None), (LW, XX, d(1, 22), None),
                                                 (FL, WXTCM, d(1, 25), None)])]
    i = 0
    for section, pairs in groups:
        ws.append([section])
        for rec, sup, agreed, period in pairs:
            i += 1
            written, _level, _grade, cat, county = RECIP[rec]
            ws.append([i, rec, written, cat, county, sup, agreed, period, None])
            xlsx_dates(ws, ws.max_row, [7], "yyyy年m月d日")
            if period:
                start, end, src = d(3, 1), d(12, 31, 2026), "support_period"
            else:
                start, end, src = d(1, 1), d(12, 31, 2026), "title_period"
            truth["pairings"].append({"support": sup, "recipient": rec, "start_date": iso(start), "end_date": iso(end),
                                      "agreement_date": iso(agreed), "start_date_source": src})
    ws.append([f"注：1. 支援期限未填写的，按2024—2026年执行。2. {SYN}，医院名称均为虚构。"])
    ws.append(["制表：岫川市卫生健康委员会医政科", None, None, None, None, "2024年2月1日"])
    wb.save(path)
    for rec, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": rec, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (CITY1, CITYTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- rosters
def f_city1_roster(path: Path):
    """岫川市人民医院: one sheet, 序号 | 姓名 | 性别 | 身份证号 | 科室 | 职称 | 受援医院 | 挂职职务 | 派驻开始时间 |
    派驻结束时间 | 备注, date cells; five people to 岫东县 (a team of 5, six months), two to 岫西县 (six months and under
    three); one ID number with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫川市人民医院2024年对口支援县级医院派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "受援医院", "挂职职务", "派驻开始时间", "派驻结束时间",
               "备注"])
    wrong = ID["gao"][:17] + ("0" if ID["gao"][17] != "0" else "1")
    people = [("zhou", "周立恒", "男", None, "心血管内科", "主任医师", "正高级", "医疗", XD, "副院长", d(3, 1), d(8, 31)),
              ("lin", "林书瑶", "女", None, "普外科", "副主任医师", "副高级", "医疗", XD, None, d(3, 1), d(8, 31)),
              ("gao", "高子墨", "男", wrong, "麻醉科", "主治医师", "中级", "医疗", XD, None, d(3, 1), d(8, 31)),
              ("song", "宋雨晴", "女", None, "护理部", "主管护师", "中级", "护理", XD, None, d(3, 1), d(8, 31)),
              ("tang", "唐景川", "男", None, "医学影像科", "主管技师", "中级", "医技", XD, None, d(3, 1), d(8, 31)),
              ("luo", "罗安然", "女", None, "儿科", "主治医师", "中级", "医疗", XX, "科主任", d(4, 1), d(9, 30)),
              ("han", "韩志远", "男", None, "骨科", "副主任医师", "副高级", "医疗", XX, None, d(10, 8), d(12, 31))]
    for i, (key, name, sex, sp, dept, title, rank, cat, rec, post, s, e) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, rec, post, s, e, None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        xlsx_dates(ws, r, [9, 10])
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, s, e, position_at_recipient=post),
            {"support_hospital_id": CITY1, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append([])
    ws.append(["填表人：王某", None, None, None, "审核人：医务部", None, None, "填表日期：2025年1月8日"])
    wb.save(path)


def f_citytcm_roster_xls(path: Path):
    """岫川市中医医院 (.xls): the recipient only in the title (its one pairing), 派驻时间（起）/（止） as text
    "2024.03.04"; one legacy 15-digit ID number."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岫川市中医医院派驻梧溪县中医医院医务人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻时间（起）", "派驻时间（止）", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    x = ID["xu"]
    fifteen = x[:6] + x[8:17]
    people = [("chen", "陈慕白", None, "针灸科", "主任中医师", "正高级"),
              ("xu", "许清禾", fifteen, "中医内科", "主治中医师", "中级"),
              ("du", "杜衡之", None, "康复科", "主治医师", "中级")]
    for i, (key, name, sp, dept, title, rank) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, "2024.03.04", "2024.09.03", ""]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, dep(dept, title, rank, "医疗", d(3, 4), d(9, 3)),
            {"support_hospital_id": CITYTCM, "recipient_hospital_id": WXTCM}, ["start_date", "department"],
            id_number=ID[key])
        if sp:
            finding(fn, r + 1, "ID_15_DIGIT")
    ws.write(2 + len(people), 0, "填表人：李某")
    ws.write(2 + len(people), 4, "日期：2025-01-06")
    wb.save(str(path))


def f_xd_township_roster_csv(path: Path):
    """岫东县人民医院 → 青峰镇卫生院: CSV in GBK, a title line, the header in row 2, ISO dates; one nurse named
    without an ID number (column left empty)."""
    fn = path.name
    rows = [[f"岫东县人民医院派驻乡镇卫生院人员登记表（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻乡镇卫生院", "派驻起始日期", "派驻截止日期"]]
    people = [("ma", "马骏", "内科", "主治医师", "中级", "医疗", d(3, 1), d(8, 31)),
              (None, "钱小禾", "护理部", "主管护师", "中级", "护理", d(3, 1), d(12, 31))]
    for key, name, dept, title, rank, cat, s, e in people:
        rows.append([name, use_id(key) if key else "", dept, title, QF, s.isoformat(), e.isoformat()])
        row("deployments", fn, None, len(rows), dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": XD, "recipient_hospital_id": QF}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["填报人：医务科", "", "", "", "", "填报日期：2025-01-05", ""])
    save_csv(path, rows, "gbk")


def f_xx_township_roster_ods(path: Path):
    """岫西县人民医院 → 柳湾乡卫生院 (.ods): 派驻时间 in one cell "2024年4月1日至2024年9月30日"; a 住院医师."""
    fn, sh = path.name, "下派人员"
    rows = [[f"岫西县人民医院2024年下派乡镇卫生院人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "所在科室", "专业技术职称", "受援单位", "派驻时间"]]
    people = [("zheng", "郑楠", "全科医学科", "主治医师", "中级", "2024年4月1日至2024年9月30日", d(4, 1), d(9, 30)),
              ("he", "何穗", "妇产科", "住院医师", "初级", "2024年4月1日至2024年6月30日", d(4, 1), d(6, 30))]
    for i, (key, name, dept, title, rank, period, s, e) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, LW, period])
        row("deployments", fn, sh, len(rows), dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": XX, "recipient_hospital_id": LW}, ["start_date", "department"], id_number=ID[key])
    rows.append(["填表人：何某", None, None, None, "日期：2025年1月10日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- trainees
def f_xd_trainees_xlsx(path: Path):
    """岫东县人民医院: three staff trained at 岫川市人民医院 (the profile's quota 3), free, date cells, 是否结业."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫东县人民医院2024年外出进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "进修医院", "进修开始时间", "进修结束时间", "进修费用（元）",
               "是否结业"])
    people = [("sun", "孙嘉禾", "男", "内科", d(3, 1), d(8, 31), "是", True),
              ("wu", "吴思远", "男", "外科", d(3, 1), d(8, 31), "是", True),
              ("huang", "黄梓萱", "女", "检验科", d(9, 1), d(2, 28, 2025), "否", False)]
    for i, (key, name, sex, dept, s, e, done, donev) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, CITY1, s, e, 0, done])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        xlsx_dates(ws, r, [7, 8], "yyyy/m/d")
        row("trainees", fn, sh, r, dict(department=dept, start_date=iso(s), end_date=iso(e), fee_charged=0.0,
                                         completed=donev),
            {"recipient_hospital_id": XD, "host_hospital_id": CITY1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, None, None, "填表日期：2025年1月9日"])
    wb.save(path)


def f_wxtcm_trainees_csv(path: Path):
    """梧溪县中医医院: CSV UTF-8 with BOM, dates "2024/5/6"; two trainees (under the quota), one stay of four months."""
    fn = path.name
    rows = [[f"梧溪县中医医院2024年进修人员情况（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修单位", "开始日期", "结束日期", "费用（元）", "是否结业"]]
    people = [("feng", "冯若溪", "针灸科", d(5, 6), d(9, 5), "是", True),
              ("jiang", "蒋一鸣", "中医内科", d(9, 2), d(3, 1, 2025), "否", False)]
    for key, name, dept, s, e, done, donev in people:
        rows.append([name, use_id(key), dept, CITYTCM, f"{s.year}/{s.month}/{s.day}", f"{e.year}/{e.month}/{e.day}",
                     "0", done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=iso(s), end_date=iso(e),
                                                   fee_charged=0.0, completed=donev),
            {"recipient_hospital_id": WXTCM, "host_hospital_id": CITYTCM}, ["start_date", "department"],
            id_number=ID[key])
    rows.append(["填表人：医务科", "", "", "", "日期：2025年1月7日", "", "", ""])
    save_csv(path, rows, "utf-8-sig")


def f_lw_trainees_xls(path: Path):
    """柳湾乡卫生院 (.xls): one trainee at 岫西县人民医院 (接收单位), dates typed as text "2024.3.4"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"柳湾乡卫生院2024年进修人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "进修科室", "接收单位", "开始时间", "结束时间", "进修费用（元）",
                           "是否结业"]):
        ws.write(1, j, h)
    for j, v in enumerate([1, "曹芳", use_id("cao"), "全科医学科", XX, "2024.3.4", "2024.9.3", 0, "是"]):
        ws.write(2, j, v)
    row("trainees", fn, sh, 3, dict(department="全科医学科", start_date=iso(d(3, 4)), end_date=iso(d(9, 3)),
                                     fee_charged=0.0, completed=True),
        {"recipient_hospital_id": LW, "host_hospital_id": XX}, ["start_date"], id_number=ID["cao"])
    ws.write(3, 0, "填表人：张某")
    ws.write(3, 5, "2025年1月12日")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- techniques
def f_xd_techniques_ods(path: Path):
    """岫东县人民医院 (.ods): three techniques with a 支援医院 column, date cells, 是/否."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"岫东县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "新技术名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("冠状动脉造影术", "心血管内科", d(4, 18), 12, "是", True),
             ("腹腔镜胆囊切除术", "普外科", d(5, 9), 26, "否", False),
             ("无痛胃肠镜检查", "麻醉科", d(6, 3), 140, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, CITY1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=iso(day),
                                                   cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": XD, "support_hospital_id": CITY1}, ["name"])
    rows.append(["填表人：医务科", None, None, "填表日期：2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_xx_techniques_xlsx(path: Path):
    """岫西县人民医院: one technique, no support column (not scored), date cell "yyyy年m月d日"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫西县人民医院2024年开展新技术统计表（{SYN}）"])
    ws.append(["序号", "项目名称", "开展科室", "开展时间", "例数", "是否填补县域空白"])
    ws.append([1, "关节镜下半月板修复术", "骨科", d(11, 20), 5, "是"])
    xlsx_dates(ws, 3, [4], "yyyy年m月d日")
    row("techniques", fn, sh, 3, dict(name="关节镜下半月板修复术", department="骨科", first_performed_date=iso(d(11, 20)),
                                       cases=5, fills_county_gap=True), {"recipient_hospital_id": XX}, ["name"])
    ws.append(["填表人：医务科", None, None, "2025年1月10日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- activities
def f_xx_activities_xlsx(path: Path):
    """岫西县人民医院's ledger of the support team's teaching: 活动类型 of the contract's list, 参加人数 with one "约40人"
    (→ empty + finding); no support column (the recipient has one supporter; not scored)."""
    fn, sh = path.name, "活动台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫西县人民医院2024年对口支援带教培训活动台账（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "活动日期", "活动类型", "活动内容", "主讲/指导专家", "参加人数"])
    acts = [(d(4, 12), "学术讲座", "儿童哮喘规范化诊治", "罗安然", 45, 45),
            (d(5, 20), "教学查房", "儿科病房教学查房", "罗安然", 18, 18),
            (d(6, 14), "疑难病例讨论", "重症肺炎病例讨论", "罗安然", "约40人", None),
            (d(10, 22), "手术示教", "膝关节镜手术示教", "韩志远", 12, 12),
            (d(11, 28), "技术培训", "骨折固定技术培训", "韩志远", 60, 60)]
    for i, (day, typ, topic, who, n, nv) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, who, n])
        r = ws.max_row
        xlsx_dates(ws, r, [2], "yyyy/m/d")
        row("activities", fn, sh, r, dict(activity_date=iso(day), activity_type=typ, participants=nv),
            {"recipient_hospital_id": XX}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["填表人：医务科", None, None, "填表日期：2025年1月10日"])
    wb.save(path)


def f_wxtcm_activities_csv(path: Path):
    """梧溪县中医医院: CSV in GBK, 日期 "2024/3/15", 活动形式, a 支援单位 column."""
    fn = path.name
    rows = [[f"梧溪县中医医院2024年对口支援活动登记（{SYN}）", "", "", "", ""],
            ["日期", "活动形式", "内容", "参加人数", "支援单位"]]
    for day, typ, topic, n in ((d(3, 15), "学术讲座", "针灸治疗面瘫经验", 32), (d(4, 10), "教学查房", "中医内科查房", 15),
                               (d(6, 6), "义诊", "三伏贴义诊", 120), (d(8, 22), "技术培训", "中医适宜技术培训", 50)):
        rows.append([f"{day.year}/{day.month}/{day.day}", typ, topic, str(n), CITYTCM])
        row("activities", fn, None, len(rows), dict(activity_date=iso(day), activity_type=typ, participants=n),
            {"recipient_hospital_id": WXTCM, "support_hospital_id": CITYTCM}, ["activity_date"])
    rows.append(["填表人：办公室", "", "", "2025年1月7日", ""])
    save_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- monthly statistics
def monthly(hospital, base, m):
    """The month's figures (a hospital's base × a seasonal factor): outpatient, discharges, surgeries, out, in."""
    f = 1 + (m % 6) / 20
    return [round(b * f) + m for b in base]


def stat_row(fn, sh, r, hospital, m, names, vals):
    row("hospital_monthly_stats", fn, sh, r, dict(year=YEAR, month=m, **dict(zip(names, vals))),
        {"recipient_hospital_id": hospital}, ["month"])


def f_xd_monthly_xlsx(path: Path):
    """岫东县人民医院: months "1月" … "12月", 接收上转人次, a 合计 row of values."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫东县人民医院2024年1—12月业务量统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "接收上转人次"])
    names = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received"]
    tot = [0] * 5
    for m in range(1, 13):
        v = monthly(XD, [21000, 1500, 380, 42, 65], m)
        ws.append([f"{m}月", *v])
        tot = [a + b for a, b in zip(tot, v)]
        stat_row(fn, sh, ws.max_row, XD, m, names, v)
    ws.append(["合计", *tot])
    ws.append(["填表人：统计室", None, None, "填表日期：2025年1月6日"])
    wb.save(path)


def f_xx_monthly_xls(path: Path):
    """岫西县人民医院 (.xls): 统计月份 "2024年1月", 出院人次, 手术例数, 外转人次."""
    fn, sh = path.name, "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岫西县人民医院2024年度月度业务统计（{SYN}）")
    for j, h in enumerate(["统计月份", "门急诊人次", "出院人次", "手术例数", "外转人次"]):
        ws.write(1, j, h)
    names = ["outpatient_visits", "discharges", "surgeries", "referrals_out"]
    for m in range(1, 13):
        v = monthly(XX, [16500, 1180, 240, 55], m)
        for j, x in enumerate([f"2024年{m}月", *v]):
            ws.write(1 + m, j, x)
        stat_row(fn, sh, 2 + m, XX, m, names, v)
    ws.write(14, 0, "填表人：病案统计室")
    ws.write(14, 3, "2025年1月8日")
    wb.save(str(path))


def f_wxtcm_monthly_csv(path: Path):
    """梧溪县中医医院: CSV UTF-8 without BOM, 年份 and 月份 as numbers in two columns."""
    fn = path.name
    rows = [[f"梧溪县中医医院2024年业务量月报（{SYN}）", "", "", "", "", ""],
            ["年份", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    names = ["outpatient_visits", "discharges", "surgeries", "referrals_out"]
    for m in range(1, 13):
        v = monthly(WXTCM, [9800, 620, 95, 30], m)
        rows.append([str(YEAR), str(m), *map(str, v)])
        stat_row(fn, None, len(rows), WXTCM, m, names, v)
    rows.append(["填表人：统计员", "", "", "日期：2025-01-07", "", ""])
    save_csv(path, rows, "utf-8")


def f_qf_monthly_ods(path: Path):
    """青峰镇卫生院 (.ods): a township centre's 上转人次 (its patients referred up = referrals out) and 接收下转人次."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"青峰镇卫生院2024年月度业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "上转人次", "接收下转人次"]]
    names = ["outpatient_visits", "discharges", "referrals_out", "referrals_down_received"]
    for m in range(1, 13):
        v = monthly(QF, [3100, 45, 18, 6], m)
        rows.append([f"{m}月", *v])
        stat_row(fn, sh, len(rows), QF, m, names, v)
    rows.append(["填表人：公卫办", None, "日期：2025年1月5日"])
    ods_doc(path, {sh: rows})


def f_lw_monthly_csv(path: Path):
    """柳湾乡卫生院: CSV in GBK, months "2024年1月", 门诊人次 (a township's outpatient visits), 转出人次, 接收下转人次."""
    fn = path.name
    rows = [[f"柳湾乡卫生院2024年业务量统计（{SYN}）", "", "", "", ""],
            ["月份", "门诊人次", "出院人数", "转出人次", "接收下转人次"]]
    names = ["outpatient_visits", "discharges", "referrals_out", "referrals_down_received"]
    for m in range(1, 13):
        v = monthly(LW, [2400, 30, 14, 4], m)
        rows.append([f"2024年{m}月", *map(str, v)])
        stat_row(fn, None, len(rows), LW, m, names, v)
    rows.append(["填表人：院办", "", "", "2025年1月12日", ""])
    save_csv(path, rows, "gbk")


def fl_monthly_xlsx(path: Path, corrected: bool):
    """枫林镇卫生院: the year's figures, then a correction (file name （更正）) of the whole list with June's outpatient
    visits fixed (25880 typed for 2588): the correction replaces the first file's rows (the contract)."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫林镇卫生院2024年1-12月业务量报表{'（更正）' if corrected else ''}（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "转出人次"])
    names = ["outpatient_visits", "discharges", "referrals_out"]
    for m in range(1, 13):
        v = monthly(FL, [2500, 25, 12], m)
        shown = list(v)
        if m == 6 and not corrected:
            shown[0] = v[0] * 10
        ws.append([f"{m}月", *shown])
        if corrected:
            stat_row(fn, sh, ws.max_row, FL, m, names, v)
    ws.append(["填表人：刘某", None, "填表日期：" + ("2025年1月20日" if corrected else "2025年1月6日")])
    wb.save(path)


# ------------------------------------------------------------------------------------------- county flow
def f_county_flow_xlsx(path: Path):
    """岫川市卫生健康委员会: the three counties' 2024 inpatient flow, 行政区划代码, a 全市合计 row."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫川市2024年各县县域住院流向统计表（{SYN}）"])
    ws.merge_cells("A1:D1")
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    data = [("岫东县", "999511", 41260, 6188), ("岫西县", "999512", 33075, 5954), ("梧溪县", "999513", 25410, 4827)]
    for county, code, tot, out in data:
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=YEAR, resident_admissions=tot,
                                                                resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["全市合计", None, sum(x[2] for x in data), sum(x[3] for x in data)])
    ws.append(["填表人：规划信息科", None, "2025年2月10日"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    ref_name = "SYNTHETIC_附件1_岫川市城乡医院对口支援关系一览表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / ref_name)
    truth["pairing_file"] = ref_name
    files = [(f_city1_roster, "SYNTHETIC_岫川市人民医院派驻人员名册2024.xlsx"),
             (f_citytcm_roster_xls, "SYNTHETIC_岫川市中医医院派驻人员名单.xls"),
             (f_xd_township_roster_csv, "SYNTHETIC_岫东县人民医院派驻乡镇卫生院人员.csv"),
             (f_xx_township_roster_ods, "SYNTHETIC_岫西县人民医院下派人员2024.ods"),
             (f_xd_trainees_xlsx, "SYNTHETIC_岫东县人民医院进修人员2024.xlsx"),
             (f_wxtcm_trainees_csv, "SYNTHETIC_梧溪县中医医院进修人员.csv"),
             (f_lw_trainees_xls, "SYNTHETIC_柳湾乡卫生院进修人员.xls"),
             (f_xd_techniques_ods, "SYNTHETIC_岫东县人民医院新技术新项目2024.ods"),
             (f_xx_techniques_xlsx, "SYNTHETIC_岫西县人民医院新技术2024.xlsx"),
             (f_xx_activities_xlsx, "SYNTHETIC_岫西县人民医院带教培训活动台账2024.xlsx"),
             (f_wxtcm_activities_csv, "SYNTHETIC_梧溪县中医医院帮扶活动登记.csv"),
             (f_xd_monthly_xlsx, "SYNTHETIC_岫东县人民医院2024年业务量统计.xlsx"),
             (f_xx_monthly_xls, "SYNTHETIC_岫西县人民医院2024年月度业务统计.xls"),
             (f_wxtcm_monthly_csv, "SYNTHETIC_梧溪县中医医院2024年业务量月报.csv"),
             (f_qf_monthly_ods, "SYNTHETIC_青峰镇卫生院2024年业务量.ods"),
             (f_lw_monthly_csv, "SYNTHETIC_柳湾乡卫生院2024年业务量.csv"),
             (lambda p: fl_monthly_xlsx(p, False), "SYNTHETIC_枫林镇卫生院2024年业务量报表.xlsx"),
             (lambda p: fl_monthly_xlsx(p, True), "SYNTHETIC_枫林镇卫生院2024年业务量报表（更正）.xlsx"),
             (f_county_flow_xlsx, "SYNTHETIC_岫川市2024年县域住院流向.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
