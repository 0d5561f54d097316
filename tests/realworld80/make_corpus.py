"""realworld80 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) over two years in one database,
as a province runs the annual cycle: the 2024 folder and the 2022—2024 pairing list ingested first, then the 2025
folder with a renewed pairing list for 2025—2027 (two pairings continue, one ends, one is new), a notice of a
hospital renamed on 2025-01-01, a code list (机构代码) that arrives only in 2025, a dispatched person whose stay runs
2024-10 → 2025-03 in both years' rosters, and a 2024 roster resubmitted in 2025 as （更正）. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024,2025}/…, OUT/truth.json

The files that arrive in 2025 are listed in truth.json under ``arrives_2025`` (the test sets them aside for the
first ingest). Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99
with a correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written
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


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17: str) -> str:
    """A 统一社会信用代码 with its check character (GB 32100-2015), for invented bodies."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


# hospitals ---------------------------------------------------------------------------------------------------
S1, S2, S3, S4 = "霁川省人民医院", "霁川省中医院", "沐州市中心医院", "霁川医科大学附属第二医院"
R1_OLD, R1 = "砚川县人民医院", "砚川县总医院"          # renamed on 2025-01-01 (附件2)
R2, R3, R4 = "岚溪县中医医院", "桑坪县人民医院", "桑坪县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "砚川县", "999101"), R2: ("二级", "乙等", "中医医院", "岚溪县", "999102"),
         R3: ("二级", "甲等", "综合医院", "桑坪县", "999201"), R4: ("二级", None, "妇幼保健院", "桑坪县", "999201")}
CODE = {h: uscc(b) for h, b in {S1: "12990000MB0A11017", S2: "12990000MB0A12028", S3: "12990100MB0B23039",
                                 S4: "12990000MB0C34041", R1: "12999101MB1D45052", R2: "12999102MB1E56063",
                                 R3: "12999201MB1F67074", R4: "12999201MB1G78085"}.items()}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19780312", "031"), "qiao": ("990101", "19850722", "042"), "yan": ("990102", "19810905", "017"),
    "mu": ("990101", "19900118", "064"), "su": ("990103", "19870427", "025"),
    "gu": ("990201", "19760830", "051"), "fang": ("990201", "19880614", "073"), "tang": ("990202", "19921103", "036"),
    "ning": ("990202", "19830219", "048"),
    "xia": ("999101", "19930508", "022"), "lu": ("999101", "19910926", "057"), "rong": ("999101", "19880131", "014"),
    "cao": ("999101", "19940712", "069"), "pei": ("999101", "19750315", "083"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "arrives_2025": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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


def write_csv(path, rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue()
    path.write_bytes(("\ufeff" + data).encode("utf-8") if encoding == "utf-8-sig" else data.encode(encoding))


# reference ---------------------------------------------------------------------------------------------------
def pairing_list_2024(path: Path):
    """The 2022—2024 list: three pairings, 支援期限 as a range, 区划代码 beside the county; 砚川县人民医院 by its
    old name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  霁川省城乡医院对口支援关系一览表（2022—2024年）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "区划代码", "支援医院", "协议签订日期", "支援期限", "备注"])
    pairs = [(R1_OLD, R1, S1, dt.date(2021, 12, 10)), (R2, R2, S2, dt.date(2021, 12, 10)),
             (R3, R3, S3, dt.date(2021, 12, 20))]
    for i, (written, r, s, ag) in enumerate(pairs, 1):
        level, grade, cat, county, code = RECIP[r]
        ws.append([i, written, level + (grade or ""), cat, county, code, s, ag, "2022年1月1日—2024年12月31日", None])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2022, 1, 1),
                                  "end_date": d(2024, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)


def pairing_list_2025(path: Path):
    """The renewed 2025—2027 list: S1 → 砚川县总医院 (the new name) and S2 → R2 continue, S3 → R3 ends (not listed),
    S4 → 桑坪县妇幼保健院 is new."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  霁川省城乡医院对口支援关系一览表（2025—2027年）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "区划代码", "支援医院", "协议签订日期", "支援期限", "备注"])
    pairs = [(R1, S1, dt.date(2024, 12, 16), "续签"), (R2, S2, dt.date(2024, 12, 16), "续签"),
             (R4, S4, dt.date(2024, 12, 23), "新增")]
    for i, (r, s, ag, note) in enumerate(pairs, 1):
        level, grade, cat, county, code = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, code, s, ag, "2025年1月1日—2027年12月31日", note])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2025, 1, 1),
                                  "end_date": d(2027, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}。{R1}原名{R1_OLD}，2025年1月1日起更名。"])
    wb.save(path)


def name_changes_2025(path: Path):
    """附件2: the rename, 原名称 | 现名称 | 变更日期 | 变更类型."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件2"
    ws.append([f"附件2  医疗机构名称变更情况表（{SYN}）"])
    ws.append(["序号", "原名称", "现名称", "变更日期", "变更类型", "备注"])
    ws.append([1, R1_OLD, R1, dt.date(2025, 1, 1), "更名", "县域医共体建设"])
    ws.cell(3, 4).number_format = "yyyy-mm-dd"
    wb.save(path)


def code_list_2025(path: Path):
    """机构代码表 (CSV, GBK): every programme hospital by its current name with its 统一社会信用代码."""
    rows = [[f"霁川省对口支援医疗机构代码表（2025年）{SYN}", "", "", "", ""],
            ["机构代码", "机构名称", "所在县", "机构级别", "机构类别"]]
    for h in (S1, S2, S3, S4):
        rows.append([CODE[h], h, "", "三级", "综合医院" if h != S2 else "中医医院"])
    for h, (level, _g, cat, county, _c) in RECIP.items():
        rows.append([CODE[h], h, county, level, cat])
    write_csv(path, rows, "gbk")
    for h, (level, grade, cat, county, _c) in RECIP.items():
        truth["hospitals"].append({"name": h, "level": level, "grade": grade, "category": cat, "county": county,
                                   "code": CODE[h]})
    for h in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": h, "code": CODE[h]})


# 2024 --------------------------------------------------------------------------------------------------------
ROSTER_HDR = ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期", "备注"]


def s1_roster_2024(path: Path):
    """省人民医院 → 砚川县人民医院 (the old name), four people; 麻醉科's 穆 (mu) was entered by mistake (the correction
    in 2025 drops him) and 乔's end and 严's department are corrected."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻人员"
    ws.append([f"霁川省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(ROSTER_HDR)
    people = [("lin", "林鹤年", "心血管内科", "主任医师", d(2024, 3, 1), d(2024, 8, 31)),
              ("qiao", "乔映雪", "呼吸内科", "主治医师", d(2024, 3, 1), d(2024, 8, 31)),
              ("yan", "严松涛", "普外科", "副主任医师", d(2024, 7, 1), d(2024, 12, 31)),
              ("mu", "穆青崖", "麻醉科", "主治医师", d(2024, 7, 1), d(2024, 12, 31))]
    for i, (key, name, dept, title, s, e) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, R1_OLD, dt.date.fromisoformat(s), dt.date.fromisoformat(e)])
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 3).number_format = "@"
    ws.append([None, "合计：4人"])
    wb.save(path)


def s1_roster_2024_corrected(path: Path, original: str):
    """（更正） in 2025: the same four-row list with 乔's real end (2024-09-30), 严's department (胃肠外科), and 苏
    in place of 穆 — a correction with as many rows: a full replacement."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员名册（更正）（{SYN}）"])
    ws.append(ROSTER_HDR)
    people = [("lin", "林鹤年", "心血管内科", "主任医师", "正高级", d(2024, 3, 1), d(2024, 8, 31), None, True),
              ("qiao", "乔映雪", "呼吸内科", "主治医师", "中级", d(2024, 3, 1), d(2024, 9, 30), "结束日期更正", False),
              ("yan", "严松涛", "胃肠外科", "副主任医师", "副高级", d(2024, 7, 1), d(2024, 12, 31), "科室更正", False),
              ("su", "苏未央", "麻醉科", "主治医师", "中级", d(2024, 7, 1), d(2024, 12, 31), "替换误报人员", False)]
    for i, (key, name, dept, title, rank, s, e, note, same_as_before) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, R1_OLD, dt.date.fromisoformat(s), dt.date.fromisoformat(e), note])
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 3).number_format = "@"
        places = [(fn, sh, ws.max_row)] + ([(original, sh, ws.max_row)] if same_as_before else [])
        row("deployments", places, dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date", "department"], ID[key])
    ws.append([None, "合计：4人"])
    wb.save(path)


def s2_roster_2024_xls(path: Path, later: str):
    """省中医院 → 岚溪县中医医院 (.xls): 派驻时间 as one range; 宁 (ning) goes 2024-10-08 → 2025-03-31 and is in the
    2025 list too (one stay); 方 has no ID number (NAME_ONLY); 顾's ID with a wrong check digit."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川省中医院2024年派驻岚溪县中医医院人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    g = ID["gu"]
    wrong = g[:17] + ("0" if g[17] != "0" else "1")
    people = [("gu", "顾长庚", wrong, "针灸科", "主任中医师", "正高级", "2024.03.04-2024.08.30", d(2024, 3, 4), d(2024, 8, 30)),
              (None, "方知遥", "", "脾胃病科", "主治中医师", "中级", "2024.04.01-2024.09.30", d(2024, 4, 1), d(2024, 9, 30)),
              ("ning", "宁书衡", None, "骨伤科", "副主任中医师", "副高级", "2024.10.08-2025.03.31", d(2024, 10, 8),
               d(2025, 3, 31))]
    for i, (key, name, sp, dept, title, rank, period, s, e) in enumerate(people, 1):
        r = 1 + i
        idtext = use_id(key, sp) if key else sp
        for j, v in enumerate([i, name, idtext, dept, title, period]):
            ws.write(r, j, v)
        places = [(fn, sh, r + 1)] + ([(later, "派驻人员", 4)] if key == "ning" else [])
        row("deployments", places, dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], wrong if key == "gu" else
            (ID[key] if key else None))
        if key == "gu":
            finding(fn, r + 1, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(5, 0, "填表人：医务处")
    wb.save(str(path))


def r1_trainees_2024_csv(path: Path):
    """砚川县人民医院 (old name) trainees at the provincial hospital, CSV GBK, header in row 2."""
    fn = path.name
    rows = [[f"砚川县人民医院2024年赴霁川省人民医院进修人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修开始", "进修结束", "进修费用（元）", "是否结业"]]
    people = [("xia", "夏知秋", "内科", d(2024, 3, 4), d(2024, 8, 31), "3000", "是", 3000.0, True),
              ("lu", "陆听澜", "急诊科", d(2024, 9, 2), d(2025, 2, 28), "0", "否", 0.0, False)]
    for key, name, dept, s, e, fee, done, feev, donev in people:
        rows.append([name, use_id(key), dept, s, e, fee, done])
        row("trainees", [(fn, None, len(rows))], dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                      completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], ID[key])
    write_csv(path, rows, "gbk")


def r2_techniques_2024_ods(path: Path):
    """岚溪县中医医院 (.ods): techniques with the support hospital; "约20例" in 例数."""
    fn, sh = path.name, "新技术"
    rows = [[f"岚溪县中医医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"]]
    items = [("小针刀松解术", "骨伤科", "2024-05-10", "16", "是", d(2024, 5, 10), 16, True),
             ("督灸治疗强直性脊柱炎", "针灸科", "2024-06-03", "约20例", "否", d(2024, 6, 3), None, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, S2])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day,
                                                      cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


def r3_activities_2024_xlsx(path: Path):
    """桑坪县人民医院: activities of 沐州市中心医院 (a pairing that ends with 2024); "约40人"."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桑坪县人民医院2024年对口帮扶活动记录（{SYN}）"])
    ws.append(["日期", "支援单位", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 4, 11), "学术讲座", "慢阻肺规范化诊治", 45, 45),
            (dt.date(2024, 9, 19), "教学查房", "脑卒中病例查房", "约40人", None),
            (dt.date(2024, 11, 6), "手术示教", "腹腔镜胆囊切除术", 12, 12)]
    for day, typ, topic, n, nv in acts:
        ws.append([day, S3, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=nv),
            {"recipient_hospital_id": R3, "support_hospital_id": S3}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def r1_monthly_2024_csv(path: Path):
    """砚川县人民医院 (old name) 7—12月, CSV UTF-8 with BOM."""
    fn = path.name
    rows = [[f"砚川县人民医院2024年7—12月业务量统计（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(7, 13):
        v = [21000 + 310 * m, 1500 + 21 * m, 380 + 7 * m, 52 - 2 * m]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", [(fn, None, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    write_csv(path, rows, "utf-8-sig")


def assessments_2024_xlsx(path: Path):
    """砚川县人民医院 assesses 省人民医院's staff, a sheet per month (2024年11月, 2024年12月)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("yan", "严松涛"), ("su", "苏未央")]
    for m, scores in ((11, [95, 92.5]), (12, [96, 93])):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"砚川县人民医院派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查次数", "在岗次数"])
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 3 if (key, m) == ("su", 12) else 4
            ws.append([i, name, use_id(key), S1, sc, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": R1}, ["month"], ID[key])
    wb.save(path)


def county_2024_xlsx(path: Path):
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, a, b in (("砚川县", "999101", 41230, 6120), ("岚溪县", "999102", 28870, 5011),
                               ("桑坪县", "999201", 33410, 7302)):
        ws.append([county, code, a, b])
        row("county_inpatient_stats", [(fn, sh, ws.max_row)], dict(county_code=code, year=2024, resident_admissions=a,
                                                                   resident_admissions_outside_county=b),
            {}, ["county_code"])
    wb.save(path)


# 2025 --------------------------------------------------------------------------------------------------------
def s2_roster_2025_ods(path: Path):
    """省中医院's 2025 list (.ods): 宁 again (the same stay), two new people."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"霁川省中医院2025年派驻人员名单（{SYN}）"], ["受援单位：" + R2],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期"],
            [1, "宁书衡", use_id("ning"), "骨伤科", "副主任中医师", "2024-10-08", "2025-03-31"]]
    for i, (key, name, dept, title, rank, s, e) in enumerate(
            [("tang", "唐亦舟", "针灸科", "主治中医师", "中级", d(2025, 4, 1), d(2025, 9, 30)),
             ("fang", "方知遥", "脾胃病科", "主治中医师", "中级", d(2025, 4, 1), d(2025, 9, 30))], 2):
        rows.append([i, name, use_id(key), dept, title, s, e])
        row("deployments", [(fn, sh, len(rows))], dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], ID[key])
    ods_doc(path, {sh: rows})


def r1_trainees_2025_csv(path: Path):
    """砚川县总医院 (the new name), CSV UTF-8: one 15-digit ID number."""
    fn = path.name
    c = ID["cao"]
    fifteen = c[:6] + c[8:14] + c[14:17]
    rows = [[f"砚川县总医院2025年进修人员登记（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "进修时间", "费用", "结业"]]
    people = [("rong", use_id("rong"), "荣晚晴", "检验科", "2025.03.03—2025.08.29", d(2025, 3, 3), d(2025, 8, 29), "2000",
               2000.0, "是", True),
              ("cao", use_id("cao", fifteen), "曹念安", "儿科", "2025.04.01—2025.09.30", d(2025, 4, 1), d(2025, 9, 30),
               "0", 0.0, "是", True)]
    for i, (key, idt, name, dept, period, s, e, fee, feev, done, donev) in enumerate(people, 1):
        rows.append([i, name, idt, dept, S1, period, fee, done])
        row("trainees", [(fn, None, len(rows))], dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                      completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], ID[key])
        if idt == fifteen:
            finding(fn, len(rows), "ID_15_DIGIT")
    write_csv(path, rows, "utf-8")


def r4_activities_2025_xls(path: Path):
    """桑坪县妇幼保健院 (the new pairing), .xls."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"桑坪县妇幼保健院2025年接受帮扶活动登记（{SYN}）")
    for j, h in enumerate(["活动日期", "帮扶单位", "活动形式", "内容", "参加人数"]):
        ws.write(1, j, h)
    acts = [("2025-03-14", "学术讲座", "产后出血的早期识别", 38), ("2025-05-22", "义诊", "两癌筛查义诊", 120)]
    for i, (day, typ, topic, n) in enumerate(acts, 2):
        for j, v in enumerate([day, S4, typ, topic, n]):
            ws.write(i, j, v)
        row("activities", [(fn, sh, i + 1)], dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S4}, ["activity_date"])
    wb.save(str(path))


def r1_monthly_2025_xlsx(path: Path):
    """砚川县总医院 (the new name) 1—3月."""
    fn, sh = path.name, "2025年1-3月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚川县总医院2025年1—3月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 4):
        v = [24100 + 120 * m, 1690 + 11 * m, 455 + 3 * m, 27 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    wb.save(path)


def county_2025_csv(path: Path):
    """县域住院流向 2025, CSV GBK."""
    fn = path.name
    rows = [[f"2025年各县县域住院流向（{SYN}）", "", "", ""],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, a, b in (("砚川县", "999101", 42015, 5733), ("岚溪县", "999102", 29340, 4820),
                               ("桑坪县", "999201", 33980, 7011)):
        rows.append([county, code, a, b])
        row("county_inpatient_stats", [(fn, None, len(rows))], dict(county_code=code, year=2025, resident_admissions=a,
                                                                    resident_admissions_outside_county=b),
            {}, ["county_code"])
    write_csv(path, rows, "gbk")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024", "2025"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    ref = raw / "reference"
    pl24 = "SYNTHETIC_附件1_霁川省对口支援关系一览表（2022—2024年）.xlsx"
    pl25 = "SYNTHETIC_附件1_霁川省对口支援关系一览表（2025—2027年）.xlsx"
    nc25 = "SYNTHETIC_附件2_医疗机构名称变更情况表（2025年）.xlsx"
    cl25 = "SYNTHETIC_霁川省对口支援医疗机构代码表2025.csv"
    pairing_list_2024(ref / pl24)
    pairing_list_2025(ref / pl25)
    name_changes_2025(ref / nc25)
    code_list_2025(ref / cl25)
    truth["arrives_2025"] += [f"reference/{n}" for n in (pl25, nc25, cl25)]

    s1_24 = "SYNTHETIC_霁川省人民医院2024年派驻人员名册.xlsx"
    s2_25 = "SYNTHETIC_霁川省中医院2025年派驻人员.ods"
    files24 = [(s1_roster_2024, s1_24),
               (lambda p: s2_roster_2024_xls(p, s2_25), "SYNTHETIC_霁川省中医院2024年派驻人员.xls"),
               (r1_trainees_2024_csv, "SYNTHETIC_砚川县人民医院2024年进修人员.csv"),
               (r2_techniques_2024_ods, "SYNTHETIC_岚溪县中医医院新技术2024.ods"),
               (r3_activities_2024_xlsx, "SYNTHETIC_桑坪县人民医院2024年帮扶活动.xlsx"),
               (r1_monthly_2024_csv, "SYNTHETIC_砚川县人民医院2024年7-12月业务量.csv"),
               (assessments_2024_xlsx, "SYNTHETIC_砚川县人民医院派驻人员考核2024年11-12月.xlsx"),
               (county_2024_xlsx, "SYNTHETIC_县域住院流向2024.xlsx")]
    files25 = [(lambda p: s1_roster_2024_corrected(p, s1_24), "SYNTHETIC_霁川省人民医院2024年派驻人员名册（更正）.xlsx"),
               (s2_roster_2025_ods, s2_25),
               (r1_trainees_2025_csv, "SYNTHETIC_砚川县总医院2025年进修人员.csv"),
               (r4_activities_2025_xls, "SYNTHETIC_桑坪县妇幼保健院2025年帮扶活动.xls"),
               (r1_monthly_2025_xlsx, "SYNTHETIC_砚川县总医院2025年1-3月业务量.xlsx"),
               (county_2025_csv, "SYNTHETIC_县域住院流向2025.csv")]
    for fnc, name in files24:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    for fnc, name in files25:
        fnc(raw / "2025" / name)
        truth["submission_files"].append(name)
        truth["arrives_2025"].append(f"2025/{name}")
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
