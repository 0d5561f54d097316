"""realworld105 corpus generator — SYNTHETIC / 合成数据. The county level of the programme as a county health bureau
(青杳县卫生健康局, fictional province 琅岫省) collects it for 2024: the province's pairing list and the county's own
list of county hospitals supporting township centres (县级医院对口帮扶乡镇卫生院一览表) in data/raw/reference/, the county
hospitals' 下沉 rosters and teaching log, the township centres' monthly statistics and 进修 list, the provincial
hospital's roster and technique list, and the bureau's own county inpatient flow. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,县医院报送,乡镇报送,省级医院报送,县卫健局}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the 15-digit spelling is a spelling of a valid one). Written without reading the tool's parser.
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


# ------------------------------------------------------------------------------------------- hospitals
PROV, PTCM, CZ = "琅岫省人民医院", "琅岫省中医院", "澄州市中心医院"
QXR, QXT, WT = "青杳县人民医院", "青杳县中医医院", "梧汀县人民医院"
BS, LT, CG, YA, SX = "白沙镇中心卫生院", "柳塘镇中心卫生院", "城关镇社区卫生服务中心", "云岙乡卫生院", "松溪乡卫生院"
VILLAGE = "白沙镇龙湾村卫生室"
COUNTY_RECIP = {QXR: ("二级甲等", "二级", "甲等", "综合医院", "青杳县"), QXT: ("二级甲等", "二级", "甲等", "中医医院", "青杳县"),
                WT: ("二级乙等", "二级", "乙等", "综合医院", "梧汀县")}
TOWN_RECIP = {BS: ("一级甲等", "一级", "甲等", "乡镇卫生院"), LT: ("一级甲等", "一级", "甲等", "乡镇卫生院"),
              CG: ("一级", "一级", None, "社区卫生服务中心"), YA: ("一级乙等", "一级", "乙等", "乡镇卫生院"),
              SX: ("未定级", "未定级", None, "乡镇卫生院")}

ID = {k: idn(*v) for k, v in {
    "zhao": ("991021", "19780412", "031"), "qian": ("991021", "19850923", "052"), "sun": ("991021", "19870306", "024"),
    "li": ("991021", "19760818", "013"), "zhou": ("991021", "19890127", "046"), "zheng": ("991021", "19901105", "067"),
    "huang": ("991021", "19860714", "028"), "feng": ("991021", "19930402", "045"),
    "lin": ("991021", "19920615", "082"), "zhouqm": ("991021", "19950220", "017"), "wu": ("991021", "19970909", "064"),
    "chen": ("991021", "19910330", "029"),
    "gu": ("990101", "19750510", "036"), "xie": ("990101", "19820217", "071"), "tang": ("990101", "19880828", "058"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int) or places is None:
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why, reason_code=None):
    q = {"file": file, "sheet": sheet, "row": r, "category": category, "why": why}
    if reason_code:
        q["reason_code"] = reason_code
    truth["quarantines"].append(q)


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, position=None):
    f = dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)
    if position is not None:
        f["position_at_recipient"] = position
    return f


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


# ------------------------------------------------------------------------------------------- reference
def province_list(path: Path):
    """附件1-style: 受援医院 | 等级 "二级甲等" in one cell | 类别 | 所在县 | 支援医院 | 协议签订日期 (date cells) |
    支援期限 (blank → the title's 2021—2025年; one "2022年1月—2025年12月")."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅岫省城乡医院对口支援关系一览表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QXR, PROV, dt.date(2021, 3, 2), None), (QXT, PTCM, dt.date(2021, 3, 2), None),
             (WT, CZ, dt.date(2021, 12, 20), "2022年1月—2025年12月")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        lg, _lv, _gr, cat, county = COUNTY_RECIP[r]
        ws.append([i, r, lg, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2022, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_lg, lv, gr, cat, county) in COUNTY_RECIP.items():
        truth["hospitals"].append({"name": r, "level": lv, "grade": gr, "category": cat, "county": county})
    for s in (PROV, PTCM, CZ):
        truth["hospitals"].append({"name": s})


def county_list(path: Path):
    """The county's own list (.xls): no county column (its centres in the county of its title), the hospital columns
    named 帮扶单位（县级医院）| 受帮扶单位, 等级 in one cell, 协议签订日期 typed as text, 帮扶期限 only for the merged centre
    (formed 2023年6月 by 撤并), a 备注 naming the merger, and a 村卫生室 row (a township centre supporting a village
    clinic: outside the programme)."""
    fn, sh = path.name, "县乡帮扶"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青杳县县级医院对口帮扶乡镇卫生院一览表（2023—2025年）（{SYN}）")
    ws.write(1, 0, "青杳县卫生健康局  2023年7月")
    hdr = ["序号", "帮扶单位（县级医院）", "受帮扶单位", "类别", "等级", "协议签订日期", "帮扶期限", "备注"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    rows = [(QXR, BS, "2023年3月15日", None, None), (QXR, LT, "2023年7月10日", "2023年7月—2025年12月",
                                                    "2023年6月由原柳塘镇卫生院、石埠乡卫生院撤并组建"),
            (QXR, CG, "2023年3月15日", None, None), (QXT, YA, "2023年3月18日", None, None),
            (QXT, SX, "2023年3月18日", None, "医共体松溪分院"),
            (BS, VILLAGE, "2023年4月2日", None, "县乡村一体化管理")]
    for i, (s, r, agt, per, note) in enumerate(rows, 1):
        r0 = 2 + i
        if r == VILLAGE:
            vals = [i, s, r, "村卫生室", "—", agt, per, note]
            quarantine(fn, sh, r0 + 1, "out_of_scope",
                       "a township centre supporting a village clinic: the programme's recipients are county hospitals "
                       "and township centres, its supporters hospitals of level 2 or above", reason_code="OUT_OF_SCOPE")
        else:
            lg, lv, gr, cat = TOWN_RECIP[r]
            vals = [i, s, r, cat, lg, agt, per, note]
            truth["hospitals"].append({"name": r, "level": lv, "grade": gr, "category": cat, "county": "青杳县"})
            ag = dt.date(*map(int, agt.replace("年", "-").replace("月", "-").replace("日", "").split("-")))
            if per:
                start, end, src = d(2023, 7, 1), d(2025, 12, 31), "support_period"
            else:
                start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
            truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                      "agreement_date": ag.isoformat(), "start_date_source": src})
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(r0, j, v)
    ws.write(3 + len(rows), 0, "注：白沙镇龙湾村卫生室由白沙镇中心卫生院实行一体化管理，列此备查。")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 县医院报送
def qxr_xiachen_roster(path: Path):
    """县人民医院's 下沉 roster: 下沉医生 | 驻点乡镇 (a town, not a centre: 白沙镇 / 白沙 / 柳塘镇 / 石埠乡 (merged into
    柳塘) / 城关社区) | 下沉时间 "2024.1.2—2024.6.30" / "2024.5.6—至今" | 每周下沉天数; a 15-digit ID; a row with no
    下沉时间 (held); 合计 and 制表 lines."""
    fn, sh = path.name, "下沉医生"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杳县人民医院2024年下沉乡镇卫生院医生花名册（县域医共体）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "下沉医生", "身份证号", "科室", "职称", "驻点乡镇", "下沉时间", "每周下沉天数", "备注"])
    q = ID["qian"]
    fifteen = q[:6] + q[8:14] + q[14:17]
    people = [("zhao", "赵承宇", None, "内科", "副主任医师", "白沙镇", "2024.1.2—2024.6.30", 2, BS,
               dep("内科", "副主任医师", "副高级", "医疗", d(2024, 1, 2), d(2024, 6, 30))),
              ("qian", "钱沐阳", fifteen, "外科", "主治医师", "白沙", "2024.7.1—2024.12.31", 3, BS,
               dep("外科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31))),
              ("sun", "孙语桐", None, "妇产科", "主治医师", "柳塘镇", "2024.3.1—2024.8.31", 2, LT,
               dep("妇产科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("li", "李怀瑾", None, "儿科", "副主任医师", "石埠乡", "2024.3.1—2024.8.31", 1, LT,
               dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("zhou", "周砚秋", None, "全科医学科", "主治医师", "城关社区", "2024.5.6—至今", 5, CG,
               dep("全科医学科", "主治医师", "中级", "医疗", d(2024, 5, 6), None)),
              ("zheng", "郑禾", None, "康复医学科", "住院医师", "白沙镇", None, 2, None, None)]
    for i, (key, name, sp, dept, title, town, period, days, rec, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, town, period, days, "待定" if period is None else None])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        if rec is None:
            quarantine(fn, sh, r, "missing_value", "下沉时间 blank (备注 待定): a deployment's start is required")
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": QXR, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append(["合计", "6人"])
    ws.append([])
    ws.append(["制表：医务科", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def qxt_xiachen_csv(path: Path):
    """县中医医院's 医共体 下沉 list: CSV in GBK, a 填报单位 line, 派驻分院 "云岙分院" / "医共体松溪分院" / "松溪卫生院",
    下沉起止时间 "2024-03-01至2024-08-31", one person without an ID number."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：青杳县中医医院（医共体牵头医院）  {SYN}", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "派驻分院", "下沉起止时间", "每周天数"])
    people = [("huang", "黄以宁", "针灸推拿科", "主治中医师", "中级", "云岙分院", "2024-03-01至2024-08-31", 2, YA,
               d(2024, 3, 1), d(2024, 8, 31)),
              (None, "徐若谷", "中医内科", "副主任中医师", "副高级", "医共体松溪分院", "2024-06-01至2024-11-30", 1, SX,
               d(2024, 6, 1), d(2024, 11, 30)),
              ("feng", "冯晚晴", "康复科", "中医师", "初级", "松溪卫生院", "2024-09-01至2025-02-28", 3, SX,
               d(2024, 9, 1), d(2025, 2, 28))]
    r = 2
    for key, name, dept, title, rank, branch, period, days, rec, sd, ed in people:
        w.writerow([name, use_id(key) if key else "", dept, title, branch, period, days])
        r += 1
        row("deployments", fn, None, r, dep(dept, title, rank, "医疗", sd, ed),
            {"support_hospital_id": QXT, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(buf.getvalue().encode("gbk"))


def qxr_activities(path: Path):
    """县人民医院's teaching log in its township centres: 帮扶对象 written "白沙分院" / "医共体柳塘分院" / "柳塘中心卫生院" /
    "城关社区卫生服务中心" / "白沙镇卫生院"; 参加人数 "22人"; date cells."""
    fn, sh = path.name, "带教活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杳县人民医院2024年医共体下沉带教活动登记表（{SYN}）"])
    ws.append(["填报单位：青杳县人民医院"])
    ws.append(["序号", "活动日期", "活动类型", "主题", "帮扶对象", "授课人", "参加人数"])
    acts = [(dt.date(2024, 3, 12), "教学查房", "高血压规范化管理", "白沙分院", "赵承宇", 15, BS, 15),
            (dt.date(2024, 4, 9), "学术讲座", "基层常见急症处置", "医共体柳塘分院", "孙语桐", "22人", LT, 22),
            (dt.date(2024, 5, 21), "义诊", "妇幼健康义诊", "柳塘中心卫生院", "孙语桐", 8, LT, 8),
            (dt.date(2024, 6, 18), "技术培训", "心肺复苏培训", "城关社区卫生服务中心", "周砚秋", 30, CG, 30),
            (dt.date(2024, 7, 2), "疑难病例讨论", "慢阻肺急性加重病例讨论", "白沙镇卫生院", "钱沐阳", 12, BS, 12)]
    for i, (day, kind, topic, target, who, n, rec, nv) in enumerate(acts, 1):
        ws.append([i, day, kind, topic, target, who, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=kind, topic=topic,
                                                    participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": QXR}, ["activity_date", "activity_type"])
    ws.append(["填表人：医务科", None, None, None, "2025年1月8日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 乡镇报送
def bs_trainees(path: Path):
    """白沙 centre's list of its staff sent out for 进修: 科室 (their own) beside 进修科室 (the training's); 进修医院
    "县人民医院" / "县医院" (the county's, from the title) and one at 澄州市中心医院; 进修费用 "免" / 4500;
    进修时间 "2024.3.1-2024.8.31" / "2024年4月—9月"."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杳县白沙卫生院2024年外出进修人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "进修医院", "进修科室", "进修时间", "进修费用（元）", "备注"])
    people = [("lin", "林晓岚", "女", "全科", "县人民医院", "心血管内科", "2024.3.1-2024.8.31", "免", QXR,
               d(2024, 3, 1), d(2024, 8, 31), 0.0, "已结业"),
              ("zhouqm", "周启明", "男", "公卫科", "县医院", "超声科", "2024年4月—9月", "免", QXR,
               d(2024, 4, 1), d(2024, 9, 30), 0.0, None),
              ("wu", "吴小满", "女", "护理部", "县人民医院", "急诊科", "2024.9.2-2024.12.31", "免", QXR,
               d(2024, 9, 2), d(2024, 12, 31), 0.0, "在修"),
              ("chen", "陈佳禾", "女", "检验科", "澄州市中心医院", "检验科", "2024.5.6-2024.11.5", 4500, CZ,
               d(2024, 5, 6), d(2024, 11, 5), 4500.0, None)]
    for i, (key, name, sex, own, host_w, dept, period, fee, host, sd, ed, feev, note) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), own, host_w, dept, period, fee, note])
        ws.cell(ws.max_row, 4).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev),
            {"recipient_hospital_id": BS, "host_hospital_id": host}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填报人：院办", None, None, "联系电话：（略）", None, None, "2025年1月6日"])
    wb.save(path)


MONTHLY_FIELDS = ("outpatient_visits", "discharges", "referrals_out", "referrals_down_received")


def monthly_fields(m, vals):
    op, ip, up, down = vals
    f = dict(year=2024, month=m, outpatient_visits=op, discharges={"one_of": [ip, None]}, referrals_out=up,
             referrals_down_received=down, referrals_up_received=None, surgeries=None)
    return f


def bs_monthly(path: Path):
    """白沙 centre's statistics as "青杳县医共体白沙分院" in the title: months down the rows, 门诊人次 | 住院人次 | 上转人次 |
    下转人次 (a township centre's own: 上转 = sent up, 下转 = received down) | 家庭医生签约人数; 6月 printed with "—"
    everywhere (not reported); a 合计 row."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杳县医共体白沙分院2024年1-6月业务统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门诊人次", "住院人次", "上转人次", "下转人次", "家庭医生签约人数"])
    data = {1: (2841, 96, 23, 7, 312), 2: (2405, 88, 19, 5, 280), 3: (3012, 104, 27, 9, 355),
            4: (2957, 99, 25, 8, 341), 5: (3108, 110, 29, 11, 366)}
    for m, v in data.items():
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row, monthly_fields(m, v[:4]), {"recipient_hospital_id": BS},
            ["year", "month"])
    ws.append(["6月", "—", "—", "—", "—", "—"])
    ws.append(["合计", *[sum(v[j] for v in data.values()) for j in range(5)]])
    ws.append(["填报人：统计员", None, "审核：院长", None, "2024年7月5日"])
    wb.save(path)


def lt_monthly_ods(path: Path):
    """柳塘 (the merged centre) in .ods, months as columns (7月 … 12月 | 合计), indicators down the rows with their
    direction in brackets; the title naming the former name."""
    fn, sh = path.name, "7-12月"
    rows = [[f"青杳县柳塘镇中心卫生院（原柳塘镇卫生院）2024年7—12月业务统计  {SYN}"],
            ["指标", "7月", "8月", "9月", "10月", "11月", "12月", "合计"]]
    series = {"门诊人次": [3520, 3611, 3390, 3702, 3655, 3810], "住院人次": [131, 140, 126, 135, 129, 144],
              "上转人次（转县级医院）": [34, 31, 29, 36, 33, 38], "下转人次（县级医院转入）": [12, 10, 9, 14, 11, 13]}
    for k, v in series.items():
        rows.append([k, *v, sum(v)])
    rows.append(["填报：柳塘镇中心卫生院办公室", None, None, None, None, "2025年1月7日"])
    ods_doc(path, {sh: rows})
    for i, m in enumerate(range(7, 13)):
        vals = tuple(series[k][i] for k in series)
        row("hospital_monthly_stats", fn, sh, None, monthly_fields(m, vals), {"recipient_hospital_id": LT},
            ["year", "month"])


def ya_monthly_csv(path: Path):
    """云岙 centre as "云岙卫生院（青杳县）" on a 填报单位 line: UTF-8 without BOM, months "2024年1月"; one 门诊人次
    "约1200" (left empty, a finding)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"填报单位：云岙卫生院（青杳县）  {SYN}", "", "", "", ""])
    w.writerow(["统计月份", "门诊人次", "住院人次", "上转人次", "下转人次"])
    data = [(1, "1356", 41, 11, 3, 1356), (2, "约1200", 37, 9, 2, None), (3, "1489", 45, 13, 4, 1489),
            (4, "1502", 44, 12, 5, 1502)]
    r = 2
    for m, op, ip, up, down, opv in data:
        w.writerow([f"2024年{m}月", op, ip, up, down])
        r += 1
        row("hospital_monthly_stats", fn, None, r, monthly_fields(m, (opv, ip, up, down)),
            {"recipient_hospital_id": YA}, ["year", "month"])
        if opv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------------------------------- 省级医院报送
def prov_roster(path: Path):
    """An ordinary roster: 琅岫省人民医院 → 青杳县人民医院, date cells, 担任职务 挂职副院长."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省人民医院2024年派驻青杳县人民医院人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期", "担任职务"])
    people = [("gu", "顾临川", "心血管内科", "主任医师", "正高级", dt.date(2024, 1, 8), dt.date(2024, 7, 7), "挂职副院长",
               "副院长"),
              ("xie", "谢知秋", "神经内科", "副主任医师", "副高级", dt.date(2024, 1, 8), dt.date(2024, 7, 7), None, None),
              ("tang", "唐若溪", "麻醉科", "主治医师", "中级", dt.date(2024, 7, 8), dt.date(2025, 1, 7), None, None)]
    for i, (key, name, dept, title, rank, sd, ed, post, postv) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, QXR, sd, ed, post])
        ws.cell(ws.max_row, 3).number_format = "@"
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row,
            dep(dept, title, rank, "医疗", sd.isoformat(), ed.isoformat(), position=postv),
            {"support_hospital_id": PROV, "recipient_hospital_id": QXR}, ["start_date", "department"], id_number=ID[key])
    wb.save(path)


def qxr_techniques_xls(path: Path):
    """An ordinary technique list (.xls) of 青杳县人民医院 with 琅岫省人民医院 as 帮扶医院."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"青杳县人民医院2024年新技术新项目开展情况（{SYN}）")
    for j, h in enumerate(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶医院"]):
        ws.write(1, j, h)
    items = [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2024, 3, 19), 14, "是", True),
             ("无痛胃肠镜检查", "消化内科", dt.date(2024, 5, 7), 86, "否", False)]
    for i, (name, dept, day, n, gap, gapv) in enumerate(items, 1):
        r = 1 + i
        ws.write(r, 0, i)
        ws.write(r, 1, name)
        ws.write(r, 2, dept)
        ws.write(r, 3, day, date_style)
        ws.write(r, 4, n)
        ws.write(r, 5, gap)
        ws.write(r, 6, PROV)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                              cases=n, fills_county_gap=gapv),
            {"recipient_hospital_id": QXR, "support_hospital_id": PROV}, ["name"])
    ws.write(4, 0, "填报人：医务科")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 县卫健局
def county_flow_csv(path: Path):
    """The bureau's county inpatient flow, GBK CSV, two years for 青杳县."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青杳县县域住院流向（{SYN}）", "", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    r = 2
    for y, tot, out in ((2023, 41250, 7380), (2024, 42816, 6912)):
        w.writerow(["青杳县", "991021", y, tot, out])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code="991021", year=y, resident_admissions=tot,
                                                         resident_admissions_outside_county=out), {},
            ["county_code", "year"])
    w.writerow(["制表：青杳县卫生健康局", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


FOLDERS = ("reference", "县医院报送", "乡镇报送", "省级医院报送", "县卫健局")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in FOLDERS:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    province_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    county_list(raw / "reference" / "SYNTHETIC_青杳县县级医院对口帮扶乡镇卫生院一览表.xls")
    files = [(qxr_xiachen_roster, "县医院报送", "SYNTHETIC_青杳县人民医院下沉医生花名册2024.xlsx"),
             (qxt_xiachen_csv, "县医院报送", "SYNTHETIC_县中医院医共体下沉人员.csv"),
             (qxr_activities, "县医院报送", "SYNTHETIC_县人民医院下沉带教活动登记2024.xlsx"),
             (bs_trainees, "乡镇报送", "SYNTHETIC_白沙卫生院外出进修人员2024.xlsx"),
             (bs_monthly, "乡镇报送", "SYNTHETIC_医共体白沙分院业务统计1-6月.xlsx"),
             (lt_monthly_ods, "乡镇报送", "SYNTHETIC_柳塘中心卫生院月报7-12月.ods"),
             (ya_monthly_csv, "乡镇报送", "SYNTHETIC_云岙卫生院月报2024.csv"),
             (prov_roster, "省级医院报送", "SYNTHETIC_省人民医院派驻青杳县人民医院人员2024.xlsx"),
             (qxr_techniques_xls, "省级医院报送", "SYNTHETIC_青杳县人民医院新技术新项目2024.xls"),
             (county_flow_csv, "县卫健局", "SYNTHETIC_青杳县县域住院流向2023-2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
