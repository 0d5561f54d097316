"""realworld133 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024 where one county
hospital (青檀县人民医院) is at the same time supported by a tertiary hospital (三级医院对口帮扶县级医院, 琅岫省人民医院)
and by a city hospital (城市医院支援, 澄川市第一人民医院), and itself supports two township centres (县医院支援乡镇
卫生院). Its own workbook has a sheet per supporter / programme; around it, ordinary files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄川市,青檀县}/…, OUT/truth.json

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


S1, S2 = "琅岫省人民医院", "澄川市第一人民医院"
QT, WL, WLTCM = "青檀县人民医院", "雾岭县人民医院", "雾岭县中医医院"
BS, LX = "青檀县白石镇中心卫生院", "青檀县柳溪乡卫生院"
P_T, P_C, P_X = "三级医院对口帮扶县级医院", "城市医院支援", "县医院支援乡镇卫生院"

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19740512", "031"), "gu": ("990301", "19850817", "046"), "fang": ("990302", "19800203", "022"),
    "tang": ("990401", "19780921", "015"), "yan": ("990401", "19870114", "063"),
    "meng": ("990501", "19830707", "037"), "song": ("990501", "19900330", "054"),
    "qiao": ("990502", "19820611", "018"), "yu": ("990502", "19891225", "029"),
    "ning": ("990303", "19760418", "041"), "cao": ("990402", "19810909", "072"),
    "xia": ("990501", "19930101", "085"), "lu": ("990501", "19910606", "096"), "zhou": ("990503", "19950315", "013"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "住院医师": ("初级", "医疗"), "主管护师": ("中级", "护理"), "副主任护师": ("副高级", "护理"),
          "主管技师": ("中级", "医技"), "副主任中医师": ("副高级", "医疗"), "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as one cell (二级甲等), 类别 = the institution's category, 帮扶类型 = the programme;
    the period in the title (2024—2026年) and a 支援期限 only for the county → township rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岫省城乡医院对口支援关系一览表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "帮扶类型", "协议签订日期", "支援期限"])
    rec = {QT: ("二级", "甲等", "综合医院", "青檀县"), WL: ("二级", "乙等", "综合医院", "雾岭县"),
           WLTCM: ("二级", "甲等", "中医医院", "雾岭县"), BS: ("一级", None, "乡镇卫生院", "青檀县"),
           LX: ("一级", None, "乡镇卫生院", "青檀县")}
    pairs = [(QT, S1, P_T, dt.date(2023, 12, 18), None), (QT, S2, P_C, dt.date(2024, 1, 9), None),
             (WL, S1, P_T, dt.date(2023, 12, 18), None), (WLTCM, S2, P_C, dt.date(2024, 1, 9), None),
             (BS, QT, P_X, dt.date(2024, 2, 26), "2024-3-1至2027-2-28"),
             (LX, QT, P_X, dt.date(2024, 2, 26), "2024-3-1至2027-2-28")]
    for i, (r, s, prog, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = rec[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, prog, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in rec.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- the focus workbook
def f_qt_ledger(path: Path):
    """青檀县人民医院's own ledger: 填报说明; a sheet per supporter (省人民医院派驻人员, 市第一人民医院派驻人员) and
    one for its own staff sent down (我院下派乡镇人员); activities where 主讲人单位 says which supporter ran it;
    techniques with a 帮扶单位 column; monthly statistics once for the hospital."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "填报说明"
    for t in ("青檀县人民医院2024年对口支援工作台账", f"（{SYN}）", "1. 各工作表分别填写，请勿合并。",
              "2. 派驻时间按实际到岗、离岗日期填写。"):
        ws.append([t])

    def roster(sh, support, people, note):
        w = wb.create_sheet(sh)
        w.append([f"{support}派驻青檀县人民医院人员名单（2024年）{SYN}"])
        w.merge_cells("A1:H1")
        w.append([note])
        w.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始时间", "派驻结束时间", "备注"])
        for i, p in enumerate(people, 1):
            key, name, dept, title, s, e, remark = p
            w.append([i, name, use_id(key) if key else None, dept, title, s, e, remark])
            r = w.max_row
            w.cell(r, 3).number_format = "@"
            for c in (6, 7):
                if isinstance(w.cell(r, c).value, dt.date):
                    w.cell(r, c).number_format = "yyyy-mm-dd"
            if s is None:
                quarantine(fn, sh, r, "missing_value", "派驻开始时间 blank (备注 待定): no start date")
                continue
            row("deployments", fn, sh, r, dep(dept, title, s.isoformat(), e.isoformat() if e else None),
                {"support_hospital_id": support, "recipient_hospital_id": QT}, ["start_date", "department"],
                id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
        w.append(["合计", f"{len(people)}人"])

    roster("省人民医院派驻人员", S1,
           [("lin", "林照川", "心血管内科", "主任医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3), None),
            ("gu", "顾岚清", "重症医学科", "主治医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3), None),
            ("fang", "方知微", "护理部", "主管护师", dt.date(2024, 9, 2), dt.date(2025, 3, 1), "第二批")],
           f"派出单位：{S1}　　接收单位：{QT}　　帮扶类型：{P_T}")
    roster("市第一人民医院派驻人员", S2,
           [("tang", "唐远舟", "骨科", "副主任医师", dt.date(2024, 4, 1), dt.date(2024, 9, 30), None),
            (None, "严晓禾", "检验科", "主管技师", dt.date(2024, 4, 1), dt.date(2024, 9, 30), "身份证号待补"),
            ("yan", "颜若水", "儿科", "主治医师", None, None, "人员待定")],
           f"派出单位：{S2}　　接收单位：{QT}　　帮扶类型：{P_C}")

    sh = "我院下派乡镇人员"
    w = wb.create_sheet(sh)
    w.append([f"青檀县人民医院下派乡镇卫生院人员（2024年）{SYN}"])
    w.merge_cells("A1:G1")
    w.append(["序号", "姓名", "身份证号", "科室", "职称", "下派单位", "下派时间"])
    down = [("meng", "孟春和", "内科", "主治医师", "白石镇中心卫生院", BS, "2024.3.1-2024.8.31",
             d(2024, 3, 1), d(2024, 8, 31)),
            ("song", "宋明溪", "妇产科", "住院医师", LX, LX, "2024.3.1-2024.8.31", d(2024, 3, 1), d(2024, 8, 31)),
            ("xia", "夏知秋", "外科", "主治医师", "青檀县红岩乡卫生院", None, "2024.9.1-2025.2.28", None, None)]
    for i, (key, name, dept, title, written, rec, period, s, e) in enumerate(down, 1):
        w.append([i, name, use_id(key), dept, title, written, period])
        w.cell(w.max_row, 3).number_format = "@"
        if rec is None:
            quarantine(fn, sh, w.max_row, "unresolved_hospital", "红岩乡卫生院 is in no pairing list")
            continue
        row("deployments", fn, sh, w.max_row, dep(dept, title, s, e),
            {"support_hospital_id": QT, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=ID[key])

    sh = "帮扶活动"
    w = wb.create_sheet(sh)
    w.append([f"青檀县人民医院接受帮扶活动登记（2024年）{SYN}"])
    w.append(["日期", "活动形式", "主题", "主讲人", "主讲人单位", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "学术讲座", "急性心梗的早期识别", "林照川", S1, 60, 60, S1),
            (dt.date(2024, 4, 18), "手术示教", "髋关节置换术", "唐远舟", S2, 15, 15, S2),
            (dt.date(2024, 5, 9), "教学查房", "重症肺炎查房", "顾岚清", "省人民医院", "约30人", None, S1),
            (dt.date(2024, 6, 20), "技术培训", "骨折外固定培训", "唐远舟", "市第一人民医院", 25, 25, S2),
            (dt.date(2024, 7, 11), "疑难病例讨论", "不明原因发热", "林照川", S1, 18, 18, S1)]
    for day, typ, topic, who, unit, n, nv, sup in acts:
        w.append([day, typ, topic, who, unit, n])
        w.cell(w.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, w.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QT, "support_hospital_id": sup}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, w.max_row, "UNPARSEABLE_OPTIONAL")

    sh = "新技术新项目"
    w = wb.create_sheet(sh)
    w.append([f"青檀县人民医院新技术新项目（2024年）{SYN}"])
    w.append(["序号", "项目名称", "开展科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶单位"])
    techs = [("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 2), 14, "是", S1),
             ("关节镜下半月板修复术", "骨科", dt.date(2024, 6, 5), 6, "是", S2),
             ("床旁连续性血液净化", "重症医学科", dt.date(2024, 5, 20), 9, "否", S1)]
    for i, (name, dept, day, cases, gap, sup) in enumerate(techs, 1):
        w.append([i, name, dept, day, cases, gap, sup])
        w.cell(w.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, w.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": QT, "support_hospital_id": sup}, ["name"])

    sh = "月度业务统计"
    w = wb.create_sheet(sh)
    w.append([f"青檀县人民医院2024年1—6月业务统计（{SYN}）"])
    w.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [21300 + 180 * m, 1460 + 21 * m, 310 + 7 * m, 52 - 3 * m]
        w.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, w.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QT}, ["month"])
    w.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青檀县 others
def f_qt_trainees_csv(path: Path):
    """青檀县人民医院 trainees sent to both supporters (进修单位 names which), CSV in GBK."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青檀县人民医院2024年外出进修人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修单位", "进修起止时间", "进修费用(元)", "是否结业"])
    r = 2
    for key, name, dept, host, period, fee, done, s, e in (
            ("qiao", "乔冬青", "麻醉科", S1, "2024-03-01至2024-08-31", "3000", "是", d(2024, 3, 1), d(2024, 8, 31)),
            ("yu", "余晚晴", "儿科", S2, "2024-04-01至2024-09-30", "0", "是", d(2024, 4, 1), d(2024, 9, 30)),
            ("lu", "陆青禾", "急诊科", S1, "2024-09-01至2025-02-28", "3000", "否", d(2024, 9, 1), d(2025, 2, 28))):
        w.writerow([name, use_id(key), dept, host, period, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                           completed=done == "是"),
            {"recipient_hospital_id": QT, "host_hospital_id": host}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_bs_trainees_csv(path: Path):
    """白石镇中心卫生院: its staff trained at the county hospital, CSV UTF-8 with BOM."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{BS}（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期"])
    r = 2
    for key, name, dept, s, e in (("zhou", "周小满", "检验科", "2024-04-08", "2024-07-07"),):
        w.writerow([name, use_id(key), dept, QT, s, e])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e),
            {"recipient_hospital_id": BS, "host_hospital_id": QT}, ["start_date"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


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


def f_lx_monthly_ods(path: Path):
    """柳溪乡卫生院 monthly figures (.ods), months as 2024年7月 … 2024年9月."""
    fn, sh = path.name, "业务量"
    rows = [[f"青檀县柳溪乡卫生院2024年第三季度业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in (7, 8, 9):
        v = [2100 + 40 * m, 61 + m, 3, 9 - m // 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LX}, ["month"])
    rows.append(["填报人：院办"])
    ods_doc(path, {sh: rows})


def f_qt_township_activities(path: Path):
    """青檀县人民医院's activities at the township centres (受援单位 per row; the county hospital runs them)."""
    fn, sh = path.name, "下乡活动"
    wb = openpyxl.Workbook()
    w = wb.active
    w.title = sh
    w.append([f"青檀县人民医院对口支援乡镇卫生院活动记录（{SYN}）"])
    w.append(["日期", "受援单位", "活动形式", "内容", "参加人数"])
    for day, rec, typ, topic, n in ((dt.date(2024, 4, 10), BS, "义诊", "高血压筛查义诊", 120),
                                    (dt.date(2024, 5, 16), LX, "技术培训", "心肺复苏培训", 22),
                                    (dt.date(2024, 6, 12), BS, "教学查房", "慢阻肺查房", 9)):
        w.append([day, rec, typ, topic, n])
        w.cell(w.max_row, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, w.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": QT}, ["activity_date"])
    wb.save(path)


def f_qt_assessments(path: Path):
    """青檀县人民医院 monthly assessment of staff received from both supporters (one sheet, 派出单位 per row)."""
    fn, sh = path.name, "2024年5月"
    wb = openpyxl.Workbook()
    w = wb.active
    w.title = sh
    w.append([f"青檀县人民医院派驻人员月度考核表 2024年5月（{SYN}）"])
    w.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查次数", "在岗次数"])
    for i, (key, name, sup, score, present) in enumerate((("lin", "林照川", S1, 95, 4), ("gu", "顾岚清", S1, 92.5, 4),
                                                          ("tang", "唐远舟", S2, 90, 3)), 1):
        w.append([i, name, use_id(key), sup, score, 4, present])
        w.cell(w.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, w.max_row,
            dict(year=2024, month=5, score=float(score), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": QT}, ["month"], id_number=ID[key])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 省直 / 澄川市
def f_s1_roster(path: Path):
    """琅岫省人民医院's roster for its other recipient (雾岭县人民医院) — an ordinary roster."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    w = wb.active
    w.title = sh
    w.append([f"琅岫省人民医院2024年派驻县级医院人员花名册（{SYN}）"])
    w.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻起始日期", "派驻结束日期"])
    for i, (key, name, dept, title, s, e) in enumerate((("ning", "宁致远", "神经内科", "副主任医师", dt.date(2024, 3, 11),
                                                         dt.date(2024, 9, 10)),), 1):
        w.append([i, name, use_id(key), dept, title, WL, s, e])
        w.cell(w.max_row, 3).number_format = "@"
        for c in (7, 8):
            w.cell(w.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, w.max_row, dep(dept, title, s.isoformat(), e.isoformat()),
            {"support_hospital_id": S1, "recipient_hospital_id": WL}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """澄川市第一人民医院 → 雾岭县中医医院 (.xls); dates as text 2024年3月18日."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    w = wb.add_sheet(sh)
    w.write(0, 0, f"澄川市第一人民医院派驻雾岭县中医医院人员（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻时间"]):
        w.write(1, j, h)
    w.write(2, 0, 1)
    for j, v in enumerate(["曹若谷", use_id("cao"), "针灸科", "副主任中医师", "2024年3月18日—2024年9月17日"], 1):
        w.write(2, j, v)
    row("deployments", fn, sh, 3, dep("针灸科", "副主任中医师", d(2024, 3, 18), d(2024, 9, 17)),
        {"support_hospital_id": S2, "recipient_hospital_id": WLTCM}, ["start_date"], id_number=ID["cao"])
    wb.save(str(path))


def f_wl_techniques_ods(path: Path):
    """雾岭县人民医院 techniques (.ods), supported by 琅岫省人民医院."""
    fn, sh = path.name, "新技术"
    rows = [[f"雾岭县人民医院2024年新技术开展情况（{SYN}）"],
            ["项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援医院"]]
    for name, dept, day, cases, gap in (("脑梗死静脉溶栓", "神经内科", "2024-05-06", 11, "是"),):
        rows.append([name, dept, day, cases, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=True),
            {"recipient_hospital_id": WL, "support_hospital_id": S1}, ["name"])
    ods_doc(path, {sh: rows})


def f_wltcm_monthly_csv(path: Path):
    """雾岭县中医医院 monthly figures, CSV UTF-8 without BOM."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"雾岭县中医医院2024年4—6月业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in (4, 5, 6):
        v = [8200 + 60 * m, 530 + 8 * m, 70 + m, 12 - m]
        w.writerow([f"2024-{m:02d}", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": WLTCM}, ["month"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_county_stats(path: Path):
    """省卫健委: county residents' admissions 2024 for the two counties."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    w = wb.active
    w.title = sh
    w.append([f"2024年各县县域内住院情况（{SYN}）"])
    w.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, tot, out in (("青檀县", "999301", 41230, 6120), ("雾岭县", "999302", 25870, 4480)):
        w.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, w.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澄川市", "青檀县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_qt_ledger, "青檀县", "SYNTHETIC_青檀县人民医院2024年对口支援工作台账.xlsx"),
             (f_qt_trainees_csv, "青檀县", "SYNTHETIC_青檀县人民医院外出进修人员2024.csv"),
             (f_bs_trainees_csv, "青檀县", "SYNTHETIC_白石镇中心卫生院进修人员.csv"),
             (f_lx_monthly_ods, "青檀县", "SYNTHETIC_柳溪乡卫生院业务量2024Q3.ods"),
             (f_qt_township_activities, "青檀县", "SYNTHETIC_青檀县人民医院下乡活动记录.xlsx"),
             (f_qt_assessments, "青檀县", "SYNTHETIC_青檀县人民医院派驻人员考核2024年5月.xlsx"),
             (f_s1_roster, "省直", "SYNTHETIC_琅岫省人民医院派驻人员花名册2024.xlsx"),
             (f_county_stats, "省直", "SYNTHETIC_县域住院情况2024.xlsx"),
             (f_s2_roster_xls, "澄川市", "SYNTHETIC_市一院派驻雾岭县中医医院人员.xls"),
             (f_wl_techniques_ods, "澄川市", "SYNTHETIC_雾岭县人民医院新技术2024.ods"),
             (f_wltcm_monthly_csv, "澄川市", "SYNTHETIC_雾岭县中医医院业务量4-6月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
