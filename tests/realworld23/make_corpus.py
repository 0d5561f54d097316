"""realworld23 corpus generator — SYNTHETIC / 合成数据. A fictional prefecture-level city (岚江省澄川市) for 2024
as its 卫健委 collects it: the city's own pairing list in data/raw/reference/ and the e-mail attachments of the
city's hospitals, the county hospitals and township centres saved into one folder per county under 2024/.
The annual cycle's realities are in it: a correction (更正) of one hospital's earlier file, a late file (逾期补报),
2023 data sent again into the 2024 folder, one sheet per quarter. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024/{市直,青枫县,梧塘县,鹤汀县}}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in the
truth). Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


CC1, CCTCM, CCMCH = "澄川市人民医院", "澄川市中医医院", "澄川市妇幼保健院"
QF, WT, HTTCM, WTMCH = "青枫县人民医院", "梧塘县人民医院", "鹤汀县中医医院", "梧塘县妇幼保健院"
SX, LW = "石溪镇中心卫生院", "柳湾乡卫生院"
RECIP = {QF: ("二级", "甲等", "综合医院", "青枫县"), WT: ("二级", "甲等", "综合医院", "梧塘县"),
         HTTCM: ("二级", "乙等", "中医医院", "鹤汀县"), WTMCH: ("二级", None, "妇幼保健院", "梧塘县"),
         SX: ("一级", None, "乡镇卫生院", "青枫县"), LW: ("一级", None, "乡镇卫生院", "梧塘县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("994001", "19760312", "031"), "su": ("994001", "19850724", "042"), "gu": ("994002", "19790918", "015"),
    "fang": ("994001", "19810405", "036"), "yan": ("994003", "19880113", "024"),
    "qiao": ("994005", "19830630", "051"), "mu": ("994005", "19900215", "062"),
    "tang": ("994011", "19920506", "083"), "ye": ("994011", "19941012", "028"), "ning": ("994011", "19910203", "047"),
    "hua": ("994031", "19900327", "044"), "lan": ("994031", "19930809", "065"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


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


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


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


def monthly(fn, sh, r, recip, y, m, v, down=None):
    f = dict(year=y, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3])
    if down is not None:
        f["referrals_down_received"] = down
    row("hospital_monthly_stats", fn, sh, r, f, {"recipient_hospital_id": recip}, ["year", "month"])


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The city's own 附件1: 序号 | 支援医院 | 受援医院 | 受援医院级别 | 等次 | 类别 | 所在县 | 协议签订日期 |
    支援期限; city hospitals → county hospitals and county hospitals → township centres (县乡对口); one
    支援期限 "2024年3月1日至2027年2月28日", the others blank (→ the title's 2024—2026年); agreement dates as text and
    as a date cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄川市城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "受援医院级别", "等次", "类别", "所在县（市、区）", "协议签订日期",
               "支援期限"])
    pairs = [(CC1, QF, "2023年12月18日", dt.date(2023, 12, 18), None),
             (CC1, WT, "2023年12月18日", dt.date(2023, 12, 18), None),
             (CCTCM, HTTCM, dt.date(2024, 1, 9), dt.date(2024, 1, 9), "2024年3月1日至2027年2月28日"),
             (CCMCH, WTMCH, "2023年12月25日", dt.date(2023, 12, 25), None),
             (QF, SX, "2024年1月5日", dt.date(2024, 1, 5), None),
             (WT, LW, "2024年1月5日", dt.date(2024, 1, 5), None)]
    for i, (s, r, agt, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, agt, per])
        if isinstance(agt, dt.date):
            ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。县乡对口支援由县级医院负责。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (CC1, CCTCM, CCMCH):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 市直
def f_cc1_roster(path: Path):
    """市人民医院 roster to two recipients: 派驻开始/结束时间 as date cells shown "yyyy年m月d日"; one ID with a wrong
    check digit, one 15-digit ID, one person whose ID is "（待补）"; 合计 and 制表 rows."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄川市人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间", "备注"])
    wrong = ID["su"][:17] + ("0" if ID["su"][17] != "0" else "1")
    g = ID["gu"]
    fifteen = g[:6] + g[8:14] + g[14:17]
    people = [("lin", "林远澈", None, "心血管内科", "主任医师", QF, dt.date(2024, 3, 4), dt.date(2024, 8, 30),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 30)), ID["lin"], None),
              ("su", "苏晚晴", wrong, "呼吸内科", "主治医师", QF, dt.date(2024, 3, 4), dt.date(2024, 8, 30),
               dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 8, 30)), wrong, "ID_CHECK_DIGIT"),
              ("gu", "顾承安", fifteen, "普外科", "副主任医师", WT, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), ID["gu"], "ID_15_DIGIT"),
              ("fang", "方知夏", None, "护理部", "主管护师", WT, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30)), ID["fang"], None),
              (None, "温子衿", "（待补）", "检验科", "主管技师", QF, dt.date(2024, 9, 2), dt.date(2025, 2, 28),
               dep("检验科", "主管技师", "中级", "医技", d(2024, 9, 2), d(2025, 2, 28)), None, "NAME_ONLY")]
    for i, (key, name, sp, dept, title, rec, s, e, f, tid, code) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else sp, dept, title, rec, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy年m月d日"
        row("deployments", fn, sh, r, f, {"support_hospital_id": CC1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r, code)
    ws.append(["合计", "5人"])
    ws.append([])
    ws.append(["制表：医务处", None, None, "审核：", None, None, "2025年1月8日"])
    wb.save(path)


def f_cc1_activities_xls(path: Path):
    """市人民医院 activities (.xls): date cells, 受援单位 per row (two recipients), 参加人数 "约40人"."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"澄川市人民医院2024年对口支援带教培训活动登记表（{SYN}）")
    hdr = ["序号", "活动日期", "受援单位", "活动形式", "活动主题", "参加人数", "主讲人"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    acts = [(dt.date(2024, 3, 15), QF, "学术讲座", "急性胸痛的规范化诊治", 46, 46),
            (dt.date(2024, 4, 10), QF, "教学查房", "慢阻肺急性加重查房", 18, 18),
            (dt.date(2024, 5, 22), WT, "手术示教", "腹腔镜胆囊切除术", 9, 9),
            (dt.date(2024, 6, 14), WT, "技术培训", "院感防控培训", "约40人", None),
            (dt.date(2024, 9, 20), QF, "疑难病例讨论", "不明原因发热病例讨论", 22, 22)]
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 1):
        r = 1 + i
        ws.write(r, 0, i)
        ws.write(r, 1, day, date_style)
        for j, v in enumerate([rec, typ, topic, n, "某主任"], 2):
            ws.write(r, j, v)
        row("activities", fn, sh, r + 1, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": CC1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(2 + len(acts), 0, "填表人：科教科")
    wb.save(str(path))


def f_ccmch_roster_csv(path: Path):
    """市妇幼保健院 roster as a GBK CSV (saved from WPS): a 填报单位 line, the header in row 2, 派驻时间 as one
    range "2024.3.1-2024.8.31"."""
    fn = path.name
    rows = [[f"填报单位：澄川市妇幼保健院（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻单位", "派驻时间", "备注"]]
    people = [("qiao", "乔映雪", "产科", "副主任医师", "2024.3.1-2024.8.31",
               dep("产科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("mu", "穆清和", "儿童保健科", "主治医师", "2024.9.1-2025.2.28",
               dep("儿童保健科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)))]
    for key, name, dept, title, period, f in people:
        rows.append([name, use_id(key), dept, title, WTMCH, period, ""])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": CCMCH, "recipient_hospital_id": WTMCH},
            ["start_date", "department"], id_number=ID[key])
    write_csv(path, rows, "gbk")


def f_county_inpatient(path: Path):
    """市卫健委统计科: 县域住院流向 2024, one row per county, the code as text."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄川市各县2024年县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, tot, out in (("青枫县", "994010", 41230, 6120), ("梧塘县", "994020", 33815, 5790),
                                   ("鹤汀县", "994030", 25410, 4988)):
        ws.append([county, code, tot, out])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["合计", None, 100455, 16898])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青枫县
def f_qf_trainees_xlsx(path: Path):
    """青枫县人民医院 trainees at 市人民医院: 进修起止 as "2024年3月1日—2024年8月31日", fee "3000元", 结业 是/否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青枫县人民医院2024年赴上级医院进修人员登记表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "进修单位", "进修起止时间", "进修费用", "是否结业"])
    people = [("tang", "唐一苇", "急诊科", "2024年3月1日—2024年8月31日", "3000元", "是", d(2024, 3, 1), d(2024, 8, 31),
               3000.0, True),
              ("ye", "叶知秋", "麻醉科", "2024年3月1日—2024年8月31日", "3000元", "是", d(2024, 3, 1), d(2024, 8, 31),
               3000.0, True),
              ("ning", "宁静远", "影像科", "2024年9月2日—2025年2月28日", "0", "否", d(2024, 9, 2), d(2025, 2, 28),
               0.0, False)]
    for i, (key, name, dept, period, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, CC1, period, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                  completed=donev),
            {"recipient_hospital_id": QF, "host_hospital_id": CC1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, None, "填表日期：2025年1月10日"])
    wb.save(path)


QF_V = {m: [16800 + 230 * m, 1240 + 19 * m, 290 + 6 * m, 52 - 2 * m] for m in range(1, 13)}


def f_qf_quarterly_xlsx(path: Path):
    """青枫县人民医院 workload, one sheet per quarter (一季度 … 四季度), months "1月" …, a 小计 row per sheet."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for q, qname in enumerate(("一季度", "二季度", "三季度", "四季度")):
        ws = wb.create_sheet(qname)
        ws.append([f"青枫县人民医院2024年{qname}主要业务量（{SYN}）"])
        ws.merge_cells("A1:E1")
        ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
        for m in range(3 * q + 1, 3 * q + 4):
            ws.append([f"{m}月", *QF_V[m]])
            monthly(fn, qname, ws.max_row, QF, 2024, m, QF_V[m])
        ws.append(["小计", *[sum(QF_V[m][k] for m in range(3 * q + 1, 3 * q + 4)) for k in range(4)]])
    wb.save(path)


def f_sx_monthly_csv(path: Path):
    """石溪镇中心卫生院 (a township centre): UTF-8 CSV without BOM, months "2024年1月", 上转/下转接收 columns."""
    fn = path.name
    rows = [[f"石溪镇中心卫生院2024年1—6月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(1, 7):
        v = [2100 + 35 * m, 61 + m, 4 + m % 3, 9 - m // 2]
        down = 2 + m % 3
        rows.append([f"2024年{m}月", *v, down])
        monthly(fn, None, len(rows), SX, 2024, m, v, down)
    write_csv(path, rows, "utf-8")


def f_qf_assessments_ods(path: Path):
    """青枫县人民医院 monthly assessment of 市人民医院's staff (.ods), one sheet per month "2024年4月" / "2024年5月"."""
    fn = path.name
    sheets = {}
    people = [("lin", "林远澈"), ("su", "苏晚晴")]
    for m, scores in ((4, [95, 92.5]), (5, [96, 90])):
        sh = f"2024年{m}月"
        rows = [[f"青枫县人民医院派驻人员月度考核表（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 2 if (key, m) == ("su", 5) else 3
            rows.append([i, name, use_id(key), CC1, sc, 3, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=present),
                {"recipient_hospital_id": QF}, ["month"], id_number=ID[key])
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    ods_doc(path, sheets)


# ------------------------------------------------------------------------------------------- 梧塘县
WT_V = {m: [14100 + 180 * m, 980 + 15 * m, 230 + 4 * m, 44 - m] for m in range(1, 7)}
WT_FIX = {2: [15460, 1010, 238, 42], 5: [15000, 1085, 250, 39]}


def f_wt_monthly(path: Path, corrected: bool):
    """梧塘县人民医院 1—6月 workload; the 更正 file sends all six months again with February and May fixed (the
    title says it replaces the file of 2024-07-10). The earlier file's rows are superseded: none is in the truth."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    note = "（更正，替换7月10日报送的表）" if corrected else ""
    ws.append([f"梧塘县人民医院2024年1—6月主要业务量统计{note}（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = WT_FIX.get(m, WT_V[m]) if corrected else WT_V[m]
        ws.append([f"{m}月", *v])
        if corrected:
            monthly(fn, sh, ws.max_row, WT, 2024, m, v)
    ws.append(["填报人：统计室", None, "报送日期：", "2024年7月18日" if corrected else "2024年7月10日"])
    wb.save(path)


def f_wt_techniques_ods(path: Path):
    """梧塘县人民医院 new techniques (.ods): dates "2024年4月", "2024-06-18"; 例数 "12例", "约20例"; 填补空白 是/否;
    帮扶单位 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"梧塘县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "帮扶单位"]]
    items = [("腹腔镜胆囊切除术", "普外科", "2024年4月", "12例", "是", d(2024, 4, 1), 12, True),
             ("无痛胃肠镜检查", "消化内科", "2024-06-18", "约20例", "否", d(2024, 6, 18), None, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, CC1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": WT, "support_hospital_id": CC1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def f_wtmch_2023_xls(path: Path):
    """梧塘县妇幼保健院: its 2023年7—12月 workload sent again and saved into the 2024 folder; every row says 2023年
    (title and 月份), so the rows are 2023's."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"梧塘县妇幼保健院2023年7—12月业务量统计表（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for i, m in enumerate(range(7, 13)):
        v = [5200 + 80 * m, 310 + 5 * m, 70 + m, 12 - m // 3]
        for j, x in enumerate([f"2023年{m}月", *v]):
            ws.write(2 + i, j, x)
        monthly(fn, sh, 3 + i, WTMCH, 2023, m, v)
    ws.write(8, 0, "制表：办公室")
    wb.save(str(path))


def f_lw_monthly_csv(path: Path):
    """柳湾乡卫生院, GBK CSV: 7—12月, the months as "7月" with the year only in the title."""
    fn = path.name
    rows = [[f"柳湾乡卫生院2024年7—12月业务量（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(7, 13):
        v = [1500 + 20 * m, 30 + m, 0, 6 - m // 4]
        rows.append([f"{m}月", *v])
        monthly(fn, None, len(rows), LW, 2024, m, v)
    write_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- 鹤汀县
def f_httcm_trainees_csv(path: Path):
    """鹤汀县中医医院 trainees at 市中医医院, GBK CSV: 开始时间/结束时间 "2024/3/1", fee "2,500"."""
    fn = path.name
    rows = [[f"鹤汀县中医医院2024年进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"]]
    for key, name, dept, s, e, fee, done, sd, ed, feev, donev in (
            ("hua", "华清远", "针灸科", "2024/3/1", "2024/8/31", "2,500", "是", d(2024, 3, 1), d(2024, 8, 31), 2500.0,
             True),
            ("lan", "兰若溪", "康复科", "2024/9/2", "2025/2/28", "2,500", "否", d(2024, 9, 2), d(2025, 2, 28), 2500.0,
             False)):
        rows.append([name, use_id(key), dept, CCTCM, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": HTTCM, "host_hospital_id": CCTCM}, ["start_date", "department"],
            id_number=ID[key])
    write_csv(path, rows, "gbk")


def f_httcm_activities_xlsx(path: Path):
    """鹤汀县中医医院 records the activities 市中医医院 held there: 支援单位 column, dates as text "2024.4.12"."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹤汀县中医医院2024年接受帮扶活动登记（{SYN}）"])
    ws.append(["日期", "支援单位", "活动形式", "内容", "参加人数"])
    for when, day, typ, topic, n in (("2024.4.12", d(2024, 4, 12), "学术讲座", "中医适宜技术推广", 55),
                                     ("2024.7.3", d(2024, 7, 3), "义诊", "三伏贴义诊", 120),
                                     ("2024.11.20", d(2024, 11, 20), "教学查房", "中风恢复期查房", 16)):
        ws.append([when, CCTCM, typ, topic, n])
        row("activities", fn, sh, ws.max_row, dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": HTTCM, "support_hospital_id": CCTCM}, ["activity_date", "activity_type"])
    wb.save(path)


def f_httcm_late_ods(path: Path):
    """鹤汀县中医医院 10—12月 workload sent late (逾期补报, the note says 2025年2月20日), .ods; months "10月"."""
    fn, sh = path.name, "10-12月"
    rows = [[f"鹤汀县中医医院2024年10—12月业务量（逾期补报）（{SYN}）"],
            ["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"]]
    for m in (10, 11, 12):
        v = [8800 + 60 * m, 520 + 4 * m, 96 + m, 20 - m // 2]
        rows.append([f"{m}月", *v])
        monthly(fn, sh, len(rows), HTTCM, 2024, m, v)
    rows.append(["说明：因人员变动逾期，于2025年2月20日补报。"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    y = raw / "2024"
    for sub in (ref, y / "市直", y / "青枫县", y / "梧塘县", y / "鹤汀县"):
        sub.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_澄川市对口支援关系表（2024—2026年）.xlsx")
    files = [(f_cc1_roster, "市直", "SYNTHETIC_市人民医院派驻人员名册2024.xlsx"),
             (f_cc1_activities_xls, "市直", "SYNTHETIC_市人民医院带教培训活动2024.xls"),
             (f_ccmch_roster_csv, "市直", "SYNTHETIC_市妇幼派驻梧塘县妇幼人员.csv"),
             (f_county_inpatient, "市直", "SYNTHETIC_各县县域住院流向2024.xlsx"),
             (f_qf_trainees_xlsx, "青枫县", "SYNTHETIC_青枫县人民医院进修人员2024.xlsx"),
             (f_qf_quarterly_xlsx, "青枫县", "SYNTHETIC_青枫县人民医院2024年业务量（分季度）.xlsx"),
             (f_sx_monthly_csv, "青枫县", "SYNTHETIC_石溪镇中心卫生院1-6月业务量.csv"),
             (f_qf_assessments_ods, "青枫县", "SYNTHETIC_青枫县人民医院派驻人员考核4-5月.ods"),
             (lambda p: f_wt_monthly(p, False), "梧塘县", "SYNTHETIC_梧塘县人民医院2024年1-6月业务量.xlsx"),
             (lambda p: f_wt_monthly(p, True), "梧塘县", "SYNTHETIC_梧塘县人民医院2024年1-6月业务量（更正）.xlsx"),
             (f_wt_techniques_ods, "梧塘县", "SYNTHETIC_梧塘县人民医院新技术2024.ods"),
             (f_wtmch_2023_xls, "梧塘县", "SYNTHETIC_梧塘县妇幼保健院2023年7-12月业务量.xls"),
             (f_lw_monthly_csv, "梧塘县", "SYNTHETIC_柳湾乡卫生院7-12月业务量.csv"),
             (f_httcm_trainees_csv, "鹤汀县", "SYNTHETIC_鹤汀县中医医院进修人员2024.csv"),
             (f_httcm_activities_xlsx, "鹤汀县", "SYNTHETIC_鹤汀县中医医院帮扶活动2024.xlsx"),
             (f_httcm_late_ods, "鹤汀县", "SYNTHETIC_鹤汀县中医医院10-12月业务量（逾期补报）.ods")]
    for i, (fnc, folder, name) in enumerate(files):
        p = y / folder / name
        fnc(p)
        # the order the e-mails arrived in (the 更正 after the file it corrects); fixed, so the corpus is deterministic
        t = dt.datetime(2025, 1, 20, 9, 0).timestamp() + 3600 * i
        os.utime(p, (t, t))
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
