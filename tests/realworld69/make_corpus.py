"""realworld69 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜屿省) for 2024, centred on the
support hospitals' yearly ledgers (对口支援工作台账): one sheet stacking several forms one under another
(一、派驻人员情况 / 二、接收进修人员情况 / 三、开展新技术新项目 / 四、带教培训活动, each with its own header, some with
a 合计 row), then a 工作总结 paragraph in one merged cell and a sign-off. Four ledgers written four ways (xlsx with
blank rows between sections; xls with the sections in another order, no blank rows and one section reading 无;
ods with one section that is a header only; xlsx with two sections side by side), the pairing list, and ten
ordinary submissions from the recipients (CSV in GBK and UTF-8, xlsx, xls, ods). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without
reading the tool's parser.
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


# ------------------------------------------------------------------------------------------- the invented world
P1, P2, C1, C2 = "澜屿省人民医院", "澜屿省中医院", "汐州市第一人民医院", "汐州市中心医院"
QF, QFTCM, SM, SMMCH, SMTCM, LD, LDTCM = ("青枫县人民医院", "青枫县中医医院", "石湄县人民医院", "石湄县妇幼保健院",
                                          "石湄县中医医院", "柳渡县人民医院", "柳渡县中医医院")
RECIP = {QF: ("二级", "甲等", "综合医院", "青枫县"), QFTCM: ("二级", "乙等", "中医医院", "青枫县"),
         SM: ("二级", "甲等", "综合医院", "石湄县"), SMMCH: ("二级", None, "妇幼保健院", "石湄县"),
         SMTCM: ("二级", "乙等", "中医医院", "石湄县"), LD: ("二级", "甲等", "综合医院", "柳渡县"),
         LDTCM: ("二级", "乙等", "中医医院", "柳渡县")}
PAIRS = [(P1, QF, dt.date(2023, 12, 18)), (P1, SM, dt.date(2023, 12, 18)), (P2, QFTCM, dt.date(2023, 12, 22)),
         (P2, LDTCM, dt.date(2023, 12, 22)), (C1, SMMCH, dt.date(2024, 1, 5)), (C1, LD, dt.date(2024, 1, 5)),
         (C2, SMTCM, dt.date(2024, 1, 9))]

ID = {k: idn(*v) for k, v in {
    # 澜屿省人民医院 ledger
    "lin": ("990101", "19750312", "013"), "qiao": ("990101", "19830726", "024"), "mo": ("990102", "19790905", "035"),
    "gu": ("990101", "19870118", "046"), "xia": ("990103", "19850430", "057"), "ning": ("990101", "19900602", "068"),
    "fang": ("990311", "19920814", "071"), "yu": ("990312", "19940221", "082"),
    # 澜屿省中医院 ledger
    "ke": ("990104", "19760910", "093"), "su": ("990104", "19890327", "014"),
    # 汐州市第一人民医院 ledger
    "rong": ("990201", "19800716", "025"), "tang": ("990201", "19860208", "036"), "wen": ("990202", "19910520", "047"),
    # 汐州市中心医院 ledger
    "yan": ("990203", "19780413", "058"), "hua": ("990203", "19880927", "069"), "lu": ("990321", "19930306", "072"),
    "shi": ("990321", "19951118", "083"),
    # recipients' own files
    "cao": ("990312", "19910109", "094"), "jin": ("990312", "19930823", "015"),
    "zhou": ("990104", "19810605", "026"),
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


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


# ------------------------------------------------------------------------------------------- a sheet as a grid
class Grid:
    """A sheet as rows of cell values (1-based rows as Excel shows them) plus merged ranges, written to xlsx, xls
    or ods by the writers below, so one ledger's content can be laid out the same way in any format."""

    def __init__(self):
        self.rows: list[list] = []
        self.merges: list[tuple[int, int, int, int]] = []   # (row1, col1, row2, col2), 1-based, inclusive
        self.text_cols: set[tuple[int, int]] = set()

    def add(self, values=(), at_col=1):
        self.rows.append([None] * (at_col - 1) + list(values))
        return len(self.rows)

    def put(self, r, c, v):
        line = self.rows[r - 1]
        line.extend([None] * (c - len(line)))
        line[c - 1] = v

    def merge(self, r1, c1, r2, c2):
        while len(self.rows) < r2:
            self.rows.append([])
        self.merges.append((r1, c1, r2, c2))


def write_xlsx(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, g in sheets.items():
        ws = wb.create_sheet(name)
        for r, vals in enumerate(g.rows, 1):
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(v, str) and (v[:2] == "99" or len(v) > 30):
                    cell.number_format = "@"
                if isinstance(v, str) and len(v) > 30:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    wb.save(path)


def write_xls(path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    wrap = xlwt.easyxf("align: wrap on, vert top")
    for name, g in sheets.items():
        ws = wb.add_sheet(name)
        covered = set()
        for r1, c1, r2, c2 in g.merges:
            v = g.rows[r1 - 1][c1 - 1] if c1 <= len(g.rows[r1 - 1]) else None
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, v, wrap)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, vals in enumerate(g.rows, 1):
            for c, v in enumerate(vals, 1):
                if v is None or (r, c) in covered:
                    continue
                if isinstance(v, dt.date):
                    ws.write(r - 1, c - 1, v, date_style)
                else:
                    ws.write(r - 1, c - 1, v)
    wb.save(str(path))


def write_ods(path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, g in sheets.items():
        t = Table(name=name)
        span = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in g.merges}
        covered = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
                   if (r, c) != (r1, c1)}
        width = max(max((len(x) for x in g.rows), default=1), max((m[3] for m in g.merges), default=1))
        for r in range(1, len(g.rows) + 1):
            vals = g.rows[r - 1]
            tr = TableRow()
            for c in range(1, width + 1):
                v = vals[c - 1] if c <= len(vals) else None
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (r, c) in span:
                    kw = dict(numberrowsspanned=span[(r, c)][0], numbercolumnsspanned=span[(r, c)][1])
                if isinstance(v, bool) or v is None:
                    cell = TableCell(**kw)
                elif isinstance(v, (int, float)):
                    cell = TableCell(valuetype="float", value=v, **kw)
                    cell.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    cell = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    cell.addElement(P(text=v.isoformat()))
                else:
                    cell = TableCell(valuetype="string", **kw)
                    cell.addElement(P(text=v))
                tr.addElement(cell)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path, rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    text = buf.getvalue()
    path.write_bytes((("\ufeff" if encoding == "utf-8-sig" else "") + text).encode(
        "utf-8" if encoding == "utf-8-sig" else encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: the period only in the title (2024—2026年), 级别 and 等次 in two columns, 协议签订日期 as dates."""
    g = Grid()
    g.add([f"附件1：澜屿省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    g.merge(1, 1, 1, 8)
    g.add(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        g.add([i, s, r, level, grade, cat, county, ag])
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    g.add([f"注：{SYN}，医院名称均为虚构。"])
    write_xlsx(path, {"附件1": g})
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, P2, C1, C2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- the four ledgers
def ledger_p1(path: Path):
    """澜屿省人民医院, xlsx, one sheet: four sections stacked with blank rows between, 合计 rows under 一 and 四,
    dates as date cells, a wrong check digit, a 15-digit ID, a trainee without an ID number, "约15例", a
    deployment whose start is 待定 (unusable: quarantined), then 五、工作总结 in one merged cell and a sign-off."""
    fn, sh = path.name, "2024年台账"
    g = Grid()
    g.add([f"澜屿省人民医院2024年度对口支援工作台账（{SYN}）"])
    g.merge(1, 1, 1, 9)
    g.add(["填报单位：澜屿省人民医院", None, None, None, None, None, "填报日期：2025年1月8日"])
    g.add([])
    g.add(["一、派驻人员情况"])
    g.add(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    wrong = ID["qiao"][:17] + ("0" if ID["qiao"][17] != "0" else "1")
    m = ID["mo"]
    fifteen = m[:6] + m[8:17]
    people = [
        ("lin", "林照川", None, "心血管内科", "主任医师", QF, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["lin"], None),
        ("qiao", "乔暮雪", wrong, "呼吸与危重症医学科", "主治医师", QF, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("呼吸与危重症医学科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong, "ID_CHECK_DIGIT"),
        ("mo", "莫怀山", fifteen, "普外科", "副主任医师", SM, dt.date(2024, 4, 8), dt.date(2024, 10, 7),
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 8), d(2024, 10, 7)), ID["mo"], "ID_15_DIGIT"),
        ("gu", "顾采薇", None, "护理部", "主管护师", QF, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)), ID["gu"], None),
        ("xia", "夏闻溪", None, "医学影像科", "主管技师", SM, dt.date(2024, 9, 2), dt.date(2025, 3, 1),
         dep("医学影像科", "主管技师", "中级", "医技", d(2024, 9, 2), d(2025, 3, 1)), ID["xia"], None),
    ]
    for i, (key, name, sp, dept, title, rec, s, e, f, tid, code) in enumerate(people, 1):
        r = g.add([i, name, use_id(key, sp), dept, title, rec, s, e])
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=tid)
        if code:
            finding(fn, r, code)
    r = g.add([6, "宁远舟", use_id("ning"), "骨科", "主治医师", SM, "待定", None, "拟下半年派出"])
    truth["quarantines"].append({"file": fn, "sheet": sh, "row": r, "category": "missing_required",
                                 "why": "派驻开始时间 待定: no start date"})
    g.add(["合计", "6人"])
    g.add([])
    g.add(["二、接收进修人员情况"])
    g.add(["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修开始时间", "进修结束时间", "是否结业",
           "进修费用（元）"])
    trainees = [("fang", "方若溪", QF, "心血管内科", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "是", 3000, True, 3000.0),
                ("yu", "俞晚晴", SM, "重症医学科", dt.date(2024, 5, 6), dt.date(2024, 11, 5), "是", "免", True, 0.0),
                (None, "卓一帆", SM, "麻醉科", dt.date(2024, 10, 8), dt.date(2025, 4, 7), "否", 2400, False, 2400.0)]
    for i, (key, name, rec, dept, s, e, done, fee, donev, feev) in enumerate(trainees, 1):
        r = g.add([i, name, use_id(key) if key else None, rec, dept, s, e, done, fee])
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=feev, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    g.add([])
    g.add(["三、开展新技术新项目"])
    g.add(["序号", "项目名称", "受援单位", "科室", "首次开展时间", "开展例数", "是否填补县域空白"])
    techs = [("冠状动脉造影术", QF, "心血管内科", dt.date(2024, 4, 16), 12, "是", 12, True),
             ("经支气管镜肺活检术", QF, "呼吸内科", dt.date(2024, 6, 3), "约15例", "否", None, False),
             ("腹腔镜胆囊切除术", SM, "普外科", dt.date(2024, 5, 20), 31, "是", 31, True)]
    for i, (name, rec, dept, day, cases, gap, casesv, gapv) in enumerate(techs, 1):
        r = g.add([i, name, rec, dept, day, cases, gap])
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                          cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    g.add([])
    g.add(["四、带教培训活动"])
    g.add(["序号", "日期", "受援单位", "活动形式", "主题", "主讲人", "参加人数"])
    acts = [(dt.date(2024, 3, 15), QF, "学术讲座", "急性胸痛的识别与处置", "林照川", 46),
            (dt.date(2024, 4, 19), QF, "教学查房", "慢阻肺急性加重查房", "乔暮雪", 18),
            (dt.date(2024, 6, 12), SM, "手术示教", "腹腔镜胆囊切除术", "莫怀山", 9),
            (dt.date(2024, 10, 25), SM, "疑难病例讨论", "不明原因发热一例", "夏闻溪", 22)]
    for i, (day, rec, typ, topic, who, n) in enumerate(acts, 1):
        r = g.add([i, day, rec, typ, topic, who, n])
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date"])
    g.add(["合计", None, None, "4次", None, None, sum(a[5] for a in acts)])
    g.add([])
    g.add(["五、工作总结"])
    r = g.add(["2024年，我院按照省卫生健康委统一部署，继续对口支援青枫县人民医院和石湄县人民医院。全年派驻医务人员5名，"
               "接收受援医院进修人员3名，帮助开展新技术新项目3项，其中填补县域空白2项；开展学术讲座、教学查房、手术示教等"
               "带教培训活动4次，受训95人次。下一步将继续加强重点专科帮扶，提升受援医院服务能力。（" + SYN + "）"])
    g.merge(r, 1, r + 4, 9)
    g.add([])
    g.add(["填报人：林某某", None, "审核人：周某某", None, "单位负责人：", None, "单位（盖章）", None, "2025年1月8日"])
    write_xlsx(path, {sh: g})


def ledger_p2(path: Path):
    """澜屿省中医院, xls (xlwt): the same ledger with the sections in another order (新技术 first), no blank rows
    between them, the deployments' period in one text cell "2024.03.01-2024.08.31" and "2024.09.02-至今", an ID
    cell reading （待补）, "约40人" participants, and 四、接收进修人员情况 with its header and one row 无."""
    fn, sh = path.name, "台账"
    g = Grid()
    g.add([f"澜屿省中医院2024年对口支援工作台账（{SYN}）"])
    g.merge(1, 1, 1, 8)
    g.add(["一、开展新技术新项目"])
    g.add(["序号", "项目名称", "开展科室", "受援医院", "开展日期", "完成例数", "填补县域空白"])
    techs = [("小针刀治疗颈椎病", "针灸推拿科", QFTCM, "2024年4月16日", 48, "是", d(2024, 4, 16), 48, True),
             ("中药熏蒸治疗类风湿关节炎", "风湿病科", LDTCM, "2024年7月2日", 26, "否", d(2024, 7, 2), 26, False)]
    for i, (name, dept, rec, when, cases, gap, day, casesv, gapv) in enumerate(techs, 1):
        r = g.add([i, name, dept, rec, when, cases, gap])
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                          fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": P2}, ["name"])
    g.add(["二、带教培训活动"])
    g.add(["序号", "活动日期", "受援医院", "活动形式", "活动内容", "参加人数"])
    acts = [(dt.date(2024, 5, 10), QFTCM, "学术讲座", "中医体质辨识", "约40人", None),
            (dt.date(2024, 8, 22), LDTCM, "技术培训", "针刺手法规范化培训", 25, 25),
            (dt.date(2024, 11, 14), LDTCM, "义诊", "冬病夏治宣传义诊", 120, 120)]
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 1):
        r = g.add([i, day, rec, typ, topic, n])
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": P2}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    g.add(["合计", None, None, None, None, 185])
    g.add(["三、派驻人员情况"])
    g.add(["序号", "姓名", "性别", "科室", "职称", "身份证号码", "受援医院", "派驻时间"])
    people = [("ke", "柯望舒", "男", "针灸推拿科", "副主任中医师", QFTCM, "2024.03.01-2024.08.31",
               dep("针灸推拿科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("su", "苏映雪", "女", "护理部", "主管护师", LDTCM, "2024.09.02-至今",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 2), None)),
              (None, "钱书白", "男", "药剂科", "副主任药师", LDTCM, "2024.03.01-2024.08.31",
               dep("药剂科", "副主任药师", "副高级", "药学", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, sex, dept, title, rec, period, f) in enumerate(people, 1):
        r = g.add([i, name, sex, dept, title, use_id(key) if key else "（待补）", rec, period])
        row("deployments", fn, sh, r, f, {"support_hospital_id": P2, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    g.add(["四、接收进修人员情况"])
    g.add(["序号", "姓名", "身份证号码", "派出单位", "进修科室", "进修时间", "是否结业"])
    g.add(["无"])
    g.add(["工作总结："])
    r = g.add(["本年度我院派驻专家3名，帮助两家受援中医医院开展中医适宜技术2项，举办培训、义诊等活动3次。受援医院本年度"
               "未派员来我院进修。（" + SYN + "）"])
    g.merge(r, 1, r + 2, 8)
    g.add(["填表人：柯某", None, None, "审核：苏某", None, None, "2025年1月10日"])
    write_xls(path, {sh: g})


def ledger_c1(path: Path):
    """汐州市第一人民医院, ods: 派驻时间 "2024年3月1日至2024年8月31日", 二、接收进修人员情况 a header with no rows and
    三 directly under it, 四 with a 合计 row, the summary merged over several rows and columns."""
    fn, sh = path.name, "2024"
    g = Grid()
    g.add([f"汐州市第一人民医院2024年对口支援工作台账（{SYN}）"])
    g.merge(1, 1, 1, 7)
    g.add(["一、派驻人员情况"])
    g.add(["序号", "姓名", "身份证号", "所在科室", "职称", "受援医院", "派驻时间"])
    people = [("rong", "荣景深", "妇产科", "副主任医师", SMMCH, "2024年3月1日至2024年8月31日",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("tang", "唐亦柔", "儿科", "主治医师", SMMCH, "2024年9月1日至2025年2月28日",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28))),
              ("wen", "温致远", "检验科", "主管技师", LD, "2024年4月1日至2024年9月30日",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 4, 1), d(2024, 9, 30)))]
    for i, (key, name, dept, title, rec, period, f) in enumerate(people, 1):
        r = g.add([i, name, use_id(key), dept, title, rec, period])
        row("deployments", fn, sh, r, f, {"support_hospital_id": C1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key])
    g.add([])
    g.add(["二、接收进修人员情况"])
    g.add(["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修起止时间", "是否结业"])
    g.add(["三、开展新技术新项目"])
    g.add(["序号", "项目名称", "受援医院", "科室", "开展时间", "例数", "是否填补空白"])
    techs = [("无痛分娩", SMMCH, "产科", dt.date(2024, 5, 6), 64, "是", 64, True),
             ("新生儿听力筛查", SMMCH, "儿科", dt.date(2024, 9, 23), 210, "否", 210, False),
             ("血栓弹力图检测", LD, "检验科", dt.date(2024, 6, 17), 88, "是", 88, True)]
    for i, (name, rec, dept, day, cases, gap, casesv, gapv) in enumerate(techs, 1):
        r = g.add([i, name, rec, dept, day, cases, gap])
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                          cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": C1}, ["name"])
    g.add([])
    g.add(["四、带教培训活动"])
    g.add(["序号", "日期", "受援医院", "形式", "内容", "人数"])
    acts = [(dt.date(2024, 3, 21), SMMCH, "学术讲座", "产后出血防治", 38),
            (dt.date(2024, 7, 11), LD, "技术培训", "检验质控培训", 16),
            (dt.date(2024, 12, 5), SMMCH, "教学查房", "早产儿管理查房", 14)]
    for i, (day, rec, typ, topic, n) in enumerate(acts, 1):
        r = g.add([i, day, rec, typ, topic, n])
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": C1}, ["activity_date"])
    g.add(["合计", None, None, None, None, 68])
    g.add([])
    r = g.add(["工作总结：2024年我院派驻3人，开展新技术3项，培训3次68人次；受援医院本年未派人进修。（" + SYN + "）"])
    g.merge(r, 1, r + 3, 7)
    g.add(["填报人：荣某", None, None, "审核人：唐某", None, "2025年1月12日"])
    write_ods(path, {sh: g})


def ledger_c2(path: Path):
    """汐州市中心医院 → 石湄县中医医院 (its only recipient, named in the title and a 受援单位 line): 一 and 二 stacked,
    then 三、开展新技术新项目 (columns A–F) and 四、带教培训活动 (columns H–M) side by side, of different lengths."""
    fn, sh = path.name, "台账"
    g = Grid()
    g.add([f"汐州市中心医院对口支援石湄县中医医院工作台账（2024年）（{SYN}）"])
    g.merge(1, 1, 1, 13)
    g.add(["受援单位：石湄县中医医院", None, None, None, None, None, None, "统计时间：2024年1月—12月"])
    g.add(["一、派驻人员情况"])
    g.add(["序号", "姓名", "身份证号", "科室", "职称", "派驻起始日期", "派驻结束日期"])
    people = [("yan", "严砚秋", "骨伤科", "主任医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dep("骨伤科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("hua", "华听澜", "康复医学科", "主治医师", dt.date(2024, 6, 3), dt.date(2024, 12, 2),
               dep("康复医学科", "主治医师", "中级", "医疗", d(2024, 6, 3), d(2024, 12, 2)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        r = g.add([i, name, use_id(key), dept, title, s, e])
        row("deployments", fn, sh, r, f, {"support_hospital_id": C2, "recipient_hospital_id": SMTCM}, ["start_date"],
            id_number=ID[key])
    g.add([])
    g.add(["二、接收进修人员情况"])
    g.add(["序号", "姓名", "身份证号", "进修科室", "进修开始日期", "进修结束日期", "是否结业"])
    trainees = [("lu", "陆清禾", "骨科", dt.date(2024, 3, 11), dt.date(2024, 9, 10), "是", True),
                ("shi", "施可人", "康复医学科", dt.date(2024, 9, 9), dt.date(2025, 3, 8), "否", False)]
    for i, (key, name, dept, s, e, done, donev) in enumerate(trainees, 1):
        r = g.add([i, name, use_id(key), dept, s, e, done])
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         completed=donev),
            {"recipient_hospital_id": SMTCM, "host_hospital_id": C2}, ["start_date"], id_number=ID[key])
    g.add([])
    r0 = g.add(["三、开展新技术新项目"])
    g.put(r0, 8, "四、带教培训活动")
    r0 = g.add(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白"])
    for c, v in enumerate(["序号", "日期", "活动形式", "主题", "参加人数", "主讲人"], 8):
        g.put(r0, c, v)
    techs = [("关节腔注射术", "骨伤科", dt.date(2024, 4, 9), 35, "是", True),
             ("经颅磁刺激治疗", "康复医学科", dt.date(2024, 8, 20), 57, "是", True)]
    acts = [(dt.date(2024, 3, 28), "学术讲座", "骨质疏松性骨折的规范诊疗", 30, "严砚秋"),
            (dt.date(2024, 5, 16), "手术示教", "膝关节镜清理术", 8, "严砚秋"),
            (dt.date(2024, 7, 4), "教学查房", "脑卒中康复查房", 15, "华听澜"),
            (dt.date(2024, 10, 17), "远程会诊", "复杂骨盆骨折会诊", 6, "严砚秋")]
    for i in range(max(len(techs), len(acts))):
        r = g.add([])
        if i < len(techs):
            name, dept, day, cases, gap, gapv = techs[i]
            for c, v in enumerate([i + 1, name, dept, day, cases, gap], 1):
                g.put(r, c, v)
            row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                              cases=cases, fills_county_gap=gapv),
                {"recipient_hospital_id": SMTCM, "support_hospital_id": C2}, ["name"])
        if i < len(acts):
            day, typ, topic, n, who = acts[i]
            for c, v in enumerate([i + 1, day, typ, topic, n, who], 8):
                g.put(r, c, v)
            row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
                {"recipient_hospital_id": SMTCM, "support_hospital_id": C2}, ["activity_date"])
    g.add([])
    r = g.add(["工作总结：全年派驻专家2名，接收进修2名，新技术2项，带教培训4次59人次。（" + SYN + "）"])
    g.merge(r, 1, r + 2, 13)
    g.add(["填报人：严某", None, None, None, "审核人：华某", None, None, None, "2025年1月9日"])
    write_xlsx(path, {sh: g})


# ------------------------------------------------------------------------------------------- recipients' files
def monthly_qf_csv(path: Path):
    """青枫县人民医院: CSV in GBK, a title line, months "1月" … "12月", the year in the title."""
    fn = path.name
    rows = [[f"青枫县人民医院2024年1—12月业务量统计（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 13):
        v = [18200 + 310 * m, 1430 + 21 * m, 350 + 7 * m, 52 - 2 * m]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows), dict(year=2024, month=m, outpatient_visits=v[0],
                                                                discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QF}, ["month"])
    write_csv(path, rows, "gbk")


def monthly_smmch_csv(path: Path):
    """石湄县妇幼保健院: CSV UTF-8 with BOM, months "2024年7月", 下转接收人次."""
    fn = path.name
    rows = [[f"石湄县妇幼保健院2024年下半年业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [5200 + 80 * m, 310 + 4 * m, 72 + m, 14 - m // 2, 2 + m % 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": SMMCH}, ["month"])
    write_csv(path, rows, "utf-8-sig")


def monthly_smtcm_ods(path: Path):
    """石湄县中医医院: ods, 1—6月, the hospital in the title."""
    fn, sh = path.name, "业务量"
    g = Grid()
    g.add([f"石湄县中医医院2024年1—6月业务量（{SYN}）"])
    g.add(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [7400 + 120 * m, 520 + 9 * m, 61 + 2 * m, 11 + m % 3]
        r = g.add([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                       surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SMTCM}, ["month"])
    g.add(["填报人：统计室"])
    write_ods(path, {sh: g})


def county_csv(path: Path):
    """The province clerk's county inpatient flow: CSV UTF-8 without BOM, the year in the title."""
    fn = path.name
    rows = [[f"2024年各县县域住院流向（{SYN}）"],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"]]
    for county, code, tot, out in (("青枫县", "999101", 41230, 6120), ("石湄县", "999102", 29870, 5230),
                                   ("柳渡县", "999201", 22410, 4870)):
        rows.append([county, code, tot, out])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=2024, resident_admissions=tot,
                                                                resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    write_csv(path, rows, "utf-8")


def assess_qf_xlsx(path: Path):
    """青枫县人民医院: one sheet per month ("7月", "8月"), the year in the title; 澜屿省人民医院's staff."""
    fn = path.name
    sheets = {}
    people = [("lin", "林照川"), ("qiao", "乔暮雪"), ("gu", "顾采薇")]
    for m, scores in ((7, [95, 92, 90.5]), (8, [96, 89, 93])):
        sh = f"{m}月"
        g = Grid()
        g.add([f"青枫县人民医院2024年{m}月派驻人员考核表（{SYN}）"])
        g.add(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 3 if (key, m) == ("qiao", 8) else 4
            r = g.add([i, name, use_id(key), P1, sc, 4, present])
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=4,
                                                             spot_checks_present=present),
                {"recipient_hospital_id": QF}, ["month"], id_number=ID[key])
        g.add(["考核人：医务科"])
        sheets[sh] = g
    write_xlsx(path, sheets)


def assess_ldtcm_ods(path: Path):
    """柳渡县中医医院: ods, one sheet, a 考核月份 column ("2024年9月", "2024年10月")."""
    fn, sh = path.name, "考核"
    g = Grid()
    g.add([f"柳渡县中医医院派驻人员月度考核（{SYN}）"])
    g.add(["考核月份", "姓名", "身份证号", "派出单位", "考核分数", "抽查次数", "在岗次数"])
    for m, sc in ((9, 94), (10, 95.5)):
        r = g.add([f"2024年{m}月", "苏映雪", use_id("su"), P2, sc, 2, 2])
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=2,
                                                         spot_checks_present=2),
            {"recipient_hospital_id": LDTCM}, ["month"], id_number=ID["su"])
    write_ods(path, {sh: g})


def techniques_ld_xls(path: Path):
    """柳渡县人民医院: xls, its own list of new techniques with a 帮扶单位 column (汐州市第一人民医院)."""
    fn, sh = path.name, "Sheet1"
    g = Grid()
    g.add([f"柳渡县人民医院2024年新技术新项目（{SYN}）"])
    g.add(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"])
    for i, (name, dept, day, cases, gap, gapv) in enumerate(
            [("床旁快速血气分析", "急诊科", dt.date(2024, 8, 5), 140, "否", False),
             ("胃镜下息肉切除术", "消化内科", dt.date(2024, 10, 14), 23, "是", True)], 1):
        r = g.add([i, name, dept, day, cases, gap, C1])
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                          cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": LD, "support_hospital_id": C1}, ["name"])
    write_xls(path, {sh: g})


def trainees_sm_xlsx(path: Path):
    """石湄县人民医院: the staff it sent to 澜屿省人民医院 (a title "…赴澜屿省人民医院进修…")."""
    fn, sh = path.name, "进修"
    g = Grid()
    g.add([f"石湄县人民医院2024年赴澜屿省人民医院进修人员名单（{SYN}）"])
    g.add(["序号", "姓名", "身份证号", "科室", "进修开始时间", "进修结束时间", "进修费用（元）", "是否结业"])
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(
            [("cao", "曹听松", "检验科", dt.date(2024, 2, 26), dt.date(2024, 8, 25), 3600, "是", True),
             ("jin", "金雨眠", "内分泌科", dt.date(2024, 7, 1), dt.date(2024, 12, 31), 3600, "是", True)], 1):
        r = g.add([i, name, use_id(key), dept, s, e, fee, done])
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": SM, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    write_xlsx(path, {sh: g})


def activities_qftcm_csv(path: Path):
    """青枫县中医医院: CSV in GBK, a 填报单位 line, 支援单位 as a column, dates "2024/6/7"."""
    fn = path.name
    rows = [[f"填报单位：青枫县中医医院（{SYN}）"],
            ["日期", "支援单位", "活动形式", "主题", "参加人数"]]
    for day, typ, topic, n in ((dt.date(2024, 6, 7), "教学查房", "中风后遗症查房", 12),
                               (dt.date(2024, 9, 20), "学术讲座", "中医护理技术", 34)):
        rows.append([f"{day.year}/{day.month}/{day.day}", P2, typ, topic, n])
        row("activities", fn, None, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QFTCM, "support_hospital_id": P2}, ["activity_date"])
    write_csv(path, rows, "gbk")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pname = "SYNTHETIC_附件1_澜屿省对口支援关系表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / pname)
    truth["pairing_file"] = pname
    files = [(ledger_p1, "SYNTHETIC_澜屿省人民医院2024年度对口支援工作台账.xlsx"),
             (ledger_p2, "SYNTHETIC_澜屿省中医院对口支援工作台账2024.xls"),
             (ledger_c1, "SYNTHETIC_汐州市第一人民医院对口支援工作台账2024.ods"),
             (ledger_c2, "SYNTHETIC_汐州市中心医院对口支援台账2024.xlsx"),
             (monthly_qf_csv, "SYNTHETIC_青枫县人民医院业务量2024.csv"),
             (monthly_smmch_csv, "SYNTHETIC_石湄县妇幼保健院下半年业务量.csv"),
             (monthly_smtcm_ods, "SYNTHETIC_石湄县中医医院业务量1-6月.ods"),
             (county_csv, "SYNTHETIC_县域住院流向2024.csv"),
             (assess_qf_xlsx, "SYNTHETIC_青枫县人民医院派驻人员考核7-8月.xlsx"),
             (assess_ldtcm_ods, "SYNTHETIC_柳渡县中医医院派驻人员考核.ods"),
             (techniques_ld_xls, "SYNTHETIC_柳渡县人民医院新技术2024.xls"),
             (trainees_sm_xlsx, "SYNTHETIC_石湄县人民医院进修人员2024.xlsx"),
             (activities_qftcm_csv, "SYNTHETIC_青枫县中医医院帮扶活动记录.csv")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
