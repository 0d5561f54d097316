"""realworld52 corpus generator — SYNTHETIC / 合成数据. A fictional province (泓岱省) for 2024, centred on one big
consolidated workbook: the province clerk merged the year's monthly statistics of twelve recipient hospitals into
one workbook with one sheet per month, each sheet a printed report copied back into Excel (the header repeated
every 25 rows, page footers "第 1 页，共 3 页", 小计 rows per city and a 合计 row, names typed by hand with
occasional typos). Beside it: a byte-identical copy ("- 副本"), a later copy "（修订）" where two figures were
corrected, and eight of the hospitals' own monthly files for some of the same months (which must not double the
months), plus three small files of other forms (roster, trainees, activities). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,汇总,医院报送}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
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
CITIES = {"澄州市": ["岩口县", "澜溪县", "桑坪县"], "岚江市": ["石屏县", "霁川县", "鹤台县"]}
SP_PEOPLE, SP_TCM = "泓岱省人民医院", "泓岱省中医院"
SL_CENTRAL, SL_TCM = "岚江市中心医院", "岚江市中医医院"
HOSP = []          # (name, county, city, category, support)
for city, counties in CITIES.items():
    for c in counties:
        HOSP.append((f"{c}人民医院", c, city, "综合医院", SP_PEOPLE if city == "澄州市" else SL_CENTRAL))
    for c in counties:
        HOSP.append((f"{c}中医医院", c, city, "中医医院", SP_TCM if city == "澄州市" else SL_TCM))
# consolidated order: by city, 人民医院 then 中医医院 of each county
ORDER = [h for city in CITIES for h in HOSP if h[2] == city]
NAMES = [h[0] for h in ORDER]
FIELDS = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_down_received"]


def figures(name: str, m: int) -> list[int]:
    h = NAMES.index(name)
    tcm = "中医" in name
    return [(5200 if tcm else 9100) + 430 * h + 37 * m + (h * m) % 50,
            (310 if tcm else 640) + 23 * h + 9 * m,
            (40 if tcm else 130) + 7 * h + 3 * m,
            20 + (h * 7 + m * 3) % 25,
            4 + (h + m) % 9]


# the two figures the revised copy corrects: (hospital, month, field index, clerk's first figure)
CORRECTIONS = [("岩口县人民医院", 2, 0, None), ("鹤台县中医医院", 8, 1, None)]


def clerk_first(name: str, m: int) -> list[int]:
    """What the clerk typed the first time: two figures mistyped (digits transposed / off by 100)."""
    v = figures(name, m)
    if (name, m) == ("岩口县人民医院", 2):
        s = str(v[0])
        v[0] = int(s[0] + s[2] + s[1] + s[3:]) if s[1] != s[2] else v[0] + 90
    if (name, m) == ("鹤台县中医医院", 8):
        v[1] = v[1] + 100
    return v


# names typed by hand in the consolidated sheets: (month, hospital) → as typed (each decidable by a careful reader)
TYPED = {(3, "岩口县人民医院"): "岩口县人民医阮", (7, "岩口县人民医院"): "岩口县人民医阮",
         (5, "澜溪县人民医院"): "澜溪县 人民医院", (9, "石屏县中医医院"): "石屏县中医院",
         (11, "桑坪县人民医院"): "桑坪人民医院", (6, "霁川县中医医院"): "霁川县中医医院 "}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
spell: dict[str, set] = {}
monthly_places: dict[tuple, list] = {}      # (hospital, month) → places


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


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def place(name, m, file, sheet, r):
    monthly_places.setdefault((name, m), []).append([file, sheet, r])


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：泓岱省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    for i, (name, county, _city, cat, sup) in enumerate(HOSP, 1):
        ws.append([i, sup, name, "二级", "甲等", cat, county, dt.date(2023, 12, 8), None])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": sup, "recipient": name, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": d(2023, 12, 8),
                                  "start_date_source": "title_period"})
        truth["hospitals"].append({"name": name, "level": "二级", "grade": "甲等", "category": cat, "county": county})
    for s in (SP_PEOPLE, SP_TCM, SL_CENTRAL, SL_TCM):
        truth["hospitals"].append({"name": s})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- consolidated
HEADER = ["医院名称", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
PER_PAGE, PAGE_ROWS = 6, 25


def consolidated(path: Path, revised: bool):
    """One sheet per month ("1月" … "12月"), each a printed report pasted back: title and unit lines, the header
    at the top of every 25-row page, six body lines per page, blank lines, then the footer "第 n 页，共 3 页";
    澄州市小计 / 岚江市小计 and 合计; months 4 and 10 have the numbers as text with thousands separators."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m in range(1, 13):
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        body = []
        for city in CITIES:
            sub = [0] * 5
            for name in [n for n in NAMES if ORDER[NAMES.index(n)][2] == city]:
                v = figures(name, m) if revised else clerk_first(name, m)
                body.append((TYPED.get((m, name), name), v, name))
                sub = [a + b for a, b in zip(sub, v)]
            body.append((f"{city}小计", sub, None))
        total = [sum(x) for x in zip(*[v for label, v, n in body if n])]
        body.append(("合计", total, None))
        pages = [body[i:i + PER_PAGE] for i in range(0, len(body), PER_PAGE)]
        for p, chunk in enumerate(pages):
            top = 1 + PAGE_ROWS * p
            r = top
            if p == 0:
                title = f"泓岱省受援医院{YEAR}年{m}月主要业务量统计表（{SYN}）"
                if revised:
                    title += "（修订）"
                ws.cell(r, 1, title)
                ws.cell(r + 1, 1, "单位：人次、台次")
                ws.cell(r + 1, 5, "制表：省卫健委基层处")
                r += 2
            for j, h in enumerate(HEADER, 1):
                ws.cell(r, j, h)
            r += 1
            for label, v, name in chunk:
                ws.cell(r, 1, label)
                for j, x in enumerate(v, 2):
                    ws.cell(r, j, f"{x:,}" if m in (4, 10) else x)
                if name:
                    place(name, m, fn, sh, r)
                r += 1
            ws.cell(top + PAGE_ROWS - 1, 3, f"第 {p + 1} 页，共 {len(pages)} 页")
        ws.column_dimensions["A"].width = 22
    wb.save(path)


# ------------------------------------------------------------------------------------------- hospitals' own files
def own_rows(name, months):
    return [[f"{m}月", *figures(name, m)] for m in months]


def f_yk_q1_xlsx(path: Path):
    """岩口县人民医院 1—3月: its own report, the hospital in a 填报单位 line; month 2 is the figure the clerk first
    mistyped."""
    fn, sh, name = path.name, "业务量", "岩口县人民医院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{YEAR}年第一季度受援医院业务量报表（{SYN}）"])
    ws.append([f"填报单位：{name}"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m, vals in zip(range(1, 4), own_rows(name, range(1, 4))):
        ws.append(vals)
        place(name, m, fn, sh, ws.max_row)
    ws.append(["合计", *[sum(figures(name, m)[k] for m in range(1, 4)) for k in range(5)]])
    ws.append(["负责人：", None, "填表人：", None, "2024年4月8日"])
    wb.save(path)


def f_lx_tcm_q2_csv(path: Path):
    """澜溪县中医医院 4—6月: CSV in GBK, a title line, months "2024年4月"."""
    fn, name = path.name, "澜溪县中医医院"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{name}{YEAR}年4—6月业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    r = 2
    for m in range(4, 7):
        w.writerow([f"{YEAR}年{m}月", *figures(name, m)])
        r += 1
        place(name, m, fn, None, r)
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_sp_q3_xls(path: Path):
    """石屏县人民医院 7—9月: an .xls from an old office suite, months as "2024.07"-style text."""
    fn, sh, name = path.name, "Sheet1", "石屏县人民医院"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{name}{YEAR}年三季度业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]):
        ws.write(1, j, h)
    for i, m in enumerate(range(7, 10)):
        ws.write(2 + i, 0, f"{YEAR}.{m:02d}")
        for j, x in enumerate(figures(name, m), 1):
            ws.write(2 + i, j, x)
        place(name, m, fn, sh, 3 + i)
    ws.write(6, 0, "填表人：统计室")
    wb.save(str(path))


def ods_doc(path, sheets):
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


def f_jc_tcm_q4_ods(path: Path):
    """霁川县中医医院 10—12月 (.ods)."""
    fn, sh, name = path.name, "四季度", "霁川县中医医院"
    rows = [[f"{name}{YEAR}年10—12月主要业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(10, 13):
        rows.append([f"{m}月", *figures(name, m)])
        place(name, m, fn, sh, len(rows))
    rows.append(["报送日期：2025年1月6日"])
    ods_doc(path, {sh: rows})


def f_sp_people_march_csv(path: Path):
    """桑坪县人民医院 March only: CSV UTF-8 with BOM; the month in the title, no month column."""
    fn, name = path.name, "桑坪县人民医院"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{name}{YEAR}年3月业务量月报（{SYN}）", "", "", "", "", ""])
    w.writerow(["单位名称", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    w.writerow([name, *figures(name, 3)])
    place(name, 3, fn, None, 3)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_ht_june_xlsx(path: Path):
    """鹤台县人民医院 June only: a year and month column pair."""
    fn, sh, name = path.name, "6月", "鹤台县人民医院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{name}月度业务量报表（{SYN}）"])
    ws.append(["年度", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    ws.append([YEAR, 6, *figures(name, 6)])
    place(name, 6, fn, sh, 3)
    wb.save(path)


def f_yk_tcm_year_xlsx(path: Path):
    """岩口县中医医院: its own whole year, one row per month, a 合计 row."""
    fn, sh, name = path.name, "2024年", "岩口县中医医院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{name}{YEAR}年1—12月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m in range(1, 13):
        ws.append([f"{m}月", *figures(name, m)])
        place(name, m, fn, sh, ws.max_row)
    ws.append(["合计", *[sum(figures(name, m)[k] for m in range(1, 13)) for k in range(5)]])
    wb.save(path)


def f_lx_people_q3_xlsx(path: Path):
    """澜溪县人民医院 7—9月: one sheet per month, a vertical form (指标 | 数值)."""
    fn, name = path.name, "澜溪县人民医院"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    labels = ["门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
    for m in range(7, 10):
        ws = wb.create_sheet(f"{m}月")
        ws.append([f"{name}{YEAR}年{m}月业务量（{SYN}）"])
        ws.append(["指标", "数值"])
        for lab, x in zip(labels, figures(name, m)):
            ws.append([lab, x])
        place(name, m, fn, f"{m}月", None)
    wb.save(path)


# ------------------------------------------------------------------------------------------- other forms
P = {"yan": ("990101", "19790312", "031"), "qiu": ("990101", "19850627", "046"),
     "mo": ("990102", "19820905", "017"), "lan": ("990201", "19931120", "052"), "su": ("990202", "19950318", "068")}
ID = {k: idn(*v) for k, v in P.items()}


def f_roster_xlsx(path: Path):
    """泓岱省人民医院 roster: a valid ID, a wrong check digit, a 15-digit ID, one person without an ID number."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"泓岱省人民医院2024年派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"])
    wrong = ID["qiu"][:17] + ("0" if ID["qiu"][17] != "0" else "1")
    m = ID["mo"]
    fifteen = m[:6] + m[8:17]
    people = [("yan", "严柏舟", ID["yan"], "心血管内科", "主任医师", "正高级", "岩口县人民医院", 3, 1, 8, 31, ID["yan"]),
              ("qiu", "邱若溪", wrong, "普外科", "主治医师", "中级", "澜溪县人民医院", 4, 1, 9, 30, wrong),
              ("mo", "莫听澜", fifteen, "麻醉科", "副主任医师", "副高级", "桑坪县人民医院", 5, 6, 11, 5, ID["mo"]),
              (None, "简一帆", "", "儿科", "住院医师", "初级", "岩口县人民医院", 7, 1, 12, 31, None)]
    for i, (key, name, sp, dept, title, rank, rec, sm, sd, em, ed, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else sp, dept, title, rec, dt.date(YEAR, sm, sd),
                   dt.date(YEAR, em, ed)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category="医疗",
                                           start_date=d(YEAR, sm, sd), end_date=d(YEAR, em, ed)),
            {"support_hospital_id": SP_PEOPLE, "recipient_hospital_id": rec}, ["start_date"], id_number=tid)
        if sp == wrong:
            finding(fn, sh, r, ["ID_CHECK_DIGIT", "id_number"])
        if sp == fifteen:
            finding(fn, sh, r, ["ID_15_DIGIT", "id_number"])
        if key is None:
            finding(fn, sh, r, ["NAME_ONLY", "id_number", "person_id"])
    wb.save(path)


def f_trainees_csv(path: Path):
    """石屏县人民医院 trainees at 岚江市中心医院: CSV UTF-8 with BOM."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"石屏县人民医院2024年进修人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "是否结业"])
    r = 2
    for key, name, dept, sd, ed, done in (("lan", "兰知秋", "内科", d(YEAR, 3, 1), d(YEAR, 8, 31), True),
                                          ("su", "苏望舒", "急诊科", d(YEAR, 9, 1), d(YEAR, 12, 31), False)):
        w.writerow([name, use_id(key), dept, SL_CENTRAL, sd, ed, "是" if done else "否"])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, completed=done),
            {"recipient_hospital_id": "石屏县人民医院", "host_hospital_id": SL_CENTRAL}, ["start_date"],
            id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_activities_xls(path: Path):
    """岚江市中心医院 activities at 鹤台县人民医院 (.xls): 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岚江市中心医院对口支援鹤台县人民医院带教培训活动登记表（{SYN}）")
    for j, h in enumerate(["序号", "日期", "活动类型", "主题", "参加人数", "支援单位", "受援单位"]):
        ws.write(1, j, h)
    items = [("2024-03-15", "学术讲座", "高血压规范化管理", 35, 35), ("2024-05-20", "教学查房", "慢阻肺查房", "约40人", None),
             ("2024-09-10", "手术示教", "腹腔镜胆囊切除", 12, 12)]
    for i, (day, typ, topic, n, nv) in enumerate(items, 1):
        for j, v in enumerate([i, day, typ, topic, n, SL_CENTRAL, "鹤台县人民医院"]):
            ws.write(1 + i, j, v)
        row("activities", fn, sh, 2 + i, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": "鹤台县人民医院", "support_hospital_id": SL_CENTRAL}, ["activity_date"])
        if nv is None:
            finding(fn, sh, 2 + i, ["UNPARSEABLE_OPTIONAL", "participants"])
    wb.save(str(path))


def stamp(path: Path, day: dt.date):
    t = dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (t, t))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "汇总", "医院报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_泓岱省对口支援关系表（2024—2026年）.xlsx")
    base = "SYNTHETIC_泓岱省2024年受援医院月度业务统计汇总"
    orig, copy, rev = (raw / "汇总" / f"{base}.xlsx", raw / "汇总" / f"{base} - 副本.xlsx",
                       raw / "汇总" / f"{base}（修订）.xlsx")
    consolidated(orig, revised=False)
    shutil.copyfile(orig, copy)
    for name, m in monthly_places.copy():          # the copy's rows are at the same places
        for f, s, r in list(monthly_places[(name, m)]):
            if f == orig.name:
                monthly_places[(name, m)].append([copy.name, s, r])
    consolidated(rev, revised=True)
    files = [orig.name, copy.name, rev.name]
    own = [(f_yk_q1_xlsx, "SYNTHETIC_岩口县人民医院2024年一季度业务量.xlsx"),
           (f_lx_tcm_q2_csv, "SYNTHETIC_澜溪县中医医院4-6月业务量.csv"),
           (f_sp_q3_xls, "SYNTHETIC_石屏县人民医院三季度业务量.xls"),
           (f_jc_tcm_q4_ods, "SYNTHETIC_霁川县中医医院10-12月业务量.ods"),
           (f_sp_people_march_csv, "SYNTHETIC_桑坪县人民医院2024年3月月报.csv"),
           (f_ht_june_xlsx, "SYNTHETIC_鹤台县人民医院6月业务量.xlsx"),
           (f_yk_tcm_year_xlsx, "SYNTHETIC_岩口县中医医院2024年业务量.xlsx"),
           (f_lx_people_q3_xlsx, "SYNTHETIC_澜溪县人民医院7-9月业务量.xlsx"),
           (f_roster_xlsx, "SYNTHETIC_泓岱省人民医院派驻人员名册2024.xlsx"),
           (f_trainees_csv, "SYNTHETIC_石屏县人民医院进修人员2024.csv"),
           (f_activities_xls, "SYNTHETIC_岚江市中心医院带教活动登记.xls")]
    for i, (fnc, name) in enumerate(own):
        fnc(raw / "医院报送" / name)
        stamp(raw / "医院报送" / name, dt.date(2025, 1, 3 + i // 4))
        files.append(name)
    stamp(orig, dt.date(2025, 1, 10))
    stamp(copy, dt.date(2025, 1, 10))
    stamp(rev, dt.date(2025, 1, 20))
    stamp(raw / "reference" / "SYNTHETIC_附件1_泓岱省对口支援关系表（2024—2026年）.xlsx", dt.date(2024, 1, 5))
    # one hospital_monthly_stats row per hospital and month: the corrected figures, wherever they were read
    for name in NAMES:
        for m in range(1, 13):
            v = figures(name, m)
            truth["rows"].append({"table": "hospital_monthly_stats", "places": monthly_places[(name, m)],
                                  "fields": dict(year=YEAR, month=m, **dict(zip(FIELDS, v))),
                                  "hospitals": {"recipient_hospital_id": name}, "keys": ["month"],
                                  "id_number": None})
    truth["corrections"] = [{"hospital": n, "month": m, "field": FIELDS[k], "first": clerk_first(n, m)[k],
                             "corrected": figures(n, m)[k]} for n, m, k, _ in CORRECTIONS]
    truth["submission_files"] = files
    truth["pairing_file"] = "SYNTHETIC_附件1_泓岱省对口支援关系表（2024—2026年）.xlsx"
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
