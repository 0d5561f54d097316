"""realworld106 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅屿省) for 2024: activities (帮扶活动) as
dispatched staff and recipients really record them — a 工作日志 and a 工作记录本 kept day by day in free text, a monthly
工作月报 of counts per activity type, a WeChat-group export of lecture sign-in lists (one sheet per lecture), photo
captions typed into a sheet (图片说明), an ordinary activity register and a recipient's teleconsultation register —
beside the pairing list in data/raw/reference/, the support hospitals' rosters and one ordinary monthly-statistics
file. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,派出医院,受援医院}/…, OUT/truth.json

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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the province
P1, PTCM, C1 = "琅屿省人民医院", "琅屿省中医院", "澄川市中心医院"
QX, QXTCM, QT, LT = "青溆县人民医院", "青溆县中医医院", "栖桐县人民医院", "蓼汀县妇幼保健院"
RECIP = {QX: ("二级甲等", "二级", "甲等", "综合医院", "青溆县"),
         QXTCM: ("二级乙等", "二级", "乙等", "中医医院", "青溆县"),
         QT: ("二级甲等", "二级", "甲等", "综合医院", "栖桐县"),
         LT: ("二级", "二级", None, "妇幼保健院", "蓼汀县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990601", "19730412", "031"), "he": ("990601", "19800920", "015"), "cheng": ("990602", "19870317", "026"),
    "shen": ("990603", "19850801", "044"), "wei": ("990711", "19760716", "072"), "pang": ("990711", "19820423", "057"),
    "cen": ("990712", "19890930", "038"), "zheng": ("990604", "19790214", "051"), "feng": ("990604", "19900718", "062"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def act(places, day, typ, participants, recipient, support):
    """One activity (one event): ``places`` [(file, sheet, row)], any of which may carry it."""
    row("activities", places, dict(activity_date=day, activity_type=typ, participants=participants),
        {"recipient_hospital_id": recipient, "support_hospital_id": support}, ["activity_date", "activity_type"])


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (strings as text cells, numbers as floats)."""
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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 as the province sends it: 受援医院 first, 等级 written whole ("二级甲等"), the period only in the title
    (2024—2026年) except one 支援期限 "2024.3.1—2027.2.28"; 青溆县人民医院 has two support hospitals."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅屿省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QX, P1, dt.date(2023, 12, 15), None), (QX, C1, dt.date(2023, 12, 20), None),
             (QXTCM, PTCM, dt.date(2024, 2, 26), "2024.3.1—2027.2.28"), (QT, P1, dt.date(2023, 12, 15), None),
             (LT, C1, dt.date(2023, 12, 20), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 派出医院: rosters
P1_STAFF = [("xu", "许知行", "男", "心血管内科", "主任医师", QX, dt.date(2024, 3, 4), dt.date(2024, 8, 31),
             dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 31))),
            ("shen", "沈如意", "女", "护理部", "主管护师", QX, dt.date(2024, 3, 4), dt.date(2024, 8, 31),
             dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 8, 31))),
            ("he", "何明远", "男", "心血管内科", "副主任医师", QT, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
             dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
            ("cheng", "程雨", "女", "呼吸与危重症医学科", "主治医师", QT, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
             dep("呼吸与危重症医学科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30)))]


def f_p1_roster(path: Path):
    """省人民医院: an ordinary roster, dates as date cells, ID numbers as text, 制表 footer."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅屿省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间"])
    for i, (key, name, sex, dept, title, rec, s, e, f) in enumerate(P1_STAFF, 1):
        ws.append([i, name, sex, ID[key], dept, title, rec, s, e])
        ws.cell(ws.max_row, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, ws.max_row)], f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    ws.append([])
    ws.append(["制表：医务部", None, None, "审核：", None, None, None, "2024年3月1日"])
    wb.save(path)


def f_c1_roster_xls(path: Path):
    """市中心医院 (.xls, xlwt): 派驻时间 as text "2024.04.01-2024.09.30" in one cell, 填表人 footer."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄川市中心医院2024年派驻基层医务人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("wei", "韦山河", "妇产科", "主任医师", LT, "2024.04.01-2024.09.30",
               dep("妇产科", "主任医师", "正高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("pang", "庞一鸣", "神经内科", "副主任医师", QX, "2024.04.01-2024.12.31",
               dep("神经内科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 12, 31))),
              ("cen", "岑伯言", "儿科", "主治医师", LT, "2024.04.01-2024.09.30",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30)))]
    for i, (key, name, dept, title, rec, period, f) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, ID[key], dept, title, rec, period]):
            ws.write(r, j, v)
        row("deployments", [(fn, sh, r + 1)], f, {"support_hospital_id": C1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：医务处")
    wb.save(str(path))


def f_ptcm_roster_csv(path: Path):
    """省中医院: CSV in GBK, one comment line, dates "2024/3/1"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"琅屿省中医院派驻青溆县中医医院人员名单（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"])
    r = 2
    for key, name, dept, title, rank in (("zheng", "郑书远", "针灸科", "副主任中医师", "副高级"),
                                         ("feng", "冯若宁", "推拿科", "主治中医师", "中级")):
        w.writerow([name, ID[key], dept, title, QXTCM, "2024/3/1", "2024/8/31"])
        r += 1
        row("deployments", [(fn, None, r)], dep(dept, title, rank, "医疗", d(2024, 3, 1), d(2024, 8, 31)),
            {"support_hospital_id": PTCM, "recipient_hospital_id": QXTCM}, ["start_date", "department"],
            id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 派出医院: register
def f_p1_register(path: Path):
    """省人民医院's ordinary activity register: two 教学查房 at one recipient on one day (different topics), 参加人数
    "约30人" (→ empty + finding) and "—" (a placeholder: empty, no finding), a 义诊 at a township centre that is in no
    pairing (held: unresolved), a row without its date (held: a required value missing), a 合计 row."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅屿省人民医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "活动日期", "受援医院", "活动类型", "活动主题", "主讲/带教专家", "参加人数", "备注"])
    items = [(dt.date(2024, 4, 11), QT, "教学查房", "急性心肌梗死病例教学查房", "何明远", 14, 14),
             (dt.date(2024, 4, 11), QT, "教学查房", "慢阻肺急性加重教学查房", "程雨", 11, 11),
             (dt.date(2024, 4, 18), QT, "疑难病例讨论", "反复晕厥待查", "何明远", 9, 9),
             (dt.date(2024, 5, 16), QT, "技术培训", "心肺复苏技能培训", "程雨", "约30人", None),
             (dt.date(2024, 6, 6), QX, "远程会诊", "慢性心衰患者远程会诊", "许知行", "—", None),
             (dt.date(2024, 6, 13), "白沙镇卫生院", "义诊", "送医下乡", "何明远", 150, "unresolved"),
             (None, QT, "手术示教", "腹腔镜胆囊切除术", "程雨", 6, "missing"),
             (dt.date(2024, 6, 20), QX, "学术讲座", "心房颤动的抗凝治疗", "许知行", 40, 40)]
    for i, (day, rec, typ, topic, who, n, nv) in enumerate(items, 1):
        ws.append([i, day, rec, typ, topic, who, n, None])
        r = ws.max_row
        if day:
            ws.cell(r, 2).number_format = "yyyy-mm-dd"
        if nv == "unresolved":
            hold(fn, sh, r, "unresolved_hospital", "白沙镇卫生院 is in no pairing of the pairing list")
        elif nv == "missing":
            hold(fn, sh, r, "missing_required", "活动日期 blank: the event's date is required and not written")
        else:
            act([(fn, sh, r)], day.isoformat(), typ, nv, rec, P1)
            if n == "约30人":
                finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["合计", None, None, None, None, None, 230, None])
    ws.append(["填表人：医务部对口支援办", None, None, None, None, "填报日期：2024年7月5日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 受援医院: daily logs
def f_xu_log(path: Path):
    """许知行's 工作日志 for March (kept at 青溆县人民医院, which has two support hospitals; the log's header names only
    the person and the recipient — the roster says he is from 省人民医院). 日期 | 星期 | 工作内容 | 备注 in free text:
    days of 门诊 and ward work (no activity), 病房查房 (routine rounds, not 教学查房), two 教学查房 in one cell with their
    two headcounts, 手术示教 of "2台" (a count of operations, not of events or people), "约120人" at a 义诊, a
    业务学习授课 (a lecture), a 月小结 line repeating the month's counts, a date range of leave."""
    fn, sh = path.name, "3月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"对口支援派驻人员工作日志（2024年3月）  {SYN}"])
    ws.merge_cells("A1:D1")
    ws.append(["姓名：许知行    科室：心血管内科    受援单位：青溆县人民医院"])
    ws.merge_cells("A2:D2")
    ws.append(["日期", "星期", "工作内容", "备注"])
    wk = "一二三四五六日"
    days = [
        (4, "到岗报到，与医务科、心内科对接帮扶计划，熟悉科室环境", []),
        (5, "上午门诊，接诊23人次；下午教学查房1次，参加医护12人", [("教学查房", 12)]),
        (6, "上午病房查房，下午门诊", []),
        (7, "上午门诊；下午学术讲座《高血压的规范化管理》，参会医护人员35人", [("学术讲座", 35)]),
        (8, "上午疑难病例讨论1次（扩张型心肌病1例），参加8人；下午门诊", [("疑难病例讨论", 8)]),
        (11, "上午手术示教：冠脉造影术2台，参加医生6人；下午病房工作", [("手术示教", 6)]),
        (12, "上午门诊；下午教学查房2次（心内一病区、二病区），分别参加10人、9人", [("教学查房", 10), ("教学查房", 9)]),
        (13, "远程会诊1次（与琅屿省人民医院心内科连线），下午门诊", [("远程会诊", None)]),
        (14, "门诊", []),
        (18, "随医院赴白沙镇开展下乡义诊，受益群众约120人", [("义诊", "approx")]),
        (19, "上午门诊，下午科室业务学习授课（心电图判读），参加15人", [({"one_of": ["学术讲座", "技术培训"]}, 15)]),
        (20, "教学查房（心衰患者规范化治疗），参加12人", [("教学查房", 12)]),
    ]
    for dd, text, events in days:
        day = dt.date(2024, 3, dd)
        ws.append([day, "星期" + wk[day.weekday()], text, None])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy/m/d"
        for typ, n in events:
            act([(fn, sh, r)], day.isoformat(), typ, None if n == "approx" else n, QX, P1)
            if n == "approx":
                finding(fn, r, "UNPARSEABLE_OPTIONAL")
        if dd == 14:
            ws.append(["3月15日—3月17日", None, "休息（周末调休）", None])
    ws.append(["月小结", None, "本月门诊坐诊9个半天，开展教学查房4次、学术讲座2次、疑难病例讨论1次、手术示教1次、"
                             "远程会诊1次、义诊1次。", None])
    ws.append(["记录人：许知行", None, "科主任签字：", None])
    for r in ws.iter_rows(min_row=4):
        r[2].alignment = Alignment(wrap_text=True)
    ws.column_dimensions["C"].width = 60
    wb.save(path)


WEI_LOG = [  # (month, day, text, events [(type, participants)], caption rows)
    (4, 2, "上午门诊，下午教学查房1次（产科病房），参加医护10人", [("教学查房", 10)]),
    (4, 9, "手术示教：剖宫产术，观摩医生8人", [("手术示教", 8)]),
    (4, 12, "学术讲座《产后出血的早期识别》，参加32人", [("学术讲座", 32)]),
    (4, 16, "门诊、病房工作", []),
    (4, 25, "上午疑难病例讨论（妊娠合并心脏病），参加12人；下午县城广场义诊，受益群众215人",
     [("疑难病例讨论", 12), ("义诊", 215)]),
    (5, 10, "技术培训：新生儿复苏（NRP）培训，参训人员20人", [("技术培训", 20)]),
    (5, 20, "死亡病例讨论1次，参加9人", [("死亡病例讨论", 9)]),
    (5, 28, "教学查房", [("教学查房", None)]),
]
CAPTIONS = [  # (file name, caption, the log event it shows: (month, day, type))
    ("IMG_20240409_101522.jpg", "2024年4月9日 澄川市中心医院韦山河主任在我院手术室开展剖宫产术手术示教", (4, 9, "手术示教")),
    ("IMG_20240409_103010.jpg", "手术示教现场（同上）", (4, 9, "手术示教")),
    ("IMG_20240425_150312.jpg", "4月25日下午，韦山河主任参加县城广场义诊活动", (4, 25, "义诊")),
    ("IMG_20240510_091201.jpg", "新生儿复苏技术培训现场，2024年5月10日", (5, 10, "技术培训")),
]
CAPTION_FILE = "SYNTHETIC_蓼汀县妇幼保健院帮扶工作图片说明.csv"


def f_wei_log_ods(path: Path):
    """韦山河's 工作记录本 (.ods) for April–May: dates typed as text "4月2日" (the year in the title), the 派出单位 in
    the header line; two events in one cell; "受益群众215人" (the 义诊's headcount); a holiday range; a 教学查房 with no
    headcount. Three of its events are also the subjects of the photo captions (one event each, whichever file)."""
    fn, sh = path.name, "工作记录"
    rows = [[f"派驻人员工作记录本（2024年4—5月）{SYN}"],
            ["姓名：韦山河    派出单位：澄川市中心医院    派驻单位：蓼汀县妇幼保健院    科室：妇产科"],
            ["日期", "工作内容", "备注"]]
    for m, dd, text, events in WEI_LOG:
        rows.append([f"{m}月{dd}日", text, None])
        r = len(rows)
        for typ, n in events:
            places = [(fn, sh, r)] + [(CAPTION_FILE, None, 3 + k) for k, (_f, _c, ev) in enumerate(CAPTIONS)
                                      if ev == (m, dd, typ)]
            act(places, d(2024, m, dd), typ, n, LT, C1)
        if (m, dd) == (4, 25):
            rows.append(["5月1日—5月5日", "劳动节休假", None])
    rows.append(["本页记录人：韦山河", None, "受援单位审核：科教科"])
    ods_doc(path, {sh: rows})


def f_captions_csv(path: Path):
    """图片说明 typed by the recipient's office (UTF-8, no BOM): one line per photo; every photo shows an event of
    韦山河's 工作记录本 — two photos of one 手术示教. The captions are evidence of logged events, not further events."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"蓼汀县妇幼保健院对口帮扶工作照片说明（{SYN}）", "", "", ""])
    w.writerow(["序号", "照片文件名", "图片说明", "拍摄人"])
    for k, (img, cap, _ev) in enumerate(CAPTIONS, 1):
        w.writerow([k, img, cap, "院办"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------------------------------- 受援医院: monthly report
def f_qxtcm_monthly_report(path: Path):
    """青溆县中医医院's 帮扶工作月报, one sheet per month: a row per activity type with its count this month (次 / 场 /
    台 / 例) and the participants summed over them. A count without the events' days is no event record: rows with a
    count are held (the date of each event is required and not given); rows of 0 report nothing; the 派驻人员在岗 row
    is about staff, not an activity."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    data = {3: [("教学查房", "次", 4, 48), ("学术讲座", "场", 2, 65), ("手术示教", "台", 3, 12),
                ("疑难病例讨论", "次", 1, 10), ("义诊", "次", 0, None), ("远程会诊", "例", 0, None),
                ("技术培训", "次", 1, 25)],
            4: [("教学查房", "次", 3, 33), ("学术讲座", "场", 1, 40), ("手术示教", "台", 0, None),
                ("疑难病例讨论", "次", 0, None), ("义诊", "次", 1, 180), ("远程会诊", "例", 2, None),
                ("技术培训", "次", 0, None)]}
    for m, items in data.items():
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"青溆县中医医院对口帮扶工作月报（2024年{m}月）{SYN}"])
        ws.merge_cells("A1:F1")
        ws.append(["填报单位：青溆县中医医院", None, None, "支援单位：琅屿省中医院"])
        ws.append(["序号", "帮扶工作项目", "单位", "本月完成数量", "参加人次", "备注"])
        for i, (typ, unit, n, people) in enumerate(items, 1):
            ws.append([i, typ, unit, n, people, None])
            if n:
                hold(fn, sh, ws.max_row, "missing_required",
                     f"{typ} {n}{unit} in 2024-{m:02d}: a monthly count, the events' dates are not given")
        ws.append([len(items) + 1, "派驻人员在岗人数", "人", 2, None, "郑书远、冯若宁"])
        ws.append(["填报人：科教科", None, None, "报送日期：", f"2024年{m + 1}月3日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 受援医院: sign-in lists
SIGNIN = [  # (sheet, day, topic, lecturer line, attendees, absent (请假) at 1-based attendee positions)
    ("5月10日讲座", dt.date(2024, 5, 10), "《急性胸痛的识别与处置》", "何明远（琅屿省人民医院心血管内科 副主任医师）", 18, ()),
    ("5月24日讲座", dt.date(2024, 5, 24), "《慢阻肺的长期管理》", "程雨（琅屿省人民医院呼吸与危重症医学科 主治医师）", 22, (9,)),
    ("6月7日讲座", dt.date(2024, 6, 7), "《基层常见心律失常的识别》", "何明远（琅屿省人民医院心血管内科 副主任医师）", 15, ()),
]
SURN = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许吕施张孔曹严华金魏陶姜"
GIVEN = ["晓梅", "建国", "丽娟", "海波", "文静", "志强", "雪莲", "春华", "国庆", "玉兰", "明辉", "秀英", "永刚", "桂芳",
         "立新", "红霞", "振华", "静怡", "子涵", "宇航", "欣然", "浩然", "思远", "雨萱"]
DEPTS = ["内科", "外科", "急诊科", "心内科", "呼吸科", "护理部", "全科医学科", "儿科"]


def f_qt_signin(path: Path):
    """栖桐县人民医院's 业务学习 group (WeChat) exported to xlsx: one sheet per lecture, the topic, lecturer and time in
    the lines above, then 序号 | 微信昵称 | 姓名 | 科室 | 签到时间 | 备注. Each sheet is one 学术讲座 — the only record of
    these lectures — with as many participants as people signed in (a 请假 line without a sign-in time is not one);
    the attendee lines are no table's rows."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    k = 0
    for sh, day, topic, lecturer, n, absent in SIGNIN:
        ws = wb.create_sheet(sh)
        ws.append([f"栖桐县人民医院业务学习签到表（{SYN}）"])
        ws.append([f"讲座主题：{topic}"])
        ws.append([f"主讲人：{lecturer}"])
        ws.append([f"时间：{day.year}年{day.month}月{day.day}日 15:00    地点：门诊楼四楼会议室"])
        ws.append(["序号", "微信昵称", "姓名", "科室", "签到时间", "备注"])
        for i in range(1, n + 1):
            name = SURN[k % len(SURN)] + GIVEN[(k * 7) % len(GIVEN)]
            k += 1
            t = None if i in absent else f"{day.isoformat()} 14:{30 + (i * 17) % 29:02d}:{(i * 13) % 60:02d}"
            ws.append([i, f"{name[0]}医生" if i % 3 else f"🌿{name}", name, DEPTS[i % len(DEPTS)], t,
                       "请假" if i in absent else None])
        ws.append([f"签到人数：{n - len(absent)}人    导出时间：2024-06-30 10:12"])
        act([(fn, sh, None)], day.isoformat(), "学术讲座", n - len(absent), QT, P1)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 受援医院: teleconsultations
def f_qx_tele_csv(path: Path):
    """青溆县人民医院's 远程会诊登记 (UTF-8 with BOM): the expert's hospital per row (the recipient has two support
    hospitals); one row names the expert only — 庞一鸣, whom 澄川市中心医院's roster sends to this hospital."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青溆县人民医院远程会诊登记表（2024年）{SYN}", "", "", "", "", "", ""])
    w.writerow(["序号", "会诊日期", "申请科室", "会诊专家", "专家单位", "会诊方式", "参与人数"])
    items = [("2024/4/3", "心内科", "许知行", P1, "视频", "5", d(2024, 4, 3), 5, P1),
             ("2024/4/17", "神经内科", "庞一鸣", C1, "视频", "4", d(2024, 4, 17), 4, C1),
             ("2024/5/8", "神经内科", "庞一鸣", "", "电话", "", d(2024, 5, 8), None, C1),
             ("2024/5/22", "心内科", "许知行", P1, "视频", "6", d(2024, 5, 22), 6, P1)]
    r = 2
    for i, (day, dept, who, hosp, how, n, dv, nv, sup) in enumerate(items, 1):
        w.writerow([i, day, dept, who, hosp, how, n])
        r += 1
        act([(fn, None, r)], dv, "远程会诊", nv, QX, sup)
    w.writerow(["合计", "", "", "", "", "", "15"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 受援医院: ordinary stats
def f_qt_monthly_stats(path: Path):
    """栖桐县人民医院's ordinary 1—6月 workload (the hospital in the title)."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖桐县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [12100 + 230 * m, 905 + 14 * m, 188 + 6 * m, 31 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QT}, ["month"])
    ws.append(["填报人：统计室"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "派出医院", "受援医院"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅屿省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "派出医院", "SYNTHETIC_琅屿省人民医院2024年派驻人员花名册.xlsx"),
             (f_c1_roster_xls, "派出医院", "SYNTHETIC_澄川市中心医院派驻人员名单2024.xls"),
             (f_ptcm_roster_csv, "派出医院", "SYNTHETIC_琅屿省中医院派驻人员.csv"),
             (f_p1_register, "派出医院", "SYNTHETIC_琅屿省人民医院帮扶活动登记表2024.xlsx"),
             (f_xu_log, "受援医院", "SYNTHETIC_许知行工作日志2024年3月.xlsx"),
             (f_wei_log_ods, "受援医院", "SYNTHETIC_韦山河工作记录本2024年4-5月.ods"),
             (f_captions_csv, "受援医院", CAPTION_FILE),
             (f_qxtcm_monthly_report, "受援医院", "SYNTHETIC_青溆县中医医院帮扶工作月报2024年3-4月.xlsx"),
             (f_qt_signin, "受援医院", "SYNTHETIC_栖桐县人民医院讲座签到表（微信群导出）.xlsx"),
             (f_qx_tele_csv, "受援医院", "SYNTHETIC_青溆县人民医院远程会诊登记2024.csv"),
             (f_qt_monthly_stats, "受援医院", "SYNTHETIC_栖桐县人民医院2024年1-6月业务量.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {ID[k]: [] for k in sorted(ID)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
