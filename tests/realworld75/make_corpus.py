"""realworld75 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岭省) for 2024 with the teaching and
training activity records (带教培训活动 / 帮扶活动登记) in depth: the pairing list in data/raw/reference/ and thirteen
activity submissions as support hospitals and recipients keep them (xlsx, xls, ods, CSV in UTF-8 and GBK).
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁州市,梧溪县,芦湾县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser (README.md says what was read).
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


P1, PTCM, JZC = "澄岭省人民医院", "澄岭省中医院", "霁州市中心医院"
SK, WX, WXTCM = "杉口县人民医院", "梧溪县人民医院", "梧溪县中医医院"
LW, LWTCM, LWMCH, SKMCH = "芦湾县人民医院", "芦湾县中医医院", "芦湾县妇幼保健院", "杉口县妇幼保健院"
RECIP = {SK: ("二级", "甲等", "综合医院", "杉口县"), WX: ("二级", "甲等", "综合医院", "梧溪县"),
         WXTCM: ("二级", "甲等", "中医医院", "梧溪县"), LW: ("二级", "乙等", "综合医院", "芦湾县"),
         LWTCM: ("二级", "乙等", "中医医院", "芦湾县"), LWMCH: ("二级", None, "妇幼保健院", "芦湾县"),
         SKMCH: ("二级", None, "妇幼保健院", "杉口县")}
PAIRS = [(P1, SK, dt.date(2023, 12, 18)), (P1, WX, dt.date(2023, 12, 18)), (JZC, WX, dt.date(2024, 1, 9)),
         (PTCM, WXTCM, dt.date(2023, 12, 22)), (JZC, LW, dt.date(2024, 1, 9)), (PTCM, LWTCM, dt.date(2023, 12, 22)),
         (P1, LWMCH, dt.date(2023, 12, 18)), (JZC, SKMCH, dt.date(2024, 1, 9))]

# lecturers named with their ID number in brackets (霁州市中心医院's log): never a field of activities
ID = {k: idn(*v) for k, v in {"zhou": ("990401", "19740612", "035"), "lin": ("990401", "19810227", "046"),
                              "gu": ("990402", "19790915", "013")}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}

ACT = "activities"
LECT, CLIN, ROUND, OP = "学术讲座", "疑难病例讨论", "教学查房", "手术示教"


def act(file, sheet, r, date, typ, participants, recipient, support, finding=None, keys=("activity_date",
                                                                                           "activity_type")):
    """One activity of the truth: ``participants`` is the number a careful reader takes (None: not stated or not a
    number); ``finding`` the code expected on the row (UNPARSEABLE_OPTIONAL for "约30人", "全科室" …)."""
    fields = {"activity_date": date.isoformat(), "activity_type": typ, "participants": participants}
    hosp = {"recipient_hospital_id": recipient}
    if support is not None:
        hosp["support_hospital_id"] = support
    truth["rows"].append({"table": ACT, "places": [[file, sheet, r]], "fields": fields, "hospitals": hosp,
                          "keys": list(keys), "id_number": None})
    if finding:
        truth["findings"].append({"file": file, "row": r, "code": finding})


def quarantine(file, sheet, r, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "missing_required", "why": why})


def D(m, d):
    return dt.date(2024, m, d)


# ------------------------------------------------------------------------------------------- writers
def write_xlsx(path: Path, sheets: dict, date_fmt="yyyy-mm-dd", hidden_rows=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for vals in rows:
            ws.append(list(vals))
            for c in ws[ws.max_row]:
                if isinstance(c.value, dt.date):
                    c.number_format = date_fmt
        for r in (hidden_rows or {}).get(name, ()):
            ws.row_dimensions[r].hidden = True
    wb.save(path)


def write_xls(path: Path, sheets: dict):
    wb = xlwt.Workbook(encoding="utf-8")
    dstyle = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for i, vals in enumerate(rows):
            for j, v in enumerate(vals):
                if v is None:
                    continue
                if isinstance(v, dt.date):
                    ws.write(i, j, dt.datetime(v.year, v.month, v.day), dstyle)
                else:
                    ws.write(i, j, v)
    wb.save(str(path))


def write_ods(path: Path, sheets: dict):
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
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, rows, encoding: str):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = max(len(r) for r in rows)
    for r in rows:
        w.writerow([("" if v is None else v) for v in r] + [""] * (width - len(r)))
    data = buf.getvalue()
    path.write_bytes(("\ufeff" + data).encode("utf-8") if encoding == "utf-8-sig" else data.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    rows = [[f"附件1：澄岭省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"],
            ["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期"]]
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        rows.append([i, r, level, grade, cat, county, s, ag])
        truth["pairings"].append({"support": s, "recipient": r, "start_date": "2024-01-01", "end_date": "2026-12-31",
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    rows.append([f"注：{SYN}，医院名称均为虚构。"])
    write_xlsx(path, {"附件1": rows})
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, JZC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_sk(path: Path):
    """省人民医院 → 杉口县人民医院, the whole year: activity types written many ways (查房带教, 业务讲座, 专题讲座,
    示范手术), a 活动形式 column of 线上/线下 (the form, not the type), 参加人数 as "30余人", "约30人", "30+",
    "30（其中护士12人）"; one row listing two types ("教学查房、病例讨论"); a row whose date is 待定 (held)."""
    fn, sh = path.name, "活动登记"
    rows = [[f"澄岭省人民医院对口支援杉口县人民医院带教培训活动登记表（2024年）{SYN}"],
            ["序号", "活动日期", "受援医院", "活动类型", "活动形式", "主题", "主讲专家", "参加人数", "备注"]]
    items = [  # date, type as written, form, topic, participants as written, type read, participants read, finding
        (D(3, 12), "教学查房", "线下", "急性心梗患者查房", 28, ROUND, 28, None),
        (D(3, 26), "查房带教", "线下", "COPD急性加重期查房", "30余人", ROUND, None, "UNPARSEABLE_OPTIONAL"),
        (D(4, 9), "业务讲座", "线上", "高血压急症的处理", "约30人", LECT, None, "UNPARSEABLE_OPTIONAL"),
        (D(4, 23), "专题讲座", "线下", "院内感染防控", 46, LECT, 46, None),
        (D(5, 14), "手术示教", "线下", "腹腔镜胆囊切除术", 12, OP, 12, None),
        (D(5, 28), "示范手术", "线下", "经尿道前列腺电切术", 8, OP, 8, None),
        (D(6, 11), "疑难病例讨论", "线上", "不明原因发热一例", "30+", CLIN, None, "UNPARSEABLE_OPTIONAL"),
        (D(6, 25), "死亡病例讨论", "线下", "重症胰腺炎死亡病例", "30（其中护士12人）", "死亡病例讨论", 30, None),
        (D(7, 9), "远程会诊", "线上", "疑似主动脉夹层会诊", 3, "远程会诊", 3, None),
    ]
    for i, (day, typ, form, topic, n, typ_read, n_read, fnd) in enumerate(items, 1):
        rows.append([i, day, SK, typ, form, topic, "许主任", n, None])
        act(fn, sh, len(rows), day, typ_read, n_read, SK, P1, fnd)
    # one row, two activities: the ward round and the case discussion (no headcount written)
    rows.append([len(items) + 1, D(8, 6), SK, "教学查房、病例讨论", "线下", "糖尿病酮症酸中毒", "许主任", None, None])
    act(fn, sh, len(rows), D(8, 6), ROUND, None, SK, P1)
    act(fn, sh, len(rows), D(8, 6), {"one_of": [CLIN, "其他"]}, None, SK, P1)
    rows.append([len(items) + 2, "待定", SK, "学术讲座", "线下", "合理用药", "许主任", 40, "时间未定"])
    quarantine(fn, sh, len(rows), "活动日期“待定”: the required activity_date is not a date")
    rows.append(["合计", None, None, None, None, None, None, None, None])
    rows.append(["填表人：医务部", None, None, None, None, "填报日期：2025年1月8日"])
    write_xlsx(path, {sh: rows}, date_fmt="yyyy/m/d")


def f_ptcm_wxtcm_monthly(path: Path):
    """省中医院 → 梧溪县中医医院 (.ods), a log kept as one sheet per month (3月, 4月, 5月), the year only in the titles,
    dates written "3月12日"."""
    fn = path.name
    sheets = {}
    months = {3: [(12, "教学查房", 18), (20, "学术讲座", 35)],
              4: [(9, "义诊", 120), (17, "技术培训", 24), (17, "教学查房", 16)],
              5: [(15, "学术讲座", 41)]}
    for m, items in months.items():
        sh = f"{m}月"
        rows = [[f"澄岭省中医院帮扶梧溪县中医医院2024年{m}月带教活动记录（{SYN}）"],
                ["日期", "活动类型", "内容", "带教专家", "参加人数"]]
        topics = iter(["针刺手法", "中医经典与临床", "社区义诊", "小针刀技术", "中风病查房", "膏方应用"])
        for day, typ, n in items:
            rows.append([f"{m}月{day}日", typ, next(topics), "陈主任", n])
            act(fn, sh, len(rows), D(m, day), typ, n, WXTCM, PTCM)
        sheets[sh] = rows
    write_ods(path, sheets)


def f_ptcm_lwtcm_csv_gbk(path: Path):
    """省中医院 → 芦湾县中医医院, CSV in GBK: a training course over several days ("2024年5月6日—10日": one activity,
    dated its first day), 线上培训 (a training given online), 远程会诊, header in row 3 under two comment lines."""
    fn = path.name
    rows = [[f"澄岭省中医院对口支援芦湾县中医医院培训活动统计（{SYN}）"],
            ["填报单位：澄岭省中医院医务处"],
            ["序号", "时间", "类型", "形式", "培训内容", "参加人数"]]
    items = [("2024年3月19日", "学术讲座", "线下", "中医体质辨识", 33, D(3, 19), LECT, 33),
             ("2024年5月6日—10日", "技术培训", "线下", "中医适宜技术培训班（5天）", 40, D(5, 6), "技术培训", 40),
             ("2024年6月18日", "线上培训", "线上", "中药饮片处方点评", 52, D(6, 18), "技术培训", 52),
             ("2024年7月2日", "远程会诊", "线上", "疑难病例远程会诊", 4, D(7, 2), "远程会诊", 4)]
    for i, (when, typ, form, topic, n, day, typ_read, n_read) in enumerate(items, 1):
        rows.append([i, when, typ, form, topic, n])
        act(fn, None, len(rows), day, typ_read, n_read, LWTCM, PTCM)
    write_csv(path, rows, "gbk")


def f_p1_lwmch_h2(path: Path):
    """省人民医院 → 芦湾县妇幼保健院, 2024年下半年: the type column headed 活动形式 (holding the types), 义诊 and
    巡回医疗 (mobile clinic: 义诊 or 其他 — either reading accepted), dates as real dates."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"澄岭省人民医院帮扶芦湾县妇幼保健院活动开展情况（2024年下半年）{SYN}"],
            ["时间", "地点", "活动形式", "活动内容", "参加人数"]]
    items = [(D(7, 16), "学术讲座", "妊娠期糖尿病管理", 38, LECT),
             (D(8, 20), "义诊", "妇女两癌筛查义诊", 150, "义诊"),
             (D(9, 10), "巡回医疗", "乡镇巡回医疗", 60, {"one_of": ["义诊", "其他"]}),
             (D(10, 15), "手术示教", "宫腔镜检查", 9, OP)]
    for day, typ, topic, n, typ_read in items:
        rows.append([day, "芦湾县妇幼保健院", typ, topic, n])
        act(fn, sh, len(rows), day, typ_read, n, LWMCH, P1)
    write_xlsx(path, {sh: rows})


def f_p1_summary(path: Path):
    """省人民医院's count summary per recipient (次数 per type): no activity row of its own — nothing to curate."""
    rows = [[f"澄岭省人民医院2024年对口支援带教培训活动汇总（{SYN}）"],
            ["受援医院", "教学查房（次）", "学术讲座（次）", "手术示教（次）", "合计（次）"],
            [SK, 3, 2, 2, 7], [LWMCH, 0, 1, 1, 2], ["合计", 3, 3, 3, 9]]
    write_xlsx(path, {"汇总": rows})


# ------------------------------------------------------------------------------------------- 霁州市
def f_jzc_lw_xls(path: Path):
    """霁州市中心医院 → 芦湾县人民医院 (.xls), 2024年上半年: 授课人 written with the ID number in brackets, dates as text
    "2024.3.15" and as date cells, 参加人数 "全科室" / "全院医护人员" (not a number: empty + finding)."""
    fn, sh = path.name, "上半年"
    rows = [[f"霁州市中心医院对口帮扶芦湾县人民医院活动登记（2024年上半年）{SYN}"],
            ["序号", "日期", "活动类型", "授课人", "题目", "参加人数"]]
    items = [("2024.3.15", "学术讲座", f"周启航（{ID['zhou']}）", "慢性心衰的规范化管理", 42, D(3, 15), LECT, 42, None),
             (D(4, 2), "专题讲座", f"林晚照（{ID['lin']}）", "胸痛中心建设", "全科室", D(4, 2), LECT, None,
              "UNPARSEABLE_OPTIONAL"),
             ("2024.4.25", "教学查房", f"周启航（{ID['zhou']}）", "心衰患者查房", 15, D(4, 25), ROUND, 15, None),
             (D(5, 18), "义诊", f"顾清源（{ID['gu']}）", "世界高血压日义诊", 200, D(5, 18), "义诊", 200, None),
             ("2024.6.7", "业务讲座", f"林晚照（{ID['lin']}）", "急诊分诊", "全院医护人员", D(6, 7), LECT, None,
              "UNPARSEABLE_OPTIONAL")]
    for i, (when, typ, who, topic, n, day, typ_read, n_read, fnd) in enumerate(items, 1):
        rows.append([i, when, typ, who, topic, n])
        act(fn, sh, len(rows), day, typ_read, n_read, LW, JZC, fnd)
    rows.append(["填表人：科教科", None, None, None, "2024年7月3日"])
    write_xls(path, {sh: rows})


def f_jzc_lw_teleconsult(path: Path):
    """霁州市中心医院 → 芦湾县人民医院, a 远程会诊登记 (the title says the type; no type column), two consultations on
    one day for different departments (two activities)."""
    fn, sh = path.name, "远程会诊"
    rows = [[f"霁州市中心医院远程会诊登记表（芦湾县人民医院，2024年下半年）{SYN}"],
            ["序号", "会诊日期", "受援医院", "申请科室", "会诊专家科室", "会诊结论"]]
    items = [(D(8, 7), "内科", "心内科", "建议冠脉造影"), (D(8, 7), "外科", "普外科", "建议保守治疗"),
             (D(11, 21), "儿科", "儿科", "转上级医院")]
    for i, (day, dept, exp, concl) in enumerate(items, 1):
        rows.append([i, day, LW, dept, exp, concl])
        act(fn, sh, len(rows), day, "远程会诊", None, LW, JZC)
    write_xlsx(path, {sh: rows})


def _skmch_rows(version: str, n_third: int, filled: str):
    rows = [[f"霁州市中心医院帮扶杉口县妇幼保健院活动登记（2024年）{version}{SYN}"],
            ["序号", "日期", "受援单位", "活动类型", "主题", "参加人数"]]
    items = [(D(3, 6), "学术讲座", "产后出血防治", 31), (D(4, 10), "教学查房", "早产儿查房", 14),
             (D(5, 22), "手术示教", "子宫肌瘤剔除术", n_third), (D(9, 4), "疑难病例讨论", "前置胎盘一例", 19),
             (D(11, 13), "学术讲座", "孕产妇危急重症识别", 36)]
    for i, (day, typ, topic, n) in enumerate(items, 1):
        rows.append([i, day, SKMCH, typ, topic, n])
    rows.append([f"填报日期：{filled}"])
    return rows, items


def f_jzc_skmch_v1(path: Path):
    """霁州市中心医院 → 杉口县妇幼保健院, first version (填报日期 2025年1月5日): replaced by the correction."""
    rows, _ = _skmch_rows("", 20, "2025年1月5日")
    write_xlsx(path, {"Sheet1": rows})


def f_jzc_skmch_v2(path: Path):
    """The correction (更正, 填报日期 2025年1月20日): the same five activities, the 手术示教's headcount 20 → 22. The
    contract: the later file replaces the rows it has again, so the truth's rows are this file's."""
    fn, sh = path.name, "Sheet1"
    rows, items = _skmch_rows("（更正）", 22, "2025年1月20日")
    for i, (day, typ, _topic, n) in enumerate(items):
        act(fn, sh, 3 + i, day, typ, n, SKMCH, JZC)
    write_xlsx(path, {sh: rows})


def f_jzc_wx_csv(path: Path):
    """霁州市中心医院 → 梧溪县人民医院, CSV UTF-8 without BOM: 死亡病例讨论, 手术示教 written 示范手术, a "共 3 条记录"
    line and a 合计 row."""
    fn = path.name
    rows = [[f"霁州市中心医院2024年对口支援梧溪县人民医院活动明细（{SYN}）"],
            ["日期", "受援医院", "活动类别", "内容", "参加人数（人）"]]
    items = [("2024/2/27", "死亡病例讨论", "消化道大出血死亡病例", 21, D(2, 27), "死亡病例讨论"),
             ("2024/6/4", "示范手术", "腹股沟疝无张力修补", 10, D(6, 4), OP),
             ("2024/10/15", "学术讲座", "脓毒症早期识别", 55, D(10, 15), LECT)]
    for when, typ, topic, n, day, typ_read in items:
        rows.append([when, WX, typ, topic, n])
        act(fn, None, len(rows), day, typ_read, n, WX, JZC)
    rows.append(["合计", None, None, None, 86])
    rows.append(["共 3 条记录"])
    write_csv(path, rows, "utf-8")


# ------------------------------------------------------------------------------------------- recipients' own logs
def f_wx_own_csv(path: Path):
    """梧溪县人民医院's own log (CSV, UTF-8 with BOM): the support hospital named only in the 授课专家 column
    ("省人民医院 张某", "霁州市中心医院 王某" — 梧溪县人民医院 has two support hospitals, so each row's is the
    expert's), 参加人员 "全科室"."""
    fn = path.name
    rows = [[f"梧溪县人民医院2024年接受对口支援带教培训记录（{SYN}）"],
            ["填报单位：梧溪县人民医院科教科"],
            ["日期", "活动内容", "活动类型", "授课专家", "参加人员", "地点"]]
    items = [("2024-04-08", "脑卒中溶栓流程", "学术讲座", "省人民医院 张某", 37, D(4, 8), LECT, P1, 37, None),
             ("2024-05-13", "骨折患者查房", "教学查房", "霁州市中心医院 王某", 17, D(5, 13), ROUND, JZC, 17, None),
             ("2024-06-24", "甲状腺手术", "手术示教", "省人民医院 张某", "全科室", D(6, 24), OP, P1, None,
              "UNPARSEABLE_OPTIONAL"),
             ("2024-09-09", "重症肺炎病例", "疑难病例讨论", "霁州市中心医院 王某", 23, D(9, 9), CLIN, JZC, 23, None)]
    for when, topic, typ, expert, n, day, typ_read, sup, n_read, fnd in items:
        rows.append([when, topic, typ, expert, n, "本院会议室"])
        act(fn, None, len(rows), day, typ_read, n_read, WX, sup, fnd)
    write_csv(path, rows, "utf-8-sig")


def f_wxtcm_own_xlsx(path: Path):
    """梧溪县中医医院's own log: 授课专家 "省中医院 陈某" (its one support hospital), a row struck out in its 备注
    (作废: not data) and a hidden row (not data)."""
    fn, sh = path.name, "2024"
    rows = [[f"梧溪县中医医院对口支援活动台账（2024年）{SYN}"],
            ["日期", "活动类型", "主题", "授课专家", "参加人数", "备注"]]
    items = [(D(6, 5), "教学查房", "腰椎间盘突出症查房", "省中医院 陈某", 14, ROUND),
             (D(7, 17), "学术讲座", "中医护理技术", "省中医院 陈某", 48, LECT)]
    for day, typ, topic, who, n, typ_read in items:
        rows.append([day, typ, topic, who, n, None])
        act(fn, sh, len(rows), day, typ_read, n, WXTCM, PTCM)
    rows.append([D(7, 18), "学术讲座", "中医护理技术", "省中医院 陈某", 48, "作废（重复录入）"])
    rows.append([D(8, 1), "义诊", "草稿", "省中医院 陈某", 99, None])
    hidden = len(rows)
    rows.append([D(9, 12), "手术示教", "小针刀松解术", "省中医院 陈某", 11, None])
    act(fn, sh, len(rows), D(9, 12), OP, 11, WXTCM, PTCM)
    write_xlsx(path, {sh: rows}, hidden_rows={sh: [hidden]})


def f_lwmch_own_ods(path: Path):
    """芦湾县妇幼保健院's own log (.ods): 活动形式 线上/线下 beside 活动类型, 参加人数 "全院医护人员" and "约30人"."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"芦湾县妇幼保健院帮扶活动登记（2024年1—6月）{SYN}"],
            ["序号", "活动时间", "活动类型", "活动形式", "授课专家", "参加人数"]]
    items = [("2024-02-21", "学术讲座", "线上", "省人民医院 专家", "全院医护人员", D(2, 21), LECT, None,
              "UNPARSEABLE_OPTIONAL"),
             ("2024-03-27", "技术培训", "线下", "省人民医院 专家", 26, D(3, 27), "技术培训", 26, None),
             ("2024-05-29", "远程会诊", "线上", "省人民医院 专家", 5, D(5, 29), "远程会诊", 5, None),
             ("2024-06-12", "教学查房", "线下", "省人民医院 专家", "约30人", D(6, 12), ROUND, None,
              "UNPARSEABLE_OPTIONAL")]
    for i, (when, typ, form, who, n, day, typ_read, n_read, fnd) in enumerate(items, 1):
        rows.append([i, when, typ, form, who, n])
        act(fn, sh, len(rows), day, typ_read, n_read, LWMCH, P1, fnd)
    write_ods(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "霁州市", "梧溪县", "芦湾县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岭省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_澄岭省城乡医院对口支援关系一览表（2024—2026年）.xlsx"
    files = [(f_p1_sk, "省直", "SYNTHETIC_省人民医院对口支援杉口县人民医院带教培训活动登记2024.xlsx"),
             (f_ptcm_wxtcm_monthly, "省直", "SYNTHETIC_省中医院帮扶梧溪县中医医院活动记录2024年3-5月.ods"),
             (f_ptcm_lwtcm_csv_gbk, "省直", "SYNTHETIC_省中医院对口支援芦湾县中医医院培训活动2024.csv"),
             (f_p1_lwmch_h2, "省直", "SYNTHETIC_省人民医院帮扶芦湾县妇幼保健院活动2024下半年.xlsx"),
             (f_p1_summary, "省直", "SYNTHETIC_省人民医院带教培训活动汇总2024.xlsx"),
             (f_jzc_lw_xls, "霁州市", "SYNTHETIC_霁州市中心医院帮扶芦湾县人民医院活动登记2024上半年.xls"),
             (f_jzc_lw_teleconsult, "霁州市", "SYNTHETIC_霁州市中心医院远程会诊登记（芦湾）2024下半年.xlsx"),
             (f_jzc_skmch_v1, "霁州市", "SYNTHETIC_霁州市中心医院帮扶杉口县妇幼保健院活动登记2024.xlsx"),
             (f_jzc_skmch_v2, "霁州市", "SYNTHETIC_霁州市中心医院帮扶杉口县妇幼保健院活动登记2024（更正）.xlsx"),
             (f_jzc_wx_csv, "霁州市", "SYNTHETIC_霁州市中心医院支援梧溪县人民医院活动明细2024.csv"),
             (f_wx_own_csv, "梧溪县", "SYNTHETIC_梧溪县人民医院接受对口支援带教培训记录2024.csv"),
             (f_wxtcm_own_xlsx, "梧溪县", "SYNTHETIC_梧溪县中医医院对口支援活动台账2024.xlsx"),
             (f_lwmch_own_ods, "芦湾县", "SYNTHETIC_芦湾县妇幼保健院帮扶活动登记2024上半年.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
