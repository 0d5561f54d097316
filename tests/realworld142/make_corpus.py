"""realworld142 corpus generator — SYNTHETIC / 合成数据. A fictional province (瑶岑省) for 2024 whose recipients sit
in autonomous counties and an autonomous prefecture: the pairing list in data/raw/reference/ writes them the long
official way (峨川彝族自治县人民医院, 岚山土家族苗族自治县中医医院, 格桑藏族自治州人民医院), the submissions the way
people say them (峨川县人民医院, 峨川自治县人民医院, 峨川彝族县医院, 岚山县中医院, 州人民医院, 格桑州医院 …), beside an
ordinary county with a similar stem (峨山县), a township centre of the autonomous county (白石镇卫生院), and a 藏医院
that is not the 中医院. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,峨川县,峨山县,岚山县,格桑州}/…, OUT/truth.json

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


# hospitals: the pairing list's official names
P1, P2, PTCM = "瑶岑省人民医院", "瑶岑省第二人民医院", "瑶岑省中医院"
EC = "峨川彝族自治县人民医院"
ES = "峨山县人民医院"
LS = "岚山土家族苗族自治县中医医院"
GSR = "格桑藏族自治州人民医院"
GSZ = "格桑藏族自治州藏医院"
BS = "峨川彝族自治县白石镇中心卫生院"
# recipient: (等级 as written, level, grade, category, county)
RECIP = {EC: ("二级甲等", "二级", "甲等", "综合医院", "峨川彝族自治县"),
         ES: ("二级甲等", "二级", "甲等", "综合医院", "峨山县"),
         LS: ("二级甲等", "二级", "甲等", "中医医院", "岚山土家族苗族自治县"),
         GSR: ("三级乙等", "三级", "乙等", "综合医院", "雅拉市"),
         GSZ: ("二级甲等", "二级", "甲等", "民族医院", "雅拉市"),
         BS: ("一级", "一级", None, "乡镇卫生院", "峨川彝族自治县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19750312", "031"), "tao": ("990101", "19870604", "042"), "he": ("990102", "19810917", "025"),
    "jiang": ("990101", "19790223", "016"), "shen": ("990103", "19860809", "057"), "han": ("990101", "19880130", "064"),
    "luo": ("990104", "19840715", "038"), "bai": ("990104", "19780521", "029"), "du": ("990104", "19891102", "011"),
    "qin": ("990105", "19850406", "072"), "shao": ("990105", "19770919", "043"), "wei": ("990105", "19900128", "054"),
    "ouyang": ("990105", "19730611", "035"), "cen": ("990105", "19910303", "026"),
    "ma": ("993101", "19920814", "047"), "long": ("993101", "19940227", "018"),
    "peng": ("993301", "19900505", "069"), "tian": ("993301", "19930716", "051"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def use_id(key):
    truth["id_numbers"].setdefault(ID[key], [])
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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


def date_cells(ws, r, cols, fmt="yyyy-mm-dd"):
    for c in cols:
        ws.cell(r, c).number_format = fmt


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as one word (二级甲等), 所在县 the official county name, the period in the title
    only (2024—2026年), one pairing with its own 支援期限 (the county hospital → its township centre)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：瑶岑省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(EC, P1, dt.date(2023, 12, 15), None), (ES, P2, dt.date(2023, 12, 15), None),
             (LS, PTCM, dt.date(2023, 12, 20), None), (GSR, P1, dt.date(2024, 1, 8), None),
             (GSZ, PTCM, dt.date(2024, 1, 8), None), (BS, EC, dt.date(2024, 2, 20), "2024年3月1日至2027年2月28日")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        date_cells(ws, ws.max_row, [7])
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，省、州、县及医院名称均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        # Generator correction after the first run (README): the list writes 民族医院; the national classification
        # of health institutions (and the contract's normalised categories: 中医 → 中医医院) names it 民族医医院 —
        # either is what a careful human reads.
        want = {"one_of": ["民族医院", "民族医医院"]} if cat == "民族医院" else cat
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": want, "county": county})
    for s in (P1, P2, PTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院: 派驻单位 written four ways for 峨川 (县人民医院, 自治县人民医院, 彝族县医院) and two for 格桑
    (格桑州人民医院, 格桑州医院); one person sent to 峨川县中医院 — a hospital in no pairing list (held)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"瑶岑省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期", "备注"])
    s1, e1 = dt.date(2024, 3, 1), dt.date(2024, 8, 31)
    s2, e2 = dt.date(2024, 4, 1), dt.date(2024, 9, 30)
    people = [("xu", "许知远", "心血管内科", "主任医师", "正高级", "医疗", "峨川县人民医院", EC, s1, e1),
              ("tao", "陶思雨", "普外科", "主治医师", "中级", "医疗", "峨川自治县人民医院", EC, s1, e1),
              ("he", "贺一鸣", "护理部", "副主任护师", "副高级", "护理", "峨川彝族县医院", EC, s1, e1),
              ("jiang", "江南星", "呼吸内科", "副主任医师", "副高级", "医疗", "格桑州人民医院", GSR, s2, e2),
              ("shen", "沈清和", "骨科", "主治医师", "中级", "医疗", "格桑州医院", GSR, s2, e2),
              ("han", "韩子墨", "中医科", "主治医师", "中级", "医疗", "峨川县中医院", None, s1, e1)]
    for i, (key, name, dept, title, rank, cat, written, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, written, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        date_cells(ws, r, [7, 8])
        if rec is None:
            hold(fn, sh, r, "unresolved_hospital", "峨川县中医院: no such hospital in the pairing list (峨川 has only "
                 "its 人民医院 and the 白石 centre there); never the 人民医院")
            continue
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append(["合计", "6人"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, "2025年1月6日"])
    wb.save(path)


def f_p2_roster_xls(path: Path):
    """省二院 (.xls): its recipient 峨山县人民医院 written 峨山县医院 and in full — the ordinary county whose stem
    resembles 峨川; dates as text "2024-03-04"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"瑶岑省第二人民医院2024年派驻峨山县人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("luo", "罗文博", "内科", "主治医师", "中级", "医疗", "峨山县医院", "2024-03-04", "2024-09-03"),
              ("bai", "白若兰", "妇产科", "副主任医师", "副高级", "医疗", "峨山县人民医院", "2024-03-04", "2024-09-03"),
              ("du", "杜振华", "麻醉科", "主治医师", "中级", "医疗", "峨山县医院", "2024-07-01", "2024-12-31")]
    for i, (key, name, dept, title, rank, cat, written, s, e) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, written, s, e]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": P2, "recipient_hospital_id": ES}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：人事科")
    wb.save(str(path))


def f_ptcm_roster_ods(path: Path):
    """省中医院 (.ods): 岚山县中医院, 岚山自治县中医医院, 格桑州藏医院, 州藏医院 — and one person at 格桑州中医院, a
    中医院 no list has (not the 藏医院: held)."""
    fn, sh = path.name, "派驻名单"
    rows = [[f"瑶岑省中医院2024年派驻人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻时间起", "派驻时间止"]]
    people = [("qin", "秦岚", "针灸科", "主治医师", "中级", "岚山县中医院", LS, "2024-03-01", "2024-08-31"),
              ("shao", "邵明", "脾胃病科", "副主任医师", "副高级", "岚山自治县中医医院", LS, "2024-03-01", "2024-08-31"),
              ("wei", "魏然", "康复科", "主治医师", "中级", "格桑州藏医院", GSZ, "2024-05-06", "2024-11-05"),
              ("ouyang", "欧阳辰", "骨伤科", "主任医师", "正高级", "州藏医院", GSZ, "2024-05-06", "2024-11-05"),
              ("cen", "岑远", "推拿科", "主治医师", "中级", "格桑州中医院", None, "2024-05-06", "2024-11-05")]
    for i, (key, name, dept, title, rank, written, rec, s, e) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, written, s, e])
        r = len(rows)
        if rec is None:
            hold(fn, sh, r, "unresolved_hospital", "格桑州中医院: a 中医院 in no pairing list; the 藏医院 is another "
                 "hospital")
            continue
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": PTCM, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    rows.append(["填报人：医务处", None, None, None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 峨川县
def f_ec_trainees_csv(path: Path):
    """峨川县人民医院 (CSV, UTF-8 with BOM): the recipient only in the 填报单位 line, written short."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：峨川县人民医院（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["2024年赴支援医院进修人员情况", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("ma", "马晓", "内科", "2024-03-01", "2024-08-31", "0", "是", True),
              ("long", "龙海", "急诊科", "2024-09-01", "2025-02-28", "0", "否", False)]
    r = 3
    for key, name, dept, s, e, fee, done, donev in people:
        w.writerow([name, use_id(key), dept, P1, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=0.0, completed=donev),
            {"recipient_hospital_id": EC, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    w.writerow(["合计：2人", "", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_ec_assessment(path: Path):
    """峨川彝族县医院 (as the file and title write it) assessing 省人民医院's three people in May."""
    fn, sh = path.name, "2024年5月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"峨川彝族县医院派驻人员月度考核表（2024年5月）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核分数", "抽查(次)", "在岗(次)"])
    for i, (key, name, sc, present) in enumerate((("xu", "许知远", 95, 4), ("tao", "陶思雨", 88.5, 3),
                                                  ("he", "贺一鸣", 92, 4)), 1):
        ws.append([i, name, use_id(key), P1, sc, 4, present])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=5, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": EC}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办", None, None, None, "2024年6月3日"])
    wb.save(path)


def f_ec_monthly(path: Path):
    """峨川自治县人民医院 (title only), months 1—6."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"峨川自治县人民医院2024年1—6月主要业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [12100 + 230 * m, 910 + 21 * m, 205 + 6 * m, 44 - 3 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": EC}, ["month"])
    ws.append(["填表人：统计室", None, None, "2024年7月5日"])
    wb.save(path)


def f_bs_monthly_csv(path: Path):
    """白石镇卫生院 (CSV, GBK): the centre named short, its county as 峨川县 in the title."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"峨川县白石镇卫生院2024年7—9月业务量（{SYN}）", "", "", "", ""])
    w.writerow(["报送：白石镇卫生院", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 3
    for m in (7, 8, 9):
        v = [2150 + 40 * m, 96 + m, 12 + m % 3, 9 + m % 2]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": BS}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_ec_activities(path: Path):
    """峨川彝族自治县人民医院's activity register: sheet 县医院 (received from 省人民医院, the recipient written three
    ways) and sheet 白石 (given to its township centre: 白石镇卫生院, 峨川县白石镇中心卫生院)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县医院"
    ws.append([f"峨川彝族自治县人民医院2024年对口帮扶活动登记（{SYN}）"])
    ws.append(["日期", "受援单位", "支援单位", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 14), "峨川县医院", P1, "学术讲座", "急性胸痛的识别与转运", 46),
            (dt.date(2024, 4, 18), "峨川彝族自治县人民医院", P1, "教学查房", "慢阻肺急性加重查房", 18),
            (dt.date(2024, 5, 23), "峨川自治县人民医院", P1, "手术示教", "腹腔镜胆囊切除术", 9)]
    for day, rec, sup, typ, topic, n in acts:
        ws.append([day, rec, sup, typ, topic, n])
        date_cells(ws, ws.max_row, [1])
        row("activities", fn, "县医院", ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=n),
            {"recipient_hospital_id": EC, "support_hospital_id": P1}, ["activity_date"])
    ws2 = wb.create_sheet("白石")
    ws2.append([f"峨川彝族自治县人民医院帮扶白石镇中心卫生院活动登记（{SYN}）"])
    ws2.append(["日期", "受援单位", "支援单位", "活动形式", "主题", "参加人数"])
    for day, rec, typ, topic, n in ((dt.date(2024, 4, 10), "白石镇卫生院", "技术培训", "心肺复苏培训", 22),
                                    (dt.date(2024, 6, 12), "峨川县白石镇中心卫生院", "义诊", "高血压义诊", 60)):
        ws2.append([day, rec, "峨川县人民医院", typ, topic, n])
        date_cells(ws2, ws2.max_row, [1])
        row("activities", fn, "白石", ws2.max_row, dict(activity_date=day.isoformat(), activity_type=typ,
                                                      participants=n),
            {"recipient_hospital_id": BS, "support_hospital_id": EC}, ["activity_date"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 峨山县
def f_es_techniques(path: Path):
    """峨山县人民医院 — the ordinary county; file named 峨山县医院; its support hospital in a column."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"峨山县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "帮扶单位"])
    items = [("无痛分娩", "妇产科", dt.date(2024, 4, 2), 35, "是", True),
             ("超声引导下神经阻滞", "麻醉科", dt.date(2024, 7, 15), 48, "是", True),
             ("胃镜下息肉切除术", "内科", dt.date(2024, 9, 10), 12, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P2])
        date_cells(ws, ws.max_row, [4])
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": ES, "support_hospital_id": P2}, ["name"])
    ws.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 岚山县
def f_ls_trainees_xls(path: Path):
    """岚山县中医院 (.xls): "A2024年赴B进修" title — the recipient short (岚山县中医院), the host full."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岚山县中医院2024年赴瑶岑省中医院进修人员登记（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "进修科室", "进修单位", "进修开始", "进修结束", "费用(元)", "结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("peng", "彭雅", "针灸科", "2024-03-01", "2024-08-31", 0, "是", True),
              ("tian", "田野", "骨伤科", "2024-09-02", "2025-03-01", 0, "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, PTCM, s, e, fee, done]):
            ws.write(1 + i, j, v)
        row("trainees", fn, sh, 2 + i, dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                            completed=donev),
            {"recipient_hospital_id": LS, "host_hospital_id": PTCM}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_ls_techniques_ods(path: Path):
    """岚山自治县中医医院 (.ods): its support hospital in a 支援单位 column."""
    fn, sh = path.name, "新技术新业务"
    rows = [[f"岚山自治县中医医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "例数", "填补县域空白", "支援单位"]]
    items = [("温针灸治疗膝骨关节炎", "针灸科", "2024-04-16", 64, "是", True),
             ("小针刀松解术", "骨伤科", "2024-10-09", 21, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, PTCM])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": LS, "support_hospital_id": PTCM}, ["name"])
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 格桑州
def f_gsr_monthly(path: Path):
    """州人民医院: the prefecture said in a bracket after the title."""
    fn, sh = path.name, "7-9月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"州人民医院2024年7—9月主要业务量统计表（格桑州）（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    for m in (7, 8, 9):
        v = [30500 + 310 * m, 2410 + 35 * m, 760 + 11 * m, 31 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": GSR}, ["month"])
    ws.append(["填表人：统计科", None, None, "2024年10月8日"])
    wb.save(path)


def f_gsz_activities(path: Path):
    """格桑州藏医院: activities with 省中医院's experts; one row without its date (held)."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"格桑州藏医院2024年对口支援帮扶活动记录（{SYN}）"])
    ws.append(["日期", "活动形式", "主题", "参加人数", "主讲专家", "支援单位"])
    acts = [(dt.date(2024, 6, 5), "学术讲座", "中藏医结合治疗类风湿关节炎", 38),
            (dt.date(2024, 7, 17), "疑难病例讨论", "高原肺水肿病例讨论", 15),
            (None, "教学查房", "骨伤科教学查房", 12),
            (dt.date(2024, 9, 11), "技术培训", "针刺操作规范培训", 26)]
    for day, typ, topic, n in acts:
        ws.append([day, typ, topic, n, "某主任", PTCM])
        date_cells(ws, ws.max_row, [1])
        if day is None:
            hold(fn, sh, ws.max_row, "missing_required", "活动日期 blank: an activity with no date cannot be dated")
            continue
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": GSZ, "support_hospital_id": PTCM}, ["activity_date"])
    ws.append(["记录人：科教科", None, None, None, "2024年9月30日"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "峨川县", "峨山县", "岚山县", "格桑州"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_瑶岑省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_p2_roster_xls, "省直", "SYNTHETIC_省二院派驻峨山县人员名单.xls"),
             (f_ptcm_roster_ods, "省直", "SYNTHETIC_省中医院派驻人员2024.ods"),
             (f_ec_trainees_csv, "峨川县", "SYNTHETIC_峨川县人民医院进修人员2024.csv"),
             (f_ec_assessment, "峨川县", "SYNTHETIC_峨川彝族县医院派驻人员考核2024年5月.xlsx"),
             (f_ec_monthly, "峨川县", "SYNTHETIC_峨川自治县人民医院业务量1-6月.xlsx"),
             (f_bs_monthly_csv, "峨川县", "SYNTHETIC_白石镇卫生院业务量7-9月.csv"),
             (f_ec_activities, "峨川县", "SYNTHETIC_峨川县医院帮扶活动登记2024.xlsx"),
             (f_es_techniques, "峨山县", "SYNTHETIC_峨山县医院新技术2024.xlsx"),
             (f_ls_trainees_xls, "岚山县", "SYNTHETIC_岚山县中医院进修人员登记.xls"),
             (f_ls_techniques_ods, "岚山县", "SYNTHETIC_岚山自治县中医医院新技术2024.ods"),
             (f_gsr_monthly, "格桑州", "SYNTHETIC_州人民医院业务量7-9月.xlsx"),
             (f_gsz_activities, "格桑州", "SYNTHETIC_格桑州藏医院帮扶活动记录2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: v for k, v in sorted(truth["id_numbers"].items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
