"""realworld147 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅汀省) for 2024: the pairing list in
data/raw/reference/ and fifteen files the data manager received, of which six only LOOK like the contract's forms —
a province's assessment of each support hospital (hospitals and scores), a patient satisfaction survey (items ×
months), a supervision checklist, an end-of-stay 考核鉴定表 per dispatched person, the recipient's own training plan,
and a 医师晋升前下基层 roster of a hospital in no pairing — beside ordinary rosters, a trainee list, techniques,
activities, monthly statistics and two real monthly assessments of the dispatched staff. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹭屿市,霁岚县,汀苇县,沅栖县}/…, OUT/truth.json

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


# ------------------------------------------------------------------------------------------- hospitals
P1, PTCM, C1 = "琅汀省人民医院", "琅汀省中医院", "鹭屿市第一人民医院"
JL, JLTCM, TW, YQ = "霁岚县人民医院", "霁岚县中医医院", "汀苇县人民医院", "沅栖县妇幼保健院"
C2 = "鹭屿市第二人民医院"                       # in no pairing: its 下基层 roster is held
RECIP = {JL: ("二级甲等", "二级", "甲等", "综合医院", "霁岚县"),
         JLTCM: ("二级乙等", "二级", "乙等", "中医医院", "霁岚县"),
         TW: ("二级甲等", "二级", "甲等", "综合医院", "汀苇县"),
         YQ: ("二级", "二级", None, "妇幼保健院", "沅栖县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19750412", "026"), "gu": ("990301", "19800923", "013"), "su": ("990302", "19870305", "048"),
    "fang": ("990301", "19840717", "035"), "tang": ("990303", "19820129", "064"),
    "wen": ("990311", "19790608", "021"), "song": ("990311", "19880914", "042"),
    "he": ("990401", "19861121", "057"), "xu": ("990401", "19900203", "068"),
    "zhou": ("990521", "19910525", "012"), "chen": ("990521", "19930818", "029"),
    "qiao": ("990402", "19850311", "074"), "lu": ("990402", "19871006", "083"), "mo": ("990403", "19890127", "096"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "lookalike_files": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


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
                    for i, line in enumerate(str(v).split("\n")):
                        c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def save_wb(wb, path):
    """openpyxl stamps the workbook with the time it was made: a fixed one keeps the corpus the same."""
    wb.properties.creator = "合成数据 SYNTHETIC"
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 20, 9, 0, 0)
    wb.save(path)


def fix_zip_times(path: Path):
    """xlsx and ods are zip files whose entries carry the time they were written: rewrite them with a fixed one
    (same entries, order and compression) so that the corpus is the same bytes every time."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for i, data in entries:
            if i.filename == "docProps/core.xml":   # openpyxl writes the time of saving as dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-20T09:00:00Z", data)
            info = zipfile.ZipInfo(i.filename, date_time=(2025, 1, 20, 9, 0, 0))
            info.compress_type, info.external_attr = i.compress_type, i.external_attr
            z.writestr(info, data)


def csv_text(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 written whole (二级甲等), 协议签订日期 as date cells, the period in the title
    (2024—2026年) and a 支援期限 for the one pairing that starts later."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅汀省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(JL, P1, dt.date(2024, 1, 15), None), (JLTCM, PTCM, dt.date(2024, 1, 15), None),
             (TW, P1, dt.date(2024, 1, 18), None), (YQ, C1, dt.date(2024, 2, 26), "2024年3月1日—2027年2月28日")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    save_wb(wb, path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直 (real)
def f_p1_roster(path: Path):
    """省人民医院: an ordinary roster, dates as date cells, 在受援医院任职, 制表 footer."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅汀省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻起始日期", "派驻结束日期",
               "在受援医院任职"])
    people = [("lin", "林望舒", "女", "心血管内科", "主任医师", JL, (2024, 7, 1), (2024, 12, 31), "副院长",
               ("主任医师", "正高级", "医疗")),
              ("gu", "顾北辰", "男", "普外科", "副主任医师", JL, (2024, 7, 1), (2024, 12, 31), "科主任",
               ("副主任医师", "副高级", "医疗")),
              ("su", "苏晚晴", "女", "护理部", "主管护师", JL, (2024, 7, 1), (2024, 12, 31), None,
               ("主管护师", "中级", "护理")),
              ("fang", "方知远", "男", "骨科", "主治医师", TW, (2024, 3, 1), (2024, 8, 31), None,
               ("主治医师", "中级", "医疗")),
              ("tang", "唐若溪", "女", "儿科", "副主任医师", TW, (2024, 9, 1), (2025, 2, 28), "科主任",
               ("副主任医师", "副高级", "医疗"))]
    for i, (key, name, sex, dept, title, rec, s, e, post, (t, rank, cat)) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e), post])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, t, rank, cat, d(*s), d(*e), post),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月6日"])
    save_wb(wb, path)


def f_ptcm_roster_xls(path: Path):
    """省中医院 (.xls, xlwt): 派驻时间 in one cell "2024.03.01-2024.08.31", ordinary otherwise."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅汀省中医院2024年对口支援派驻人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "派驻单位", "派驻科室", "职称", "派驻时间", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("wen", "温景川", "针灸科", "副主任中医师", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31),
               ("副主任中医师", "副高级")),
              ("song", "宋清禾", "中医内科", "主治中医师", "2024.09.01-2025.02.28", d(2024, 9, 1), d(2025, 2, 28),
               ("主治中医师", "中级"))]
    for i, (key, name, dept, title, period, sd, ed, (t, rank)) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), JLTCM, dept, title, period, None]):
            if v is not None:
                ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, dep(dept, t, rank, "医疗", sd, ed),
            {"support_hospital_id": PTCM, "recipient_hospital_id": JLTCM}, ["start_date"], id_number=ID[key])
    ws.write(5, 0, "填表人：医务处")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 省直 (look-alike)
def f_support_hospital_assessment(path: Path):
    """LOOK-ALIKE: the province's annual assessment of each SUPPORT HOSPITAL — hospitals and scores by part, 总分,
    等次; no person, no month. Not a monthly assessment of staff, not a pairing list: in no table."""
    fn, sh = path.name, "考核评分"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅汀省2024年度城乡医院对口支援工作考核评分表（支援医院）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "支援医院", "受援医院", "组织管理（15分）", "人员派驻（30分）", "人才培养（25分）",
               "技术帮扶（20分）", "受援医院满意度（10分）", "总分", "考核等次"])
    for i, (s, r, parts, grade) in enumerate(((P1, JL, (14, 28, 23, 18, 9.5), "优秀"),
                                              (P1, TW, (13, 26.5, 22, 17, 9), "优秀"),
                                              (PTCM, JLTCM, (12, 24, 20, 15.5, 8.5), "良好"),
                                              (C1, YQ, (13.5, 27, 21, 16, 9), "优秀")), 1):
        ws.append([i, s, r, *parts, round(sum(parts), 1), grade])
    ws.append(["注：考核结果将与下一年度对口支援补助资金挂钩。"])
    ws.append(["琅汀省卫生健康委员会医政医管处", None, None, None, None, None, None, "2025年1月20日"])
    save_wb(wb, path)
    truth["lookalike_files"].append(fn)


# ------------------------------------------------------------------------------------------- 鹭屿市
def f_c1_roster_csv(path: Path):
    """市一院: CSV in GBK, CRLF, a title line, the header in row 2."""
    fn = path.name
    rows = [[f"鹭屿市第一人民医院派驻沅栖县妇幼保健院人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期"]]
    for i, (key, name, dept, title, t, rank, cat) in enumerate(
            (("he", "何暮云", "妇产科", "主治医师", "主治医师", "中级", "医疗"),
             ("xu", "许清越", "儿科", "主管护师", "主管护师", "中级", "护理")), 1):
        rows.append([str(i), name, use_id(key), dept, title, YQ, "2024-04-01", "2024-09-30"])
        row("deployments", fn, None, len(rows), dep(dept, t, rank, cat, d(2024, 4, 1), d(2024, 9, 30)),
            {"support_hospital_id": C1, "recipient_hospital_id": YQ}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_text(rows).encode("gbk"))


def f_c2_promotion_roster(path: Path):
    """LOOK-ALIKE / held: 鹭屿市第二人民医院's 医师晋升前下基层 roster — a roster in every column, but the sender and
    the township centres it names are in no pairing list: each row held as an unresolved hospital."""
    fn, sh = path.name, "下基层人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹭屿市第二人民医院2024年医师晋升副高级职称前下基层服务人员名单（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "现职称", "拟晋升职称", "服务单位", "服务起始时间", "服务结束时间"])
    for i, (key, name, dept, place) in enumerate((("qiao", "乔知微", "内分泌科", "沅栖县城关镇卫生院"),
                                                  ("lu", "陆怀瑾", "神经内科", "沅栖县城关镇卫生院"),
                                                  ("mo", "莫听澜", "泌尿外科", "沅栖县青苔乡卫生院")), 1):
        ws.append([i, name, use_id(key), dept, "主治医师", "副主任医师", place, dt.date(2024, 3, 1),
                   dt.date(2025, 2, 28)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        hold(fn, sh, r, "unresolved_hospital",
             f"{C2} and {place} are in no pairing list: a 晋升前下基层 stay outside the programme's pairings")
    ws.append(["鹭屿市第二人民医院医务科", None, None, None, None, None, "2024年2月20日"])
    save_wb(wb, path)
    truth["lookalike_files"].append(fn)


# ------------------------------------------------------------------------------------------- 霁岚县
def f_jl_trainees_csv(path: Path):
    """县医院: CSV UTF-8 with BOM, a title line; one trainee without an ID number (NAME_ONLY)."""
    fn = path.name
    rows = [[f"霁岚县人民医院2024年赴支援医院进修人员名单（{SYN}）", "", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始时间", "进修结束时间", "进修费用（元）",
             "是否结业"]]
    for i, (key, name, dept, s, e, done) in enumerate(
            (("zhou", "周以宁", "重症医学科", (2024, 3, 1), (2024, 8, 31), True),
             ("chen", "陈砚秋", "超声科", (2024, 3, 1), (2024, 8, 31), True),
             (None, "赵星澜", "麻醉科", (2024, 9, 1), (2025, 2, 28), False)), 1):
        rows.append([str(i), name, use_id(key) if key else "", dept, P1, d(*s), d(*e), "0", "是" if done else "否"])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=0.0,
                                                  completed=done),
            {"recipient_hospital_id": JL, "host_hospital_id": P1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    path.write_bytes(("\ufeff" + csv_text(rows)).encode("utf-8"))


def f_jl_assessments_ods(path: Path):
    """REAL monthly assessment (.ods): one row per person and month (考核年月 2024年10月), 派出单位, spot checks;
    one row with its score (and spot checks) left blank — held, the score is what the row is for."""
    fn, sh = path.name, "月度考核"
    rows = [[f"霁岚县人民医院派驻人员月度考核表（2024年10—11月）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核年月", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    data = [("lin", "林望舒", 10, 96, 4, 4), ("gu", "顾北辰", 10, 93, 4, 4), ("su", "苏晚晴", 10, 95, 4, 3),
            ("lin", "林望舒", 11, 97, 3, 3), ("gu", "顾北辰", 11, 91.5, 3, 3), ("su", "苏晚晴", 11, None, None, None)]
    for i, (key, name, m, sc, chk, pres) in enumerate(data, 1):
        rows.append([i, name, use_id(key), P1, f"2024年{m}月", sc, chk, pres])
        if sc is None:
            hold(fn, sh, len(rows), "missing_value", "考核得分 left blank: a monthly assessment without its score")
            continue
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2024, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": JL, "support_hospital_id": P1}, ["month"], id_number=ID[key])
    rows.append(["考核人：霁岚县人民医院院办", None, None, None, "2024年12月5日"])
    ods_doc(path, {sh: rows})


def f_jltcm_monthly_xls(path: Path):
    """县中医医院 (.xls): 2024年7月 … 12月, a 合计 row."""
    fn, sh = path.name, "业务统计"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁岚县中医医院2024年7—12月主要业务量统计表（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]):
        ws.write(1, j, h)
    tot = [0, 0, 0, 0]
    for k, m in enumerate(range(7, 13)):
        v = [8400 + 130 * k, 610 + 11 * k, 95 + 3 * k, 31 - k]
        ws.write(2 + k, 0, f"2024年{m}月")
        for j, x in enumerate(v):
            ws.write(2 + k, 1 + j, x)
            tot[j] += x
        row("hospital_monthly_stats", fn, sh, 3 + k,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": JLTCM}, ["month"])
    ws.write(8, 0, "合计")
    for j, x in enumerate(tot):
        ws.write(8, 1 + j, x)
    ws.write(9, 0, "填报人：统计室")
    wb.save(str(path))


def f_jl_satisfaction(path: Path):
    """LOOK-ALIKE: a patient satisfaction survey — survey items down the rows, a score per month across (7月 8月 9月)
    under a title that says 得分; the rows are items, not people: in no table."""
    fn, sh = path.name, "满意度测评"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁岚县人民医院门诊、住院患者满意度测评得分表（2024年7—9月）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["本期发放问卷300份，回收有效问卷287份。"])
    ws.append(["序号", "测评项目", "满分", "7月", "8月", "9月"])
    items = [("医生服务态度", 15, (14.1, 14.3, 14.5)), ("护士服务态度", 15, (14.4, 14.2, 14.6)),
             ("诊疗技术水平", 20, (17.8, 18.2, 18.6)), ("就诊环境", 10, (8.9, 9.0, 9.1)),
             ("候诊时间", 10, (8.2, 8.5, 8.4)), ("收费透明度", 10, (9.3, 9.4, 9.4)),
             ("省人民医院派驻专家门诊", 20, (18.9, 19.1, 19.3))]
    for i, (item, full, sc) in enumerate(items, 1):
        ws.append([i, item, full, *sc])
    ws.append(["总分", None, 100, *[round(sum(x[2][k] for x in items), 1) for k in range(3)]])
    ws.append(["测评单位：霁岚县人民医院党政办"])
    save_wb(wb, path)
    truth["lookalike_files"].append(fn)


def f_jl_end_of_stay(path: Path):
    """LOOK-ALIKE: 派驻人员考核鉴定表 — one sheet per person, label | value lines, written when the stay ends:
    鉴定意见 and a 考核等次 (one also a 综合评分), no month. Not a monthly assessment; its stay is the roster's
    already (no second deployment): in no table."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for key, name, sex, title, dept, post, score, grade, text in (
            ("lin", "林望舒", "女", "主任医师", "心血管内科", "副院长", None, "优秀",
             "该同志派驻期间担任业务副院长，带领心内科开展冠脉造影，工作认真负责，同意鉴定为优秀。"),
            ("gu", "顾北辰", "男", "副主任医师", "普外科", "科主任", 94, "优秀",
             "该同志派驻期间指导开展腹腔镜手术，带教年轻医师，群众满意，同意鉴定为优秀。")):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.append([f"琅汀省城乡医院对口支援派驻人员考核鉴定表（{SYN}）"])
        ws.merge_cells("A1:D1")
        lines = [("姓名", name, "性别", sex), ("身份证号", use_id(key), "职称", title),
                 ("派出单位", P1, "派驻单位", JL), ("派驻科室", dept, "挂职职务", post),
                 ("派驻时间", "2024年7月1日至2024年12月31日", None, None),
                 ("主要工作", "门诊、查房、手术带教、业务讲座。", None, None),
                 ("受援医院鉴定意见", text, None, None)]
        if score is not None:
            lines.append(("综合评分", score, None, None))
        lines += [("考核等次", grade, None, None), ("受援医院（盖章）", None, "日期", "2024年12月30日")]
        for ln in lines:
            ws.append(list(ln))
        ws.cell(3, 2).number_format = "@"
        ws.column_dimensions["B"].width = 40
        for r in ws.iter_rows():
            for c in r:
                c.alignment = Alignment(wrap_text=True, vertical="center")
    save_wb(wb, path)
    truth["lookalike_files"].append(fn)


# ------------------------------------------------------------------------------------------- 汀苇县
def f_tw_techniques(path: Path):
    """县医院: an ordinary technique list."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀苇县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    for i, (name, dept, day, cases, gap) in enumerate((("关节镜下半月板修补术", "骨科", (2024, 5, 16), 12, True),
                                                      ("小儿支气管镜检查", "儿科", (2024, 10, 8), 9, True),
                                                      ("规范化雾化吸入治疗门诊", "儿科", (2024, 11, 4), 85, False)), 1):
        ws.append([i, name, dept, dt.date(*day), cases, "是" if gap else "否", P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=d(*day),
                                                    cases=cases, fills_county_gap=gap),
            {"recipient_hospital_id": TW, "support_hospital_id": P1}, ["name"])
    save_wb(wb, path)


def f_tw_assessments(path: Path):
    """REAL monthly assessment: people down the rows, one score column per month (3月 … 12月) under a title that
    says 考核得分; a blank month is a month the person was not there (no record)."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"汀苇县人民医院2024年派驻人员月度考核得分汇总表（{SYN}）"])
    ws.merge_cells("A1:N1")
    ws.append(["序号", "姓名", "身份证号", "科室", *[f"{m}月" for m in range(3, 13)]])
    for i, (key, name, dept, scores) in enumerate(
            (("fang", "方知远", "骨科", {3: 92, 4: 94, 5: 95, 6: 93, 7: 96, 8: 94}),
             ("tang", "唐若溪", "儿科", {9: 90, 10: 93, 11: 95.5, 12: 96})), 1):
        ws.append([i, name, use_id(key), dept, *[scores.get(m) for m in range(3, 13)]])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for m, sc in scores.items():
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": TW}, ["month"], id_number=ID[key])
    ws.append(["注：考核满分100分，80分以下为不合格。"])
    save_wb(wb, path)


def f_tw_training_plan(path: Path):
    """LOOK-ALIKE: the recipient's own 年度职工培训计划 — training topics, 培训形式 words of the activity types, planned
    months of the year being evaluated and 拟参加人数; a plan is not an event held: in no table."""
    fn = path.name
    rows = [[f"汀苇县人民医院2024年度院内职工培训计划（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "培训主题", "培训形式", "培训对象", "主讲人", "计划培训时间", "学时", "拟参加人数"]]
    for i, v in enumerate((("心肺复苏技能培训", "技术培训", "全院医护人员", "急诊科", "2024年4月", "2", "120"),
                           ("医院感染防控", "学术讲座", "全院职工", "院感科", "2024年5月", "2", "200"),
                           ("急性胸痛诊疗流程", "学术讲座", "急诊科、内科医师", "心内科", "2024年6月", "1.5", "40"),
                           ("儿科危重症识别", "教学查房", "儿科医护人员", "儿科", "2024年10月", "2", "25"),
                           ("病历书写规范", "学术讲座", "住院医师", "医务科", "2024年11月", "1", "60")), 1):
        rows.append([str(i), *v])
    rows.append(["汀苇县人民医院科教科", "", "", "", "2024年1月10日", "", "", ""])
    path.write_bytes(csv_text(rows).encode("utf-8"))
    truth["lookalike_files"].append(fn)


def f_tw_supervision(path: Path):
    """LOOK-ALIKE: the province's 督导检查评分表 of one recipient — items, 标准分, 得分, 扣分说明, a 合计; the checked
    hospital and the date in a line above: in no table."""
    fn, sh = path.name, "督导评分"
    rows = [[f"琅汀省对口支援工作督导检查评分表（{SYN}）"],
            [f"被检查单位：{TW}　　支援单位：{P1}　　检查日期：2024年10月15日"],
            ["序号", "检查项目", "检查内容", "标准分", "得分", "扣分说明"],
            [1, "组织管理", "签订对口支援协议，成立工作领导小组", 10, 10, None],
            [2, "人员派驻", "派驻人员在岗情况（现场抽查）", 20, 18, "抽查1人次不在岗"],
            [3, "人才培养", "接收受援医院人员进修", 20, 20, None],
            [4, "技术帮扶", "新技术新项目开展及病例资料", 20, 17, "1项新技术病例资料不全"],
            [5, "带教培训", "教学查房、学术讲座记录", 15, 14, "签到表缺1次"],
            [6, "档案管理", "对口支援工作档案", 15, 13, "月考核表未按月归档"],
            ["合计", None, None, 100, 92, None],
            ["检查组成员：柏文卿、费思源", None, None, None, "2024年10月15日"]]
    ods_doc(path, {sh: rows})
    truth["lookalike_files"].append(fn)


# ------------------------------------------------------------------------------------------- 沅栖县
def f_yq_activities(path: Path):
    """妇幼保健院 (.ods): an ordinary activity record, dates as date cells, the supporter in the title's bracket."""
    fn, sh = path.name, "活动记录"
    rows = [[f"沅栖县妇幼保健院2024年对口帮扶活动记录（{C1}）（{SYN}）"],
            ["序号", "活动日期", "活动类型", "活动主题", "主讲专家", "参加人数"]]
    for i, (day, typ, topic, who, n) in enumerate(((dt.date(2024, 4, 18), "学术讲座", "高危妊娠管理", "何暮云", 32),
                                                   (dt.date(2024, 5, 22), "教学查房", "新生儿黄疸查房", "许清越", 18),
                                                   (dt.date(2024, 6, 12), "手术示教", "腹腔镜下卵巢囊肿剥除术",
                                                    "何暮云", 8),
                                                   (dt.date(2024, 8, 29), "义诊", "妇女两癌筛查义诊", "何暮云", 150)), 1):
        rows.append([i, day, typ, topic, who, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": YQ, "support_hospital_id": C1}, ["activity_date", "activity_type"])
    rows.append(["填报人：保健部", None, None, None, "2024年12月20日"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "鹭屿市", "霁岚县", "汀苇县", "沅栖县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pfile = "SYNTHETIC_附件1_琅汀省城乡医院对口支援关系一览表（2024—2026年）.xlsx"
    pairing_list(raw / "reference" / pfile)
    truth["pairing_file"] = pfile
    files = [(f_p1_roster, "省直", "SYNTHETIC_琅汀省人民医院2024年派驻人员花名册.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_琅汀省中医院派驻人员名单.xls"),
             (f_support_hospital_assessment, "省直", "SYNTHETIC_2024年度对口支援工作考核评分表（支援医院）.xlsx"),
             (f_c1_roster_csv, "鹭屿市", "SYNTHETIC_鹭屿市第一人民医院派驻人员.csv"),
             (f_c2_promotion_roster, "鹭屿市", "SYNTHETIC_鹭屿市第二人民医院晋升前下基层人员名单.xlsx"),
             (f_jl_trainees_csv, "霁岚县", "SYNTHETIC_霁岚县人民医院2024年进修人员.csv"),
             (f_jl_assessments_ods, "霁岚县", "SYNTHETIC_霁岚县人民医院派驻人员月度考核10-11月.ods"),
             (f_jltcm_monthly_xls, "霁岚县", "SYNTHETIC_霁岚县中医医院业务统计7-12月.xls"),
             (f_jl_satisfaction, "霁岚县", "SYNTHETIC_霁岚县人民医院患者满意度测评7-9月.xlsx"),
             (f_jl_end_of_stay, "霁岚县", "SYNTHETIC_霁岚县人民医院派驻人员考核鉴定表.xlsx"),
             (f_tw_techniques, "汀苇县", "SYNTHETIC_汀苇县人民医院2024年新技术新项目.xlsx"),
             (f_tw_assessments, "汀苇县", "SYNTHETIC_汀苇县人民医院派驻人员月考核得分.xlsx"),
             (f_tw_training_plan, "汀苇县", "SYNTHETIC_汀苇县人民医院2024年度职工培训计划.csv"),
             (f_tw_supervision, "汀苇县", "SYNTHETIC_汀苇县人民医院督导检查评分表.ods"),
             (f_yq_activities, "沅栖县", "SYNTHETIC_沅栖县妇幼保健院2024年帮扶活动记录.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    for p in sorted(raw.rglob("*")):
        if p.suffix in (".xlsx", ".ods"):
            fix_zip_times(p)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
