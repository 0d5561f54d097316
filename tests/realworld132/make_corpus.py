"""realworld132 corpus generator — SYNTHETIC / 合成数据. A fictional province (珩川省) for the first half of 2024:
aggregate returns (a city's 督导半年报 with a 汇总表 per county, a county's own 半年报 in .ods, the province's summary
with 合计 rows) beside the detailed rosters, trainee lists, technique lists, activity logs and monthly figures those
counts summarise. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,澜州市,汇总}/…, OUT/truth.json

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


S1, S2 = "珩川省人民医院", "澜州市中心医院"
R1, R2, R3 = "青檀县人民医院", "青檀县中医医院", "梧溪县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青檀县"), R2: ("二级", "乙等", "中医医院", "青檀县"),
         R3: ("二级", "甲等", "综合医院", "梧溪县")}
ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19750312", "021"), "su": ("990101", "19830721", "034"), "gu": ("990102", "19790905", "046"),
    "fang": ("990101", "19860117", "012"), "yan": ("990103", "19900428", "057"),
    "tang": ("990201", "19811009", "063"), "mo": ("990201", "19880226", "075"),
    "qiao": ("990311", "19930614", "082"), "lu": ("990311", "19910830", "018"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})
    if id_number:
        truth["id_numbers"].setdefault(id_number, [])


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 in the ordinary column order: 受援医院, 等级 "二级甲等", 类别, 所在县, 支援医院, 协议签订日期 (a date cell);
    the period in the title (2024—2026年); one pairing with its own 支援期限."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  珩川省城乡医院对口支援关系表（2024—2026年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 15), None), (R2, S2, dt.date(2023, 12, 22), None),
             (R3, S1, dt.date(2024, 1, 10), "2024年2月1日至2027年1月31日")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 2, 1), d(2027, 1, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


# ------------------------------------------------------------------------------------------- detailed forms
def f_s1_r1_roster(path: Path):
    """省人民医院 → 青檀县人民医院: an ordinary roster, 3 people (the 督导半年报 says 4)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"珩川省人民医院派驻青檀县人民医院人员名册（2024年上半年）{SYN}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期", "受援医院"])
    people = [("lin", "林远舟", "心血管内科", "主任医师", "正高级", "医疗", dt.date(2024, 1, 8), dt.date(2024, 6, 30)),
              ("su", "苏晚晴", "普外科", "副主任医师", "副高级", "医疗", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
              ("gu", "顾清和", "护理部", "主管护师", "中级", "护理", dt.date(2024, 4, 1), dt.date(2024, 9, 30))]
    for i, (k, name, dept, title, rank, cat, s, e) in enumerate(people, 1):
        ws.append([i, name, ID[k], dept, title, s, e, R1])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date", "department"], ID[k])
    ws.append(["合计", "3人"])
    ws.append(["填表人：医务部", None, None, "填报日期：2024年7月5日"])
    wb.save(path)


def f_s1_r3_roster_xls(path: Path):
    """省人民医院 → 梧溪县人民医院 (.xls): 2 people, 派驻时间 in one cell "2024.02.19-2024.08.18"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"省人民医院派驻梧溪县人民医院医务人员花名册（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "派出科室", "职称", "派驻时间", "受援单位"]):
        ws.write(1, j, h)
    people = [("fang", "方知遥", "骨科", "副主任医师", "副高级", "医疗", "2024.02.19-2024.08.18",
               d(2024, 2, 19), d(2024, 8, 18)),
              ("yan", "严若水", "医学影像科", "主治医师", "中级", "医疗", "2024.04.01-2024.09.30",
               d(2024, 4, 1), d(2024, 9, 30))]
    for i, (k, name, dept, title, rank, cat, per, s, e) in enumerate(people, 1):
        for j, v in enumerate([i, name, ID[k], dept, title, per, R3]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": S1, "recipient_hospital_id": R3}, ["start_date"], ID[k])
    wb.save(str(path))


def f_s2_r2_roster_csv(path: Path):
    """市中心医院 → 青檀县中医医院: CSV, UTF-8 with BOM, 2 people."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澜州市中心医院派驻青檀县中医医院人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "受援医院", "开始时间", "结束时间"])
    people = [("tang", "唐砚秋", "康复医学科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)),
              ("mo", "莫语迟", "护理部", "护师", "初级", "护理", d(2024, 3, 4), d(2024, 6, 3))]
    for i, (k, name, dept, title, rank, cat, s, e) in enumerate(people):
        w.writerow([name, ID[k], dept, title, R2, s, e])
        row("deployments", fn, None, 3 + i, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], ID[k])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_r1_trainees_csv(path: Path):
    """青檀县人民医院's trainees at 省人民医院: CSV in GBK, 2 people."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青檀县人民医院2024年上半年赴支援医院进修人员（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "进修开始日期", "进修结束日期"])
    for i, (k, name, dept, s, e) in enumerate([("qiao", "乔念安", "重症医学科", d(2024, 3, 1), d(2024, 8, 31)),
                                               ("lu", "陆听澜", "检验科", d(2024, 4, 1), d(2024, 6, 30))]):
        w.writerow([name, ID[k], dept, S1, s, e])
        row("trainees", fn, None, 3 + i, dict(department=dept, start_date=s, end_date=e),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], ID[k])
    path.write_bytes(buf.getvalue().encode("gbk"))


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


def f_r3_techniques_ods(path: Path):
    """梧溪县人民医院's new techniques (.ods): 2 techniques."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"梧溪县人民医院2024年上半年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, gap) in enumerate([("关节镜下半月板修复术", "骨科", "2024-03-15", 6, "是"),
                                                      ("CT冠状动脉成像", "医学影像科", "2024-05-20", 41, "否")], 1):
        rows.append([i, name, dept, day, cases, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    ods_doc(path, {sh: rows})


def f_r2_activities_xlsx(path: Path):
    """青檀县中医医院's activity log: 3 activities and a row with no date (held: the date is required)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜州市中心医院帮扶青檀县中医医院活动记录（2024年1—6月）{SYN}"])
    ws.append(["序号", "活动日期", "活动形式", "主题", "参加人数", "支援医院", "受援医院"])
    acts = [(dt.date(2024, 3, 14), "学术讲座", "脑卒中康复进展", 42),
            (dt.date(2024, 4, 18), "教学查房", "护理查房", 15),
            (dt.date(2024, 5, 23), "技术培训", "心肺复苏培训", 60)]
    for i, (day, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, n, S2, R2])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["activity_date"])
    ws.append([4, None, "疑难病例讨论", "（日期待补）", 10, S2, R2])
    quarantine(fn, sh, ws.max_row, "missing_required", "活动日期 blank: an activity without its date cannot be dated")
    ws.append(["填表：科教科"])
    wb.save(path)


def f_monthly_xlsx(path: Path):
    """青檀县人民医院's monthly figures, January–June."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青檀县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [18200 + 150 * m, 1310 + 12 * m, 305 + 4 * m, 52 - 2 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_monthly_csv(path: Path):
    """梧溪县人民医院's monthly figures, January–June: CSV in GBK."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"梧溪县人民医院2024年上半年业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [9400 + 80 * m, 702 + 9 * m, 141 + 3 * m, 33 - m]
        w.writerow([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R3}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- aggregate returns
AGG_HDR = ["序号", "受援医院", "支援医院", "派驻人数", "派驻人次", "累计派驻月数", "接收进修人数", "引进新技术项数",
           "开展活动次数", "培训人次", "外转率(%)"]
# per pairing: the counts the detailed forms give, except 派驻人数 of 省人民医院 → 青檀县人民医院 (4 here, 3 in the roster)
AGG = {R1: [R1, S1, 4, 4, 16, 2, 0, 0, 0, "3.1"], R2: [R2, S2, 2, 2, 9, 0, 0, 3, 117, "2.6"],
       R3: [R3, S1, 2, 2, 10, 0, 2, 0, 0, "4.0"]}


def f_city_halfyear(path: Path):
    """澜州市 督导半年报: a 汇总表 sheet per county (one row per pairing, count columns only, 县合计), a 说明 sheet."""
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "填报说明"
    ws0.append([f"澜州市2024年上半年城乡医院对口支援督导半年报  {SYN}"])
    ws0.append(["1. 各县按受援医院逐行填报，数据截至2024年6月30日。"])
    ws0.append(["2. 外转率=转出人次/出院人数×100%。"])
    for county, recips in (("青檀县", [R1, R2]), ("梧溪县", [R3])):
        ws = wb.create_sheet(f"{county}汇总表")
        ws.append([f"{county}城乡医院对口支援工作督导汇总表（2024年上半年）{SYN}"])
        ws.append(AGG_HDR)
        for i, r in enumerate(recips, 1):
            ws.append([i, *AGG[r]])
        if len(recips) > 1:
            tot = [sum(AGG[r][k] for r in recips) for k in range(2, 9)]
            ws.append([f"{county}合计", None, None, *tot, None])
        ws.append(["填报单位：" + county + "卫生健康局", None, None, None, "审核人：", None, "2024年7月10日"])
    wb.save(path)


def f_county_halfyear_ods(path: Path):
    """青檀县's own 半年报 (.ods): the same two rows as the city's sheet, with 县合计."""
    rows = [[f"青檀县2024年上半年对口支援工作半年报（{SYN}）"], ["填报单位：青檀县卫生健康局"], AGG_HDR]
    for i, r in enumerate([R1, R2], 1):
        rows.append([i, *[float(x) if isinstance(x, int) else x for x in AGG[r]]])
    rows.append(["合计", None, None, *[float(AGG[R1][k] + AGG[R2][k]) for k in range(2, 9)], None])
    ods_doc(path, {"半年报": rows})


def f_province_summary(path: Path):
    """珩川省 summary: one row per city and county with 合计 rows (澜州市合计, 全省合计); a second city's counties too."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全省汇总"
    ws.append([f"珩川省2024年上半年城乡医院对口支援工作情况汇总表  {SYN}"])
    ws.append(["地区", "受援医院数", "派驻人数", "派驻人次", "累计派驻月数", "接收进修人数", "引进新技术项数",
               "开展活动次数", "培训人次", "外转率(%)"])
    qt = [2] + [AGG[R1][k] + AGG[R2][k] for k in range(2, 9)]
    wx = [1] + [AGG[R3][k] for k in range(2, 9)]
    ws.append(["青檀县", *qt, "2.9"])
    ws.append(["梧溪县", *wx, "4.0"])
    lz = [a + b for a, b in zip(qt, wx)]
    ws.append(["澜州市合计", *lz, "3.3"])
    other = [3, 5, 5, 22, 4, 3, 6, 240]
    ws.append(["沂岚市合计", *other, "5.2"])
    ws.append(["全省合计", *[a + b for a, b in zip(lz, other)], "4.1"])
    ws.append(["注：本表由各市督导半年报汇总，数据虚构（合成数据）。"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "澜州市", "汇总"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_珩川省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_r1_roster, "澜州市", "SYNTHETIC_省人民医院派驻青檀县人民医院人员名册2024上半年.xlsx"),
             (f_s1_r3_roster_xls, "澜州市", "SYNTHETIC_省人民医院派驻梧溪县人民医院花名册.xls"),
             (f_s2_r2_roster_csv, "澜州市", "SYNTHETIC_市中心医院派驻青檀县中医医院人员.csv"),
             (f_r1_trainees_csv, "澜州市", "SYNTHETIC_青檀县人民医院进修人员2024上半年.csv"),
             (f_r3_techniques_ods, "澜州市", "SYNTHETIC_梧溪县人民医院新技术新项目2024上半年.ods"),
             (f_r2_activities_xlsx, "澜州市", "SYNTHETIC_青檀县中医医院帮扶活动记录1-6月.xlsx"),
             (f_monthly_xlsx, "澜州市", "SYNTHETIC_青檀县人民医院业务量1-6月.xlsx"),
             (f_monthly_csv, "澜州市", "SYNTHETIC_梧溪县人民医院业务量2024上半年.csv"),
             (f_city_halfyear, "汇总", "SYNTHETIC_澜州市2024年上半年对口支援督导半年报.xlsx"),
             (f_county_halfyear_ods, "汇总", "SYNTHETIC_青檀县对口支援半年报2024.ods"),
             (f_province_summary, "汇总", "SYNTHETIC_珩川省对口支援工作情况汇总表2024上半年.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["aggregate_files"] = [n for _, folder, n in files if folder == "汇总"]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(truth["id_numbers"].items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
