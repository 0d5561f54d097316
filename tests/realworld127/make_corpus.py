"""realworld127 corpus generator — SYNTHETIC / 合成数据. Template drift over one year: a fictional province
(琅澜省) changed its forms in July 2024 (the 2024年版 V2.0 templates replacing the 2023年版 V1.3), so the same
hospitals send the same forms in two layouts. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024上半年,2024下半年}/…, OUT/truth.json

What drifts between V1.3 and V2.0: columns added (职称级别 in the roster, 是否填补空白 in the technique list),
removed (性别, 进修费), reordered and renamed (派驻时间 + 结束时间 → 派驻起止日期 as one range cell; 参加人数 →
受训人次; 门急诊人次 → 门急诊诊疗人次; 例数 → 开展例数; 开展时间 → 首次开展日期), a two-level header in V2.0 and a flat
one in V1.3, a hidden column left from the old template (参加人数, empty), the version written in the title or in a
cell (模板版本：V2.0). 省中医院 and 枫坪县人民医院 keep the old template after July; 青禾县人民医院 sends its first
half-year again in the new template (the same rows, to be kept once).

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
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


P1, PTCM, C1 = "琅澜省人民医院", "琅澜省中医院", "澄州市人民医院"
QH, QHTCM, BX, FP = "青禾县人民医院", "青禾县中医医院", "白溪县人民医院", "枫坪县人民医院"
UNKNOWN = "枫坪县妇幼保健院"   # in no pairing list
RECIP = {QH: ("二级", "甲等", "综合医院", "青禾县", "二级甲等"), QHTCM: ("二级", "乙等", "中医医院", "青禾县", "二级乙等"),
         BX: ("二级", "甲等", "综合医院", "白溪县", "二级甲等"), FP: ("二级", "乙等", "综合医院", "枫坪县", "二级乙等")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990501", "19700412", "031"), "zhou": ("990501", "19850923", "046"), "han": ("990502", "19760218", "013"),
    "gu": ("990502", "19890607", "025"), "xu": ("990501", "19791130", "058"), "chen": ("990503", "19880315", "062"),
    "song": ("990503", "19900801", "077"), "lv": ("990501", "19871009", "034"),
    "fang": ("990511", "19780526", "041"), "tang": ("990511", "19860114", "052"), "yun": ("990512", "19830730", "069"),
    "luo": ("990521", "19920304", "015"), "bai": ("990521", "19940918", "026"), "zhong": ("990522", "19950621", "037"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
used_ids = set()


def use_id(key):
    used_ids.add(ID[key])
    return ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet or None, row), …] — every place the same record is written (a resubmission)."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "主管护师": ("中级", "护理"), "主管技师": ("中级", "医技"), "副主任中医师": ("副高级", "医疗"),
          "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def bold_header(ws, r):
    for c in ws[r]:
        c.font = openpyxl.styles.Font(bold=True)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as "二级甲等", 协议签订日期 as date cells, 支援期限 for one pairing only (the
    others take the title's 2023—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅澜省城乡医院对口支援关系一览表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QH, P1, dt.date(2022, 12, 20), None), (QHTCM, PTCM, dt.date(2022, 12, 20), None),
             (BX, P1, dt.date(2022, 12, 26), None), (FP, C1, dt.date(2023, 12, 15), "2024.1.1—2026.12.31")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county, written = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county, _w) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- rosters
ROSTER_V13 = ["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻时间", "结束时间", "备注"]

# (key, name, sex, dept, title, recipient, start, end)
P1_H1 = [("lin", "林书远", "男", "心血管内科", "主任医师", QH, dt.date(2024, 1, 8), dt.date(2024, 6, 30)),
         ("zhou", "周映雪", "女", "护理部", "主管护师", QH, dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
         ("han", "韩立诚", "男", "普外科", "副主任医师", BX, dt.date(2024, 1, 8), dt.date(2024, 6, 30)),
         ("gu", "顾南星", "女", "麻醉科", "主治医师", BX, dt.date(2024, 2, 1), dt.date(2024, 7, 31))]
ROSTER_PLACES: dict = {}   # (key, start) → [(file, sheet, row)]
ROSTER_FIELDS: dict = {}


def roster_record(key, support, recipient, fields, place):
    k = (key, fields["start_date"])
    ROSTER_PLACES.setdefault(k, []).append(place)
    ROSTER_FIELDS[k] = (support, recipient, fields)


def f_p1_roster_v13(path: Path):
    """省人民医院, 上半年, V1.3: flat header, 派驻时间 and 结束时间 as two date columns, 性别; the version in the
    title."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澜省人民医院对口支援派驻人员花名册（2024年上半年）  2023年版 V1.3  {SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(ROSTER_V13)
    bold_header(ws, 2)
    for i, (key, name, sex, dept, title, rec, s, e) in enumerate(P1_H1, 1):
        ws.append([i, name, sex, use_id(key), dept, title, rec, s, e, None])
        ws.cell(ws.max_row, 4).number_format = "@"
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        roster_record(key, P1, rec, dep(dept, title, s.isoformat(), e.isoformat()), (fn, sh, ws.max_row))
    ws.append([])
    ws.append(["填表人：医务部", None, None, None, "联系电话：0000-0000000", None, "填报日期：2024年7月5日"])
    wb.save(path)


def f_p1_roster_v20(path: Path):
    """省人民医院, 下半年, V2.0: a two-level header (人员信息 | 派驻信息), 职称级别 added (副高 written short), 性别
    removed, columns reordered (职称 before 派驻单位, 科室 renamed 派驻科室 and moved after 派驻单位), 派驻起止日期 as one
    range cell in three spellings, a hidden column 派驻时间 left from the old template (empty), the version in a
    cell (模板版本：V2.0). 周映雪 (March–August) is listed again: the same stay. 吕平川 has no 派驻起止日期: held."""
    fn, sh = path.name, "派驻人员名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澜省城乡医院对口支援派驻人员名册（2024年版）  {SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["填报单位：琅澜省人民医院", None, None, None, "模板版本：V2.0", None, None, "报送期间：2024年7—12月"])
    ws.append(["序号", "人员信息", None, None, None, "派驻信息", None, None, "派驻时间", "备注"])
    ws.append([None, "姓名", "身份证号", "职称", "职称级别", "派驻单位", "派驻科室", "派驻起止日期", None, None])
    for rng in ("A3:A4", "B3:E3", "F3:H3", "I3:I4", "J3:J4"):
        ws.merge_cells(rng)
    bold_header(ws, 3)
    bold_header(ws, 4)
    ws.column_dimensions["I"].hidden = True
    people = [("zhou", "周映雪", "主管护师", "中级", QH, "护理部", "2024.03.01-2024.08.31",
               d(2024, 3, 1), d(2024, 8, 31)),
              ("xu", "许清和", "副主任医师", "副高", QH, "呼吸内科", "2024年7月1日至2024年12月31日",
               d(2024, 7, 1), d(2024, 12, 31)),
              ("chen", "陈望舒", "主治医师", "中级", BX, "儿科", "2024.07.15—2025.01.14", d(2024, 7, 15), d(2025, 1, 14)),
              ("song", "宋知白", "主管技师", "中级", BX, "检验科", "2024.09.01—至今", d(2024, 9, 1), None),
              ("lv", "吕平川", "主治医师", "中级", QH, "骨科", None, None, None)]
    for i, (key, name, title, rank, rec, dept, period, s, e) in enumerate(people, 1):
        ws.append([i, name, use_id(key), title, rank, rec, dept, period, None, None])
        ws.cell(ws.max_row, 3).number_format = "@"
        if s is None:
            quarantine(fn, sh, ws.max_row, "missing_required", "派驻起止日期 blank: no start date")
            continue
        roster_record(key, P1, rec, dep(dept, title, s, e), (fn, sh, ws.max_row))
    ws.append(["合计", "4人（另1人待补派驻日期）"])
    ws.append(["说明：本表为2024年版（V2.0）模板，自2024年7月起使用。"])
    wb.save(path)


def xls_roster(path: Path, title, people):
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, title)
    for j, h in enumerate(ROSTER_V13):
        ws.write(1, j, h)
    for i, (key, name, sex, dept, title_, rec, s, e) in enumerate(people, 1):
        vals = [i, name, sex, use_id(key), dept, title_, rec, s.strftime("%Y.%m.%d"), e.strftime("%Y.%m.%d"), ""]
        for j, v in enumerate(vals):
            ws.write(1 + i, j, v)
        roster_record(key, PTCM, rec, dep(dept, title_, s.isoformat(), e.isoformat()), (fn, sh, 2 + i))
    ws.write(2 + len(people), 0, "填表人：医务处")
    wb.save(str(path))


PTCM_A = ("fang", "方景和", "男", "针灸科", "副主任中医师", QHTCM, dt.date(2024, 3, 4), dt.date(2024, 9, 3))


def f_ptcm_roster_h1(path: Path):
    """省中医院, 上半年, V1.3 (.xls, dates typed as text 2024.03.04)."""
    xls_roster(path, f"琅澜省中医院派驻人员花名册（2024年1—6月，V1.3）{SYN}",
               [PTCM_A, ("tang", "唐晚晴", "女", "脾胃病科", "主治中医师", QHTCM, dt.date(2024, 1, 15),
                         dt.date(2024, 6, 14))])


def f_ptcm_roster_h2(path: Path):
    """省中医院, 下半年, still the V1.3 layout after July; 方景和 (March–September) listed again."""
    xls_roster(path, f"琅澜省中医院派驻人员花名册（2024年7—12月，V1.3）{SYN}",
               [PTCM_A, ("yun", "云舒然", "女", "骨伤科", "主治中医师", QHTCM, dt.date(2024, 7, 8),
                         dt.date(2025, 1, 7))])


# ------------------------------------------------------------------------------------------- trainees
TRAINEE_PLACES: dict = {}


def f_qh_trainees_csv(path: Path):
    """青禾县人民医院, 上半年, V1.3: CSV in GBK, title and version lines, 开始时间 / 结束时间, 进修费(元), 是否结业
    (白芷 still in training in July: 否)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青禾县人民医院赴支援医院进修人员登记表（2024年1—6月）{SYN}", "", "", "", "", "", "", "", ""])
    w.writerow(["模板版本：V1.3", "", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间", "进修费(元)", "是否结业"])
    r = 3
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            [("luo", "罗晓禾", "内科", "2024-01-02", "2024-06-30", "3000", "是"),
             ("bai", "白芷", "急诊科", "2024-04-01", "2024-09-30", "3000", "否")], 1):
        w.writerow([i, name, use_id(key), dept, P1, s, e, fee, done])
        r += 1
        TRAINEE_PLACES.setdefault(key, []).append((fn, None, r))
    w.writerow(["填报日期：2024年7月8日", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qh_trainees_v20(path: Path):
    """青禾县人民医院, 全年, V2.0 (.xlsx): the first half-year sent again with the second; 职称 / 职称级别 added,
    进修费 removed, 进修起止日期 one cell, 进修科室 after 进修医院; 白芷 has now completed (是)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院外出进修人员情况表（2024年1—12月）（2024年版 V2.0）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "职称", "职称级别", "进修医院", "进修科室", "进修起止日期", "是否结业"])
    bold_header(ws, 2)
    people = [("luo", "罗晓禾", "住院医师", "初级", "内科", "2024.01.02-2024.06.30", "是"),
              ("bai", "白芷", "护师", "初级", "急诊科", "2024.04.01-2024.09.30", "是"),
              ("zhong", "钟意", "住院医师", "初级", "放射科", "2024.07.01-2024.12.31", "否")]
    for i, (key, name, title, rank, dept, period, done) in enumerate(people, 1):
        ws.append([i, name, use_id(key), title, rank, P1, dept, period, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        TRAINEE_PLACES.setdefault(key, []).append((fn, sh, ws.max_row))
    wb.save(path)
    # the truth: the later file's values; 进修费 only in the V1.3 file (its column was removed, not emptied)
    for key, dept, s, e, fee, done in (("luo", "内科", d(2024, 1, 2), d(2024, 6, 30), 3000.0, True),
                                       ("bai", "急诊科", d(2024, 4, 1), d(2024, 9, 30), 3000.0, True),
                                       ("zhong", "放射科", d(2024, 7, 1), d(2024, 12, 31), None, False)):
        row("trainees", TRAINEE_PLACES[key], dict(department=dept, start_date=s, end_date=e, fee_charged=fee,
                                                  completed=done),
            {"recipient_hospital_id": QH, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])


# ------------------------------------------------------------------------------------------- techniques
def ods_doc(path, sheets, hidden_cols=None):
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
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def f_bx_techniques_v13(path: Path):
    """白溪县人民医院, 上半年, V1.3 (.ods): 开展时间, 例数, 支援医院; no 是否填补空白 column (unknown → NULL)."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"白溪县人民医院新技术新项目开展情况（2024年上半年）V1.3 {SYN}"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "支援医院"]]
    for i, (name, dept, day, cases) in enumerate([("无痛胃肠镜检查", "消化内科", dt.date(2024, 3, 15), 45),
                                                  ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 20), 12)], 1):
        rows.append([i, name, dept, day, cases, P1])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                      cases=cases, fills_county_gap=None),
            {"recipient_hospital_id": BX, "support_hospital_id": P1}, ["name"])
    rows.append(["填表人：医务科", None, None, "审核：", None, "2024年7月10日"])
    ods_doc(path, {sh: rows})


def f_bx_techniques_v20(path: Path):
    """白溪县人民医院, 下半年, V2.0 (.xlsx): 首次开展日期 (renamed, moved before the department), 开展例数, 是否填补空白
    added, 支援医院 moved; the version in the title."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"白溪县人民医院新技术新项目开展情况表（2024年7—12月）（2024年版 V2.0）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "项目名称", "首次开展日期", "开展科室", "支援医院", "开展例数", "是否填补空白", "备注"])
    bold_header(ws, 2)
    for i, (name, day, dept, cases, gap, gapv) in enumerate(
            [("经皮冠状动脉介入治疗", dt.date(2024, 8, 6), "心血管内科", 9, "是", True),
             ("超声引导下神经阻滞", dt.date(2024, 10, 10), "麻醉科", 30, "否", False)], 1):
        ws.append([i, name, day, dept, P1, cases, gap, None])
        ws.cell(ws.max_row, 3).number_format = "yyyy-mm-dd"
        row("techniques", [(fn, sh, ws.max_row)], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                       cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": BX, "support_hospital_id": P1}, ["name"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- activities
def f_c1_activities_v13(path: Path):
    """澄州市人民医院, 1—6月, V1.3: 日期 | 受援单位 | 活动形式 | 主题 | 参加人数 | 主讲人; one row for a hospital in
    no pairing list (枫坪县妇幼保健院): held."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄州市人民医院对口帮扶活动登记表（2024年1—6月）V1.3 {SYN}"])
    ws.append(["日期", "受援单位", "活动形式", "主题", "参加人数", "主讲人"])
    bold_header(ws, 2)
    for day, rec, typ, topic, n in ((dt.date(2024, 3, 12), FP, "学术讲座", "高血压规范化管理", 40),
                                    (dt.date(2024, 5, 9), FP, "教学查房", "社区获得性肺炎查房", 15),
                                    (dt.date(2024, 6, 18), UNKNOWN, "技术培训", "新生儿复苏培训", 25)):
        ws.append([day, rec, typ, topic, n, "某主任"])
        ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
        if rec == UNKNOWN:
            quarantine(fn, sh, ws.max_row, "unresolved_hospital", f"{UNKNOWN} is in no pairing list")
            continue
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=n),
            {"recipient_hospital_id": FP, "support_hospital_id": C1}, ["activity_date"])
    wb.save(path)


def f_c1_activities_v20(path: Path):
    """澄州市人民医院, 7—12月, V2.0: columns reordered (活动类型 before 受援医院), 参加人数 renamed 受训人次, the old
    参加人数 column left hidden and empty after it, 模板版本：V2.0 in a cell of its own line; "约30" participants."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"城乡医院对口支援带教培训活动登记表（2024年版）{SYN}"])
    ws.append(["填报单位：澄州市人民医院", None, None, None, "模板版本：V2.0"])
    ws.append(["序号", "活动日期", "活动类型", "活动主题", "受援医院", "受训人次", "参加人数", "授课专家", "备注"])
    bold_header(ws, 3)
    ws.column_dimensions["G"].hidden = True
    for i, (day, typ, topic, n, nv) in enumerate(((dt.date(2024, 7, 11), "技术培训", "心肺复苏培训", 60, 60),
                                                  (dt.date(2024, 9, 5), "手术示教", "腹腔镜阑尾切除术", "约30", None),
                                                  (dt.date(2024, 11, 20), "疑难病例讨论", "发热待查病例讨论", 18, 18)),
                                                 1):
        ws.append([i, day, typ, topic, FP, n, None, "某主任", None])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=nv),
            {"recipient_hospital_id": FP, "support_hospital_id": C1}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- monthly statistics
def qh_month(m):
    return dict(outpatient_visits=18200 + 230 * m, discharges=1310 + 19 * m, surgeries=280 + 6 * m,
                referrals_out=52 - 2 * m, referrals_down_received=6 + m % 5)


MONTH_PLACES: dict = {}


def f_qh_monthly_v13(path: Path):
    """青禾县人民医院, 1—6月, V1.3: flat header 月份 | 门急诊人次 | 出院人数 | 手术台次 | 转出人次 (no 下转接收)."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院2024年1—6月业务量统计表（V1.3）{SYN}"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    bold_header(ws, 2)
    for m in range(1, 7):
        v = qh_month(m)
        ws.append([f"{m}月", v["outpatient_visits"], v["discharges"], v["surgeries"], v["referrals_out"]])
        MONTH_PLACES.setdefault(m, []).append((fn, sh, ws.max_row))
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_qh_monthly_v20(path: Path):
    """青禾县人民医院, 1—12月, V2.0: a two-level header (住院服务 | 双向转诊), 门急诊诊疗人次 (renamed), 下转接收人次
    added; January–June sent again with the same figures as the V1.3 file (the same rows, kept once, now with
    下转接收)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院月度业务统计表（2024年1—12月）{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["模板版本：V2.0（2024年7月启用）"])
    ws.append(["月份", "门急诊诊疗人次", "住院服务", None, "双向转诊", None])
    ws.append([None, None, "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:F3"):
        ws.merge_cells(rng)
    bold_header(ws, 3)
    bold_header(ws, 4)
    for m in range(1, 13):
        v = qh_month(m)
        ws.append([f"2024年{m}月", v["outpatient_visits"], v["discharges"], v["surgeries"], v["referrals_out"],
                   v["referrals_down_received"]])
        MONTH_PLACES.setdefault(m, []).append((fn, sh, ws.max_row))
    ws.append(["全年合计", "=SUM(B5:B16)", "=SUM(C5:C16)", "=SUM(D5:D16)", "=SUM(E5:E16)", "=SUM(F5:F16)"])
    wb.save(path)
    for m in range(1, 13):
        row("hospital_monthly_stats", MONTH_PLACES[m], dict(year=2024, month=m, **qh_month(m)),
            {"recipient_hospital_id": QH}, ["month"])


def f_fp_monthly_csv(path: Path):
    """枫坪县人民医院, 1—12月, still the V1.3 layout after July: CSV UTF-8 with BOM, title line, flat header."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"枫坪县人民医院2024年1—12月业务量统计表（V1.3）{SYN}", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(1, 13):
        v = [9400 + 120 * m, 610 + 11 * m, 120 + 3 * m, 30 - m]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FP}, ["month"])
    w.writerow(["合计", sum(9400 + 120 * m for m in range(1, 13)), sum(610 + 11 * m for m in range(1, 13)),
                sum(120 + 3 * m for m in range(1, 13)), sum(30 - m for m in range(1, 13))])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024上半年", "2024下半年"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅澜省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_p1_roster_v13, "2024上半年", "SYNTHETIC_省人民医院派驻人员花名册_2024上半年_V1.3.xlsx"),
             (f_ptcm_roster_h1, "2024上半年", "SYNTHETIC_省中医院派驻人员_2024年1-6月.xls"),
             (f_qh_trainees_csv, "2024上半年", "SYNTHETIC_青禾县人民医院进修人员_2024上半年.csv"),
             (f_bx_techniques_v13, "2024上半年", "SYNTHETIC_白溪县人民医院新技术_2024上半年.ods"),
             (f_c1_activities_v13, "2024上半年", "SYNTHETIC_澄州市人民医院帮扶活动_1-6月.xlsx"),
             (f_qh_monthly_v13, "2024上半年", "SYNTHETIC_青禾县人民医院业务量_2024年1-6月.xlsx"),
             (f_p1_roster_v20, "2024下半年", "SYNTHETIC_省人民医院派驻人员名册_2024下半年_V2.0.xlsx"),
             (f_ptcm_roster_h2, "2024下半年", "SYNTHETIC_省中医院派驻人员_2024年7-12月.xls"),
             (f_qh_trainees_v20, "2024下半年", "SYNTHETIC_青禾县人民医院进修人员_2024全年_V2.0.xlsx"),
             (f_bx_techniques_v20, "2024下半年", "SYNTHETIC_白溪县人民医院新技术_2024下半年_V2.0.xlsx"),
             (f_c1_activities_v20, "2024下半年", "SYNTHETIC_澄州市人民医院帮扶活动_7-12月_V2.0.xlsx"),
             (f_qh_monthly_v20, "2024下半年", "SYNTHETIC_青禾县人民医院月度业务统计_2024全年_V2.0.xlsx"),
             (f_fp_monthly_csv, "2024下半年", "SYNTHETIC_枫坪县人民医院业务量_2024年1-12月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    for (key, _start), places in sorted(ROSTER_PLACES.items()):
        support, recipient, fields = ROSTER_FIELDS[(key, _start)]
        row("deployments", places, fields, {"support_hospital_id": support, "recipient_hospital_id": recipient},
            ["start_date"], id_number=ID[key])
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
