"""realworld124 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅川省) for 2024: forms laid out for
PRINTING and then e-mailed as the spreadsheet — rosters and trainee lists paginated by hand (the header repeated
every page, exactly or under a (续表) title, 第1页 共3页 lines, 本页小计 rows, a 合计 at the end, blank separator
rows, a signature block on every page or only the last), monthly statistics printed landscape with the months as
columns in two stacked blocks (1–6月, then 7–12月), page setup (print area, print titles, fit to page), one
workbook exported 'as printed' with each page in its own sheet — plus the pairing list in reference/ and a few
ordinary files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

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
SIGN = "填表人：柯文澜    审核人：卢秋禾    单位负责人：（签字）    （盖章）    2025年1月8日"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2 = "琅川省人民医院", "琅川省中医院"
R1, R2, R3, R4 = "青禾县人民医院", "青禾县中医医院", "岚溪县人民医院", "岚溪县妇幼保健院"
OUTSIDE = "青禾县白石镇卫生院"          # in no pairing list
RECIP = {R1: ("二级", "甲等", "综合医院", "青禾县"), R2: ("二级", "乙等", "中医医院", "青禾县"),
         R3: ("二级", "甲等", "综合医院", "岚溪县"), R4: ("二级", None, "妇幼保健院", "岚溪县")}
PAIRS = [(S1, R1, dt.date(2023, 12, 12)), (S2, R2, dt.date(2023, 12, 12)), (S1, R3, dt.date(2024, 1, 5)),
         (S1, R4, dt.date(2024, 1, 5))]

SUR = "赵钱孙周吴郑冯陈褚卫蒋韩杨朱秦尤许何吕施张曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭"
GIV = ["子衡", "若溪", "明川", "书瑶", "景行", "怀瑾", "清越", "思源", "望舒", "知远", "雨桐", "亦安", "念慈",
       "承宇", "暮云", "安澜", "嘉树", "晚晴", "星野", "听松"]
TITLES = [("主任医师", "正高级", "医疗"), ("副主任医师", "副高级", "医疗"), ("主治医师", "中级", "医疗"),
          ("住院医师", "初级", "医疗"), ("主管护师", "中级", "护理"), ("护师", "初级", "护理"),
          ("副主任护师", "副高级", "护理")]
DEPTS = ["心血管内科", "呼吸内科", "普外科", "骨科", "妇产科", "儿科", "麻醉科", "急诊科", "神经内科"]

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
_n = [0]


def person(region="990101"):
    """A new fictional person: (name, ID number)."""
    i = _n[0]
    _n[0] += 1
    name = SUR[i % len(SUR)] + GIV[(i * 7) % len(GIV)]
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=331 * i + 17)
    n = idn(region, birth.strftime("%Y%m%d"), f"{(i * 37) % 900 + 100:03d}")
    truth["id_numbers"][n] = []
    return name, n


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if places is None or isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(x: dt.date) -> str:
    return x.isoformat()


def print_setup(ws, area, titles=None, landscape=False):
    ws.print_area = area
    if titles:
        ws.print_title_rows = titles
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅川省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": "2024-01-01", "end_date": "2026-12-31",
                                  "agreement_date": d(ag), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、人员均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


def dep_people(n, recips, region):
    out = []
    for i in range(n):
        name, number = person(region)
        title, rank, cat = TITLES[i % len(TITLES)]
        dept = DEPTS[i % len(DEPTS)] if cat == "医疗" else "护理部"
        start = dt.date(2024, 1 + (i % 4) * 2, 1 + (i % 3) * 5)
        end = start + dt.timedelta(days=182)
        out.append(dict(name=name, id=number, sex="男女"[i % 2], dept=dept, title=title, rank=rank, cat=cat,
                        rec=recips[i % len(recips)], start=start, end=end))
    return out


def dep_truth(fn, sh, r, p, support):
    row("deployments", fn, sh, r, dict(department=p["dept"], title=p["title"], title_rank=p["rank"],
                                       staff_category=p["cat"], start_date=d(p["start"]), end_date=d(p["end"])),
        {"support_hospital_id": support, "recipient_hospital_id": p["rec"]}, ["start_date", "department"],
        id_number=p["id"])


DEP_HDR = ["序号", "姓名", "性别", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期"]


# ------------------------------------------------------------------------------------------- 2024
def f_s1_roster_printed(path: Path):
    """省人民医院, 45 people over 3 printed pages of 15: page 1 titled, pages 2–3 titled (续表); every page has a
    第N页 共3页 line, the header, 本页小计 (N人), the signature block and a blank separator; 合计 on the last;
    print area, print titles and fit-to-width set."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    people = dep_people(45, [R1, R3, R4], "990101")
    ASSESSED.extend((p["name"], p["id"]) for p in people if p["rec"] == R1 and p["start"] <= dt.date(2024, 9, 1)
                    and p["end"] >= dt.date(2024, 10, 31))
    del ASSESSED[3:]
    for page in range(3):
        title = "琅川省人民医院2024年对口支援派驻人员花名册" + ("（续表）" if page else f"（{SYN}）")
        ws.append([title])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=9)
        ws.append(["填报单位：琅川省人民医院（盖章）", None, None, None, None, None, None, f"第{page + 1}页 共3页"])
        ws.append(DEP_HDR)
        for k in range(15):
            i = page * 15 + k
            p = people[i]
            ws.append([i + 1, p["name"], p["sex"], p["id"], p["dept"], p["title"], p["rec"], p["start"], p["end"]])
            ws.cell(ws.max_row, 4).number_format = "@"
            ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
            ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
            dep_truth(fn, sh, ws.max_row, p, S1)
        ws.append(["本页小计", "15人"])
        if page == 2:
            ws.append(["合计", "45人"])
        ws.append([SIGN])
        ws.append([])
        ws.row_breaks.append(openpyxl.worksheet.pagebreak.Break(id=ws.max_row))
    print_setup(ws, f"A1:I{ws.max_row}", "3:3")
    wb.save(path)


def f_s2_pages_as_sheets(path: Path):
    """省中医院 exported 'as printed': sheets 第1页 / 第2页 / 第3页 (10, 10, 5 people), each with the title (续表
    from page 2), the header and a 第N页 共3页 footer; 合计 and the signature on the last sheet only."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = dep_people(25, [R2], "990102")
    i = 0
    for page, n in enumerate((10, 10, 5)):
        sh = f"第{page + 1}页"
        ws = wb.create_sheet(sh)
        ws.append(["琅川省中医院派驻人员名单" + ("（续表）" if page else f"（{SYN}）")])
        ws.append(DEP_HDR)
        for _ in range(n):
            p = people[i]
            i += 1
            ws.append([i, p["name"], p["sex"], p["id"], p["dept"], p["title"], p["rec"], p["start"].isoformat(),
                       p["end"].isoformat()])
            dep_truth(fn, sh, ws.max_row, p, S2)
        if page == 2:
            ws.append(["合计", "25人"])
            ws.append([SIGN])
        ws.append([None, None, None, f"第 {page + 1} 页，共 3 页"])
        print_setup(ws, f"A1:I{ws.max_row}", "2:2")
    wb.save(path)


def f_r3_received_xls(path: Path):
    """岚溪县人民医院 receiving side (.xls): 32 people from 省人民医院 in pages of 20 printed lines — page 1 titled,
    page 2's title 续上表; the signature block at the foot of EVERY page; 本页小计 each page, 合计 at the end."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    people = dep_people(32, [R3], "990105")
    r = 0

    def put(vals):
        nonlocal r
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(r, j, v)
        r += 1
        return r

    seq = 0
    for pg, chunk in enumerate((people[:20], people[20:])):
        put(["岚溪县人民医院接收对口支援派驻人员登记表" + ("（续上表）" if pg else f"（{SYN}）")])
        put(["序号", "姓名", "性别", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期"])
        for p in chunk:
            seq += 1
            xr = put([seq, p["name"], p["sex"], p["id"], p["dept"], p["title"], p["rec"], p["start"].strftime("%Y年%m月%d日"),
                      p["end"].strftime("%Y年%m月%d日")])
            dep_truth(fn, sh, xr, p, S1)
        put(["本页小计", f"{len(chunk)}人"])
        if pg:
            put(["合计", "32人"])
        put([SIGN])
        put([f"第{pg + 1}页 共2页"])
        put([])
    wb.save(str(path))


TR_HDR = ["序号", "姓名", "性别", "身份证号", "派出单位", "进修科室", "进修开始日期", "进修结束日期", "进修费用(元)",
          "是否结业"]


def tr_people(n, recips, region):
    out = []
    for i in range(n):
        name, number = person(region)
        start = dt.date(2024, 1 + (i % 6) * 2, 1)
        end = start + dt.timedelta(days=[89, 181][i % 2])
        out.append(dict(name=name, id=number, sex="女男"[i % 2], rec=recips[i % len(recips)],
                        dept=DEPTS[(i * 2) % len(DEPTS)], start=start, end=end, fee=[0, 1500, 3000][i % 3],
                        done=end <= dt.date(2024, 12, 31)))
    return out


def tr_truth(fn, sh, r, p, host):
    row("trainees", fn, sh, r, dict(department=p["dept"], start_date=d(p["start"]), end_date=d(p["end"]),
                                    fee_charged=float(p["fee"]), completed=p["done"]),
        {"recipient_hospital_id": p["rec"], "host_hospital_id": host}, ["start_date", "department"],
        id_number=p["id"])


def f_s1_trainees_xls(path: Path):
    """省人民医院 接收进修人员 (.xls): 44 lines in pages of 20 — the header repeated exactly at each page's top
    (no new title), 本页小计 at each foot, a blank separator, 合计 and the signature only on the last page.
    Line 7 comes from a township hospital in no pairing (held, unresolved); line 30 has no start date (held)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    people = tr_people(42, [R1, R3, R4], "990103")
    lines = []
    for i in range(44):
        if i == 6:
            nm, number = person("990103")
            lines.append(("outside", dict(name=nm, id=number, sex="男", rec=OUTSIDE, dept="内科",
                                          start=dt.date(2024, 5, 6), end=dt.date(2024, 11, 5), fee=1500, done=True)))
        elif i == 29:
            nm, number = person("990103")
            lines.append(("nostart", dict(name=nm, id=number, sex="女", rec=R3, dept="儿科", start=None,
                                          end=None, fee=3000, done=False)))
        else:
            lines.append(("ok", people.pop(0)))
    r = 0   # 0-based xlwt row

    def put(vals):
        nonlocal r
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(r, j, v)
        r += 1
        return r          # 1-based row as seen in Excel

    put([f"琅川省人民医院2024年接收对口支援医院进修人员登记表（{SYN}）"])
    pages = [lines[0:20], lines[20:40], lines[40:]]
    seq = 0
    for pg, chunk in enumerate(pages):
        put(TR_HDR)
        for kind, p in chunk:
            seq += 1
            xr = put([seq, p["name"], p["sex"], p["id"], p["rec"], p["dept"],
                      p["start"].strftime("%Y.%m.%d") if p["start"] else None,
                      p["end"].strftime("%Y.%m.%d") if p["end"] else None, p["fee"], "是" if p["done"] else "否"])
            if kind == "ok":
                tr_truth(fn, sh, xr, p, S1)
            elif kind == "outside":
                quarantine(fn, sh, xr, "unresolved_hospital", "派出单位 青禾县白石镇卫生院 is in no pairing list")
            else:
                quarantine(fn, sh, xr, "missing_required", "进修开始日期 blank: the stay has no start")
        put(["本页小计", None, None, None, None, None, None, None, None, f"{len(chunk)}人"])
        if pg == 2:
            put(["合计", None, None, None, None, None, None, None, None, "44人"])
            put([SIGN])
        put([])
    wb.save(str(path))


MONTH_IND = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
             ("转出人次", "referrals_out"), ("下转接收人次", "referrals_down_received")]


def month_values(base):
    return {m: {f: base[k] + 37 * m + (m % 3) * 11 for k, (_, f) in enumerate(MONTH_IND)} for m in range(1, 13)}


def monthly_rows(title, vals):
    rows = [[title], ["单位：人次", None, None, None, None, None, "打印：A4横向"]]
    for k, half in enumerate(((1, 2, 3, 4, 5, 6), (7, 8, 9, 10, 11, 12))):
        if k:
            rows.append([])
        rows.append(["指标"] + [f"{m}月" for m in half])
        for label, f in MONTH_IND:
            rows.append([label] + [vals[m][f] for m in half])
    rows.append([SIGN])
    return rows


def monthly_truth(fn, sh, vals, hosp):
    for m in range(1, 13):
        row("hospital_monthly_stats", fn, sh, None, dict(year=2024, month=m, **vals[m]),
            {"recipient_hospital_id": hosp}, ["month"])


def f_r1_monthly_landscape(path: Path):
    """青禾县人民医院: months as columns in two stacked printed blocks, each with its own header row; landscape,
    fit to one page wide, print area set."""
    fn, sh = path.name, "2024年"
    vals = month_values([18200, 1310, 402, 61, 23])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for rr in monthly_rows(f"青禾县人民医院2024年月度业务量统计表（{SYN}）", vals):
        ws.append(rr)
    ws.merge_cells("A1:G1")
    print_setup(ws, f"A1:G{ws.max_row}", landscape=True)
    wb.save(path)
    monthly_truth(fn, sh, vals, R1)


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


def f_r3_monthly_ods(path: Path):
    """岚溪县人民医院 (.ods): the same two-block landscape layout."""
    fn, sh = path.name, "业务量"
    vals = month_values([15100, 1022, 318, 47, 19])
    ods_doc(path, {sh: monthly_rows(f"岚溪县人民医院2024年1—12月业务量（横版打印）（{SYN}）", vals)})
    monthly_truth(fn, sh, vals, R3)


def f_r4_trainees_csv(path: Path):
    """岚溪县妇幼保健院 进修人员, a printed draft saved as CSV in GBK: title, 第1页 共2页, header, 12 people,
    本页小计; a blank line; 第2页 共2页, the header again, 12 people, 本页小计, 合计, signature."""
    fn = path.name
    people = tr_people(24, [R4], "990104")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 0

    def put(vals):
        nonlocal n
        w.writerow(vals + [""] * (len(TR_HDR) - len(vals)))
        n += 1
        return n

    put([f"岚溪县妇幼保健院2024年赴支援医院进修人员名单（{SYN}）"])
    for pg in range(2):
        if pg:
            put([])
        put([f"第{pg + 1}页 共2页"])
        put(["序号", "姓名", "性别", "身份证号", "派出单位", "进修科室", "进修开始日期", "进修结束日期", "进修费用(元)",
             "是否结业"])
        for k in range(12):
            i = pg * 12 + k
            p = people[i]
            r = put([str(i + 1), p["name"], p["sex"], p["id"], p["rec"], p["dept"], p["start"].strftime("%Y/%m/%d"),
                     p["end"].strftime("%Y/%m/%d"), str(p["fee"]), "是" if p["done"] else "否"])
            tr_truth(fn, None, r, p, S1)
        put(["本页小计", "12人"])
    put(["合计", "24人"])
    put([SIGN.replace("    ", " ")])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r2_monthly_csv(path: Path):
    """青禾县中医医院: an ordinary monthly CSV (UTF-8 with BOM), months as rows."""
    fn = path.name
    vals = month_values([8100, 520, 96, 22, 8])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青禾县中医医院2024年业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份"] + [lab for lab, _ in MONTH_IND])
    for m in range(1, 13):
        w.writerow([f"2024年{m}月"] + [vals[m][f] for _, f in MONTH_IND])
        row("hospital_monthly_stats", fn, None, m + 2, dict(year=2024, month=m, **vals[m]),
            {"recipient_hospital_id": R2}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_r1_techniques(path: Path):
    """青禾县人民医院: an ordinary techniques list."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院2024年新技术新业务开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("无痛胃肠镜检查", "消化内科", dt.date(2024, 3, 18), 64, True),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 9), 21, True),
             ("经鼻高流量氧疗", "呼吸内科", dt.date(2024, 8, 2), 35, False)]
    for i, (name, dept, day, cases, gap) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, "是" if gap else "否", S1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=d(day),
                                                   cases=cases, fills_county_gap=gap),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    ws.append([SIGN])
    wb.save(path)


def f_r3_activities_csv(path: Path):
    """岚溪县人民医院: an ordinary activities CSV (UTF-8, no BOM)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"岚溪县人民医院2024年对口支援带教培训活动登记（{SYN}）", "", "", "", "", ""])
    w.writerow(["活动日期", "受援医院", "支援医院", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 14), "学术讲座", "胸痛中心建设", 42), (dt.date(2024, 4, 20), "教学查房", "慢阻肺急性加重", 15),
            (dt.date(2024, 6, 7), "手术示教", "腹腔镜疝修补术", 9), (dt.date(2024, 9, 26), "义诊", "重阳义诊", 120)]
    for k, (day, typ, topic, n) in enumerate(acts):
        w.writerow([day.isoformat(), R3, S1, typ, topic, n])
        row("activities", fn, None, k + 3, dict(activity_date=d(day), activity_type=typ, participants=n),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    w.writerow(["填表人：科教科", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8"))


ASSESSED = []


def f_r1_assessments(path: Path):
    """青禾县人民医院: an ordinary monthly assessment of three of the staff in the printed roster (by ID)."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人民医院派驻人员月度考核表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核年月", "考核分数", "在岗抽查次数", "在岗次数"])
    i = 0
    for name, number in ASSESSED:
        for m, sc in ((9, 95.0), (10, 92.5)):
            i += 1
            ws.append([i, name, number, S1, f"2024年{m}月", sc, 4, 4])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=sc, spot_checks=4, spot_checks_present=4),
                {"recipient_hospital_id": R1}, ["month"], id_number=number)
    ws.append([SIGN])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster_printed, "SYNTHETIC_省人民医院派驻人员花名册（打印版）.xlsx"),
             (f_s2_pages_as_sheets, "SYNTHETIC_省中医院派驻人员名单（按页导出）.xlsx"),
             (f_r3_received_xls, "SYNTHETIC_岚溪县人民医院接收派驻人员登记（续上表）.xls"),
             (f_s1_trainees_xls, "SYNTHETIC_省人民医院接收进修人员登记（打印）.xls"),
             (f_r4_trainees_csv, "SYNTHETIC_岚溪县妇幼保健院进修人员（打印稿）.csv"),
             (f_r1_monthly_landscape, "SYNTHETIC_青禾县人民医院2024年月度业务量（横向打印）.xlsx"),
             (f_r3_monthly_ods, "SYNTHETIC_岚溪县人民医院2024年业务量（横版两段）.ods"),
             (f_r2_monthly_csv, "SYNTHETIC_青禾县中医医院2024年业务量.csv"),
             (f_r1_techniques, "SYNTHETIC_青禾县人民医院新技术新业务2024.xlsx"),
             (f_r3_activities_csv, "SYNTHETIC_岚溪县人民医院带教培训活动2024.csv"),
             (f_r1_assessments, "SYNTHETIC_青禾县人民医院派驻人员月考核.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
