"""realworld112 corpus generator — SYNTHETIC / 合成数据. A fictional province (岑澜省) for 2024, focused on new
techniques (新技术新项目) through their life: a recipient's 申报表 (拟开展: a plan), its 准入审批 list (an approval,
not a performance), its year-end 开展情况 (新技术 and 新项目 in two sections, 本年 and 累计 cases, a technique from two
support hospitals, 填补县域 / 市内 / 院内空白, a technique stopped, one not yet performed), other recipients' own
lists (CSV in GBK, ods, xls with tick columns) and the county health bureau's 汇总表 repeating the hospitals' lists
under other names (LC, PVP …). Around it, an ordinary pairing list in reference/ and ordinary roster, trainee,
activity and monthly files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,蔺溪县,苕峰县,县卫健局}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
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


P1, P2, C1 = "岑澜省人民医院", "岑澜省第二人民医院", "霁州市中心医院"
LX, LXTCM, TF, TFMCH = "蔺溪县人民医院", "蔺溪县中医医院", "苕峰县人民医院", "苕峰县妇幼保健院"
RECIP = {LX: ("二级甲等", "综合", "蔺溪县", "二级", "甲等", "综合医院"),
         LXTCM: ("二级甲等", "中医", "蔺溪县", "二级", "甲等", "中医医院"),
         TF: ("二级乙等", "综合", "苕峰县", "二级", "乙等", "综合医院"),
         TFMCH: ("二级", "妇幼", "苕峰县", "二级", None, "妇幼保健院")}

ID = {k: idn(*v) for k, v in {
    "han": ("990301", "19760312", "035"), "qi": ("990302", "19880705", "046"), "shi": ("990301", "19700921", "013"),
    "lan": ("990411", "19910214", "062"), "mo": ("990411", "19930830", "027"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "field_rules": {"name": "contains"}}


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def tech(name, dept, first, cases, gap):
    return dict(name=name, department=dept, first_performed_date=first, cases=cases, fills_county_gap=gap)


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限 (one filled; else the title's
    2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  岑澜省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(LX, P1, dt.date(2023, 12, 15), None), (LX, P2, dt.date(2024, 2, 20), "2024年3月1日至2026年12月31日"),
             (LXTCM, P2, dt.date(2023, 12, 15), None), (TF, C1, dt.date(2023, 12, 28), None),
             (TFMCH, C1, dt.date(2023, 12, 28), None)]
    for i, (r, s, agr, per) in enumerate(pairs, 1):
        lg, cat, county = RECIP[r][:3]
        ws.append([i, r, lg, cat, county, s, agr, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agr.isoformat(), "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_lg, _c, county, level, grade, cat) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, P2, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 蔺溪县
def f_lx_application(path: Path):
    """蔺溪县人民医院's 申报表: techniques it plans (拟开展时间, 预计例数) — a plan, no technique performed."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws.append([f"蔺溪县人民医院2024年度新技术新项目申报表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["填报单位：蔺溪县人民医院", None, None, None, "填报日期：2024年1月8日"])
    ws.append(["序号", "拟开展项目名称", "申报科室", "拟开展时间", "预计例数（年）", "合作支援医院", "项目负责人"])
    for i, (name, dept, when, n, sup, who) in enumerate([
            ("腹腔镜下胆囊切除术", "普外科", dt.date(2024, 4, 1), 40, P1, "某主任"),
            ("经皮椎体成形术", "骨科", dt.date(2024, 3, 1), 30, P2, "某主任"),
            ("椎管内分娩镇痛", "妇产科", dt.date(2024, 6, 1), 60, f"{P1}、{P2}", "某主任"),
            ("冠状动脉造影术", "心内科", dt.date(2024, 3, 1), 20, P1, "某主任"),
            ("血液透析滤过", "肾内科", dt.date(2024, 10, 1), 50, P1, "某主任")], 1):
        ws.append([i, name, dept, when, n, sup, who])
        ws.cell(ws.max_row, 4).number_format = "yyyy年m月"
    ws.append(["医务科意见：同意申报", None, None, None, "院长签字："])
    wb.save(path)


def f_lx_approval(path: Path):
    """蔺溪县人民医院's 医疗技术临床应用准入审批 list (xls): an approval with its dates — not a first performance."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("准入审批")
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"蔺溪县人民医院2024年新技术新项目准入审批一览表（{SYN}）")
    hdr = ["序号", "项目名称", "申请科室", "技术类别", "申请日期", "医学伦理与技术论证意见", "审批结果", "批准日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [("腹腔镜胆囊切除术", "普外科", "新技术", dt.date(2024, 2, 1), "论证通过", "同意准入", dt.date(2024, 3, 6)),
             ("经皮椎体成形术（PVP）", "骨科", "新技术", dt.date(2023, 8, 10), "论证通过", "同意准入", dt.date(2023, 9, 12)),
             ("分娩镇痛（椎管内）", "妇产科", "新技术", dt.date(2024, 3, 15), "论证通过", "同意准入", dt.date(2024, 4, 20)),
             ("冠状动脉造影", "心内科", "新技术", dt.date(2024, 1, 20), "论证通过", "同意准入", dt.date(2024, 2, 26)),
             ("PICC维护门诊", "护理部", "新项目", dt.date(2024, 3, 1), "论证通过", "同意准入", dt.date(2024, 4, 2)),
             ("血液透析滤过", "肾内科", "新技术", dt.date(2024, 5, 9), "设备未到位", "暂缓准入", None)]
    for i, (name, dept, kind, ap, op, res, ok) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, dept, kind, ap, op, res, ok]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, datefmt)
            elif v is not None:
                ws.write(r, j, v)
    ws.write(2 + len(items), 0, "医疗技术临床应用管理委员会（盖章）")
    wb.save(str(path))


def f_lx_performed(path: Path):
    """蔺溪县人民医院's year-end 开展情况: 一、新技术 and 二、新项目 in two sections; 本年 and 累计 cases; a
    technique from two support hospitals; 填补县域 / 市内 / 院内空白; 停止开展; one not yet performed."""
    fn, sh = path.name, "开展情况"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蔺溪县人民医院2024年度新技术新项目开展情况统计表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "项目名称", "科室", "技术来源（支援医院）", "首次开展日期", "本年开展例数", "累计开展例数",
               "填补空白情况", "开展状态"])
    sections = [("一、新技术", [
        ("腹腔镜下胆囊切除术", "普外科", P1, dt.date(2024, 4, 18), 46, 46, "填补县域空白", "正常开展",
         tech("腹腔镜下胆囊切除术", "普外科", d(2024, 4, 18), 46, True), P1),
        ("经皮椎体成形术（PVP）", "骨科", P2, dt.date(2023, 10, 9), 21, 33, "填补院内空白", "正常开展",
         tech("经皮椎体成形术", "骨科", d(2023, 10, 9), 21, False), P2),
        ("椎管内分娩镇痛", "妇产科", f"{P1}、{P2}", dt.date(2024, 6, 3), 58, 58, "填补市内空白", "正常开展",
         tech("椎管内分娩镇痛", "妇产科", d(2024, 6, 3), 58, True), None),
        ("冠状动脉造影术", "心内科", P1, dt.date(2024, 3, 12), 9, 9, "填补县域空白", "停止开展（2024年9月起设备故障）",
         tech("冠状动脉造影术", "心内科", d(2024, 3, 12), 9, True), P1),
    ]), ("二、新项目", [
        ("PICC维护门诊", "护理部", P2, dt.date(2024, 5, 6), 132, 132, "填补院内空白", "正常开展",
         tech("PICC维护门诊", "护理部", d(2024, 5, 6), 132, False), P2),
        ("血液透析滤过", "肾内科", P1, None, 0, 0, "—", "拟开展（设备未到位）", None, None),
    ])]
    n = 0
    for title, items in sections:
        ws.append([title])
        for name, dept, src, first, year, cum, gap, status, fields, sup in items:
            n += 1
            ws.append([n, name, dept, src, first, year, cum, gap, status])
            r = ws.max_row
            ws.cell(r, 5).number_format = "yyyy-mm-dd"
            if fields is None:
                hold(fn, sh, r, "missing_required", "拟开展 (not yet performed): no 首次开展日期")
                continue
            hosp = {"recipient_hospital_id": LX}
            if sup:
                hosp["support_hospital_id"] = sup
            else:
                fields = dict(fields, support_hospital_id=None)
            row("techniques", fn, sh, r, fields, hosp, ["first_performed_date"])
    ws.append(["合计", f"{n}项", None, None, None, "=SUM(F4:F10)", "=SUM(G4:G10)"])
    ws.append(["填报人：医务科", None, None, "审核人：", None, "填报日期：2025年1月10日"])
    wb.save(path)


def f_lxtcm_performed_csv(path: Path):
    """蔺溪县中医医院 (CSV, GBK): 开展例数 given as cumulative since introduction (all introduced in 2024);
    是否填补县域空白 是/否; its one support hospital written in a column."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"蔺溪县中医医院2024年新技术新项目开展情况（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["序号", "项目名称", "科室", "开展日期", "开展例数（自开展以来累计）", "是否填补县域空白", "支援单位"])
    r = 2
    for i, (name, dept, when, n, gap, day, gapv) in enumerate([
            ("小针刀松解术", "骨伤科", "2024/3/20", 37, "是", d(2024, 3, 20), True),
            ("穴位埋线减重", "针灸推拿科", "2024/7/8", 64, "否", d(2024, 7, 8), False)], 1):
        w.writerow([i, name, dept, when, n, gap, P2])
        r += 1
        row("techniques", fn, None, r, tech(name, dept, day, n, gapv),
            {"recipient_hospital_id": LXTCM, "support_hospital_id": P2}, ["name"])
    w.writerow(["填表人：医务科", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_lx_roster(path: Path):
    """An ordinary roster of the two support hospitals' staff at 蔺溪县人民医院 (the recipient in the title)."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"派驻蔺溪县人民医院医务人员花名册（2024年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻起始日期", "派驻结束日期"])
    for i, (key, name, sup, dept, title, rank, s, e) in enumerate([
            ("han", "韩松岳", P1, "普外科", "副主任医师", "副高级", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
            ("qi", "祁雪柔", P2, "妇产科", "主治医师", "中级", dt.date(2024, 5, 6), dt.date(2024, 11, 5)),
            ("shi", "施念安", P1, "心血管内科", "主任医师", "正高级", dt.date(2024, 3, 1), dt.date(2024, 8, 31))], 1):
        ws.append([i, name, ID[key], sup, dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category="医疗",
                                           start_date=s.isoformat(), end_date=e.isoformat()),
            {"support_hospital_id": sup, "recipient_hospital_id": LX}, ["start_date"], id_number=ID[key])
    ws.append(["制表：医务科", None, None, None, "2025年1月6日"])
    wb.save(path)


def f_lxtcm_trainees_ods(path: Path):
    """蔺溪县中医医院's trainees at 岑澜省第二人民医院 (.ods)."""
    fn, sh = path.name, "进修人员"
    rows = [[f"蔺溪县中医医院2024年外出进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期"]]
    for i, (key, name, dept, s, e) in enumerate([
            ("lan", "蓝若溪", "骨科", dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
            ("mo", "莫清和", "康复医学科", dt.date(2024, 9, 2), dt.date(2025, 3, 1))], 1):
        rows.append([i, name, ID[key], dept, P2, s, e])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat()),
            {"recipient_hospital_id": LXTCM, "host_hospital_id": P2}, ["start_date"], id_number=ID[key])
    rows.append(["填表人：科教科"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 苕峰县
def f_tf_performed_xls(path: Path):
    """苕峰县人民医院's own list (xls): three tick columns 填补县域空白 | 填补市内空白 | 填补院内空白, the name
    written with its abbreviation in brackets (腹腔镜胆囊切除术（LC）), a 帮扶单位 column."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"苕峰县人民医院2024年开展新技术新项目情况表（{SYN}）")
    hdr = ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "填补县域空白", "填补市内空白", "填补院内空白",
           "帮扶单位"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [("经鼻胃镜检查", "消化内科", dt.date(2024, 5, 10), 88, (1, 0, 0), True),
             ("超声引导下神经阻滞", "麻醉科", dt.date(2024, 9, 2), 41, (0, 0, 1), False),
             ("腹腔镜胆囊切除术（LC）", "普外科", dt.date(2024, 7, 1), 19, (0, 1, 0), True)]
    for i, (name, dept, first, n, ticks, gapv) in enumerate(items, 1):
        r = 1 + i
        ws.write(r, 0, i)
        ws.write(r, 1, name)
        ws.write(r, 2, dept)
        ws.write(r, 3, first, datefmt)
        ws.write(r, 4, n)
        for j, t in enumerate(ticks):
            if t:
                ws.write(r, 5 + j, "√")
        ws.write(r, 8, C1)
        row("techniques", fn, sh, r + 1, tech(name.split("（")[0], dept, first.isoformat(), n, gapv),
            {"recipient_hospital_id": TF, "support_hospital_id": C1}, ["first_performed_date"])
    ws.write(2 + len(items), 0, "注：在相应空白类别下打“√”。")
    wb.save(str(path))


def f_tfmch_performed_ods(path: Path):
    """苕峰县妇幼保健院's own list (.ods): 填补空白 written as 填补县域空白 / 填补院内空白; 新技术 and 新项目 as a
    类别 column; support hospital from its one pairing, written."""
    fn, sh = path.name, "2024年"
    rows = [[f"苕峰县妇幼保健院新技术新项目开展情况（2024年度）（{SYN}）"],
            ["序号", "类别", "名称", "开展科室", "首例开展日期", "开展例数", "填补空白", "支援医院"]]
    for i, (kind, name, dept, first, n, gap, gapv) in enumerate([
            ("新技术", "新生儿经皮胆红素筛查", "新生儿科", dt.date(2024, 2, 26), 310, "填补县域空白", True),
            ("新技术", "宫腔镜检查术", "妇科", dt.date(2024, 8, 15), 27, "填补院内空白", False),
            ("新项目", "孕妇学校线上课堂", "保健部", dt.date(2024, 4, 1), 12, "填补县域空白", True)], 1):
        rows.append([i, kind, name, dept, first, n, gap, C1])
        row("techniques", fn, sh, len(rows), tech(name, dept, first.isoformat(), n, gapv),
            {"recipient_hospital_id": TFMCH, "support_hospital_id": C1}, ["name"])
    rows.append(["填报人：", None, None, "联系电话：", None, "报送日期：2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_tf_monthly(path: Path):
    """苕峰县人民医院's monthly workload (ordinary)."""
    fn, sh = path.name, "1-4月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苕峰县人民医院2024年1—4月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 5):
        v = [18200 + 310 * m, 1350 + 21 * m, 301 + 7 * m, 52 - 3 * m]
        ws.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": TF}, ["month"])
    ws.append(["统计：病案统计室"])
    wb.save(path)


def f_c1_activities(path: Path):
    """霁州市中心医院's activity log at its two recipients (ordinary)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁州市中心医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.append(["序号", "日期", "受援单位", "活动类型", "主题", "参加人数"])
    for i, (day, rec, typ, topic, n) in enumerate([
            (dt.date(2024, 4, 9), TF, "手术示教", "腹腔镜胆囊切除术示教", 14),
            (dt.date(2024, 5, 21), TFMCH, "学术讲座", "新生儿黄疸的筛查与管理", 36),
            (dt.date(2024, 10, 16), TF, "教学查房", "胃镜检查前后护理查房", 22)], 1):
        ws.append([i, day, rec, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": C1}, ["activity_date"])
    wb.save(path)


def f_tf_application_csv(path: Path):
    """苕峰县人民医院's 2025 申报表 (CSV, UTF-8 with BOM): planned techniques (计划开展时间, 预计例数) — no row."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"苕峰县人民医院2025年新技术新项目申报汇总（{SYN}）", "", "", "", ""])
    w.writerow(["序号", "拟开展项目", "科室", "计划开展时间", "预计例数"])
    w.writerow(["1", "经皮肾镜碎石取石术", "泌尿外科", "2025年3月", "30"])
    w.writerow(["2", "无痛胃肠镜检查", "消化内科", "2025年5月", "200"])
    w.writerow(["申报单位：苕峰县人民医院", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 县卫健局
def f_bureau_summary(path: Path):
    """蔺溪县卫生健康局's 汇总表 of all its recipients' techniques: the hospitals' own lists again under short
    names (LC, PVP, 冠脉造影), month-only dates and cumulative cases — and one technique of a hospital in no
    pairing (蔺溪县妇幼保健院), which only this file reports."""
    fn, sh = path.name, "汇总表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蔺溪县2024年城乡医院对口支援新技术新项目汇总表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：蔺溪县卫生健康局", None, None, None, None, "2025年1月20日"])
    ws.append(["序号", "受援单位", "项目名称", "支援单位", "开展时间", "开展例数（累计）", "填补空白类型", "备注"])
    items = [(LX, "LC", P1, "2024年4月", 46, "县域空白", None),
             (LX, "PVP", P2, "2023年10月", 33, "院内空白", None),
             (LX, "分娩镇痛", "省医、省二院", "2024年6月", 58, "市内空白", None),
             (LX, "冠脉造影", P1, "2024年3月", 9, "县域空白", "已停止"),
             (LX, "PICC维护门诊", P2, "2024年5月", 132, "院内空白", None),
             (LXTCM, "小针刀松解术", P2, "2024年3月", 37, "县域空白", None),
             (LXTCM, "穴位埋线减重", P2, "2024年7月", 64, None, None),
             ("蔺溪县妇幼保健院", "盆底康复治疗", P1, dt.date(2024, 5, 20), 76, "县域空白", "该院未单独报送")]
    for i, (rec, name, sup, when, n, gap, note) in enumerate(items, 1):
        ws.append([i, rec, name, sup, when, n, gap, note])
        if isinstance(when, dt.date):
            ws.cell(ws.max_row, 5).number_format = "yyyy-mm-dd"
            hold(fn, sh, ws.max_row, "unresolved_hospital", "蔺溪县妇幼保健院 is in no pairing list")
    ws.append(["合计", "8项", None, None, None, "=SUM(F4:F11)"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "蔺溪县", "苕峰县", "县卫健局"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_岑澜省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_lx_application, "蔺溪县", "SYNTHETIC_蔺溪县人民医院2024年新技术新项目申报表.xlsx"),
             (f_lx_approval, "蔺溪县", "SYNTHETIC_蔺溪县人民医院新技术准入审批一览表2024.xls"),
             (f_lx_performed, "蔺溪县", "SYNTHETIC_蔺溪县人民医院2024年度新技术新项目开展情况.xlsx"),
             (f_lxtcm_performed_csv, "蔺溪县", "SYNTHETIC_蔺溪县中医医院新技术开展情况2024.csv"),
             (f_lx_roster, "蔺溪县", "SYNTHETIC_蔺溪县人民医院派驻人员花名册2024.xlsx"),
             (f_lxtcm_trainees_ods, "蔺溪县", "SYNTHETIC_蔺溪县中医医院进修人员2024.ods"),
             (f_tf_performed_xls, "苕峰县", "SYNTHETIC_苕峰县人民医院2024年新技术开展情况.xls"),
             (f_tfmch_performed_ods, "苕峰县", "SYNTHETIC_苕峰县妇幼保健院新技术新项目2024.ods"),
             (f_tf_monthly, "苕峰县", "SYNTHETIC_苕峰县人民医院业务量2024年1-4月.xlsx"),
             (f_c1_activities, "苕峰县", "SYNTHETIC_霁州市中心医院帮扶活动登记2024.xlsx"),
             (f_tf_application_csv, "苕峰县", "SYNTHETIC_苕峰县人民医院2025年新技术新项目申报.csv"),
             (f_bureau_summary, "县卫健局", "SYNTHETIC_蔺溪县卫健局2024年新技术新项目汇总表.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
