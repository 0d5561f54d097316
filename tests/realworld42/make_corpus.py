"""realworld42 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜屿省) for 2025 as the province's data
manager receives it over a year of resubmissions and corrections: a roster sent as v1, then 修订版 two months
later, then 最终版; a 更正 file listing only the corrected rows; a roster with a 状态 column (作废 / 删除); a late
file for a month missing from an earlier statistics file; an attachment saved twice under two names ("(1).xlsx");
a monthly statistics file resent with one figure changed; a trainee list resent with one start date corrected.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,青苇县,白渚县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Every later version of a
file is later by every sign a reader has: the 填报日期 written in it, the version word in its name, the workbook's
own dates and the file's modification time (and its name sorts after the earlier one). Written without reading
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


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2 = "澜屿省第二人民医院", "沧梧市中心医院"
R1, R2, R3, R4 = "青苇县人民医院", "青苇县中医医院", "白渚县人民医院", "白渚县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青苇县"), R2: ("二级", "甲等", "中医医院", "青苇县"),
         R3: ("二级", "乙等", "综合医院", "白渚县"), R4: ("二级", None, "妇幼保健院", "白渚县")}

PEOPLE = {  # key: (name, region, birth, seq)
    "lin": ("林砚秋", "990311", "19740512", "031"), "cheng": ("程未央", "990311", "19830917", "042"),
    "zhou": ("周叙白", "990312", "19860303", "015"), "gu": ("顾晏清", "990311", "19880624", "026"),
    "su": ("苏念禾", "990313", "19930208", "047"), "xuqh": ("许清和", "990311", "19851130", "058"),
    "han": ("韩知遥", "990401", "19840719", "063"), "qiu": ("邱屿", "990401", "19900405", "014"),
    "wen": ("温照", "990402", "19790822", "035"), "lu": ("陆沉舟", "990401", "19811015", "076"),
    "ye": ("叶微澜", "990403", "19870128", "021"), "min": ("闵一苇", "990401", "19920611", "082"),
    "tang": ("唐鹤鸣", "990311", "19770301", "093"), "shi": ("石听雨", "990312", "19890909", "017"),
    "ou": ("欧云帆", "990311", "19841204", "028"), "bao": ("鲍知秋", "990313", "19810716", "039"),
    "fang": ("方知意", "990422", "19940314", "046"), "dai": ("戴星河", "990422", "19910527", "052"),
    "mi": ("米小禾", "990423", "19961019", "064"),
}
ID = {k: idn(*v[1:]) for k, v in PEOPLE.items()}
NAME = {k: v[0] for k, v in PEOPLE.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {}
mtimes = {}   # file name → the date it was sent (its modification time is set to that day)


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


RANK = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
        "住院医师": ("初级", "医疗"), "主管护师": ("中级", "护理"), "主管技师": ("中级", "医技"),
        "主治中医师": ("中级", "医疗"), "副主任中医师": ("副高级", "医疗")}


def dep(dept, title, start, end, **more):
    rank, cat = RANK[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def workbook(sent: dt.date):
    wb = openpyxl.Workbook()
    when = dt.datetime(sent.year, sent.month, sent.day, 9, 30)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = SYN
    return wb


def date_cell(ws, r, c, fmt="yyyy-mm-dd"):
    ws.cell(r, c).number_format = fmt


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as floats, the rest as text)."""
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


def write_csv(path: Path, rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    path.write_bytes(("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The province's 附件1: 受援医院 first, the period only in the title (2025—2027年), 协议签订日期 as dates."""
    wb = workbook(dt.date(2024, 12, 20))
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜屿省城乡医院对口支援关系表（2025—2027年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期"])
    pairs = [(R1, S1, dt.date(2024, 12, 2)), (R3, S1, dt.date(2024, 12, 2)),
             (R2, S2, dt.date(2024, 12, 9)), (R4, S2, dt.date(2024, 12, 9))]
    for i, (r, s, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag])
        date_cell(ws, ws.max_row, 8)
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2025, 1, 1),
                                  "end_date": d(2027, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直: S1 → R1, three versions
# (key, 科室, 职称, start, end, 在受援医院职务) per version; the 最终版 has no 职务 column.
S1R1 = {
    "v1": (dt.date(2025, 3, 10), [("lin", "普外科", "主任医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), "科主任"),
                                  ("cheng", "心内科", "主治医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
                                  ("zhou", "麻醉科", "主治医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
                                  ("gu", "护理部", "主管护师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None)]),
    "修订版": (dt.date(2025, 5, 12), [("lin", "普外科", "主任医师", dt.date(2025, 3, 1), dt.date(2026, 2, 28), "副院长"),
                                    ("cheng", "心内科", "副主任医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
                                    ("zhou", "麻醉科", "主治医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
                                    ("su", "儿科", "住院医师", dt.date(2025, 5, 6), dt.date(2025, 11, 5), "科主任")]),
    "最终版": (dt.date(2025, 7, 15), [("lin", "普外科", "主任医师", dt.date(2025, 3, 1), dt.date(2026, 2, 28), None),
                                    ("cheng", "心内科", "副主任医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
                                    ("zhou", "麻醉科", "主治医师", dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
                                    ("su", "儿科", "住院医师", dt.date(2025, 5, 6), dt.date(2025, 11, 5), None),
                                    ("xuqh", "检验科", "主管技师", dt.date(2025, 7, 1), dt.date(2025, 12, 31), None)]),
}
# 职务 the 最终版 (without that column) keeps from the 修订版
KEPT_POSITION = {"lin": "副院长", "su": "科主任"}


def f_s1r1_roster(version):
    def make(path: Path):
        """省二院 → 青苇县人民医院, one version: title with the version word, 填报单位 / 填报日期 line under it,
        start and end in two date columns; v1 and 修订版 with 在受援医院职务, the 最终版 without it."""
        fn, sh = path.name, "派驻人员"
        sent, people = S1R1[version]
        mtimes[fn] = sent
        wb = workbook(sent)
        ws = wb.active
        ws.title = sh
        ws.append([f"澜屿省第二人民医院2025年派驻青苇县人民医院人员名单（{version}）（{SYN}）"])
        ws.merge_cells("A1:I1")
        ws.append([f"填报单位：{S1}", None, None, None, None, f"填报日期：{cn(sent)}"])
        hdr = ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间"]
        with_pos = version != "最终版"
        ws.append(hdr + (["在受援医院职务"] if with_pos else []))
        for i, (key, dept, title, s, e, pos) in enumerate(people, 1):
            ws.append([i, NAME[key], use_id(key), dept, title, R1, s, e] + ([pos] if with_pos else []))
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            date_cell(ws, r, 7)
            date_cell(ws, r, 8)
            if version == "最终版":   # the rows that stand: the 最终版's, 职务 kept from the 修订版
                row("deployments", [(fn, sh, r)], dep(dept, title, s.isoformat(), e.isoformat(),
                                                       position_at_recipient=KEPT_POSITION.get(key)),
                    {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date", "department"],
                    id_number=ID[key])
        ws.append(["合计", f"{len(people)}人"])
        ws.append(["制表：医务处", None, None, "审核：院办"])
        wb.save(path)
    return make


# ------------------------------------------------------------------------------------------- S2 → R2, 更正 of two rows
S2R2 = [("han", "中医内科", "主治中医师"), ("qiu", "针灸科", "住院医师"), ("wen", "骨伤科", "副主任中医师"),
        ("lu", "中医内科", "主治中医师"), ("ye", "康复科", "主治医师"), ("min", "针灸科", "住院医师")]
S2R2_START, S2R2_END = dt.date(2025, 3, 10), dt.date(2025, 9, 9)
S2R2_FIX = {"han": dict(start=dt.date(2025, 3, 17)), "qiu": dict(title="主治医师")}   # what the 更正 file changes
WEN_WRONG = ID["wen"][:17] + ("0" if ID["wen"][17] != "0" else "1")


def f_s2r2_roster(path: Path):
    """沧梧市中心医院 → 青苇县中医医院, six people, 派驻时间 as text "2025-03-10至2025-09-09"; 温照's ID number with a
    wrong check digit (curated with a finding). Four of its rows stand; the 更正 file replaces two."""
    fn, sh = path.name, "Sheet1"
    sent = dt.date(2025, 3, 20)
    mtimes[fn] = sent
    wb = workbook(sent)
    ws = wb.active
    ws.title = sh
    ws.append([f"沧梧市中心医院2025年派驻青苇县中医医院人员名单（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "派驻科室", "职称", "派驻时间", "备注"])
    for i, (key, dept, title) in enumerate(S2R2, 1):
        sp = WEN_WRONG if key == "wen" else None
        ws.append([i, NAME[key], use_id(key, sp), dept, title, f"{S2R2_START}至{S2R2_END}", None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        if key not in S2R2_FIX:
            row("deployments", [(fn, sh, r)], dep(dept, title, S2R2_START.isoformat(), S2R2_END.isoformat()),
                {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date", "department"],
                id_number=sp or ID[key])
            if sp:
                finding(fn, r, "ID_CHECK_DIGIT")
    ws.append([f"填报单位：{S2}（盖章）", None, None, None, f"填报日期：{cn(sent)}"])
    wb.save(path)


def f_s2r2_correction(path: Path):
    """The 更正 file, two weeks later: only the two corrected rows (韩知遥's start date, 邱屿's title), same form,
    a 注 line saying the other four are unchanged."""
    fn, sh = path.name, "更正"
    sent = dt.date(2025, 4, 8)
    mtimes[fn] = sent
    wb = workbook(sent)
    ws = wb.active
    ws.title = sh
    ws.append([f"沧梧市中心医院2025年派驻青苇县中医医院人员名单（更正）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "派驻科室", "职称", "派驻时间", "备注"])
    i = 0
    for key, dept, title in S2R2:
        if key not in S2R2_FIX:
            continue
        i += 1
        fix = S2R2_FIX[key]
        start, title = fix.get("start", S2R2_START), fix.get("title", title)
        note = "更正派驻开始时间" if "start" in fix else "更正职称"
        ws.append([i, NAME[key], use_id(key), dept, title, f"{start}至{S2R2_END}", note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("deployments", [(fn, sh, r)], dep(dept, title, start.isoformat(), S2R2_END.isoformat()),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date", "department"], id_number=ID[key])
    ws.append(["注：本表仅列更正人员，其余4人信息不变。"])
    ws.append([f"填报单位：{S2}（盖章）", None, None, None, f"填报日期：{cn(sent)}"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- S1 → R3, 状态 column
def f_s1r3_status(path: Path):
    """省二院 → 白渚县人民医院: a 状态 column — 正常 / 新增 rows stand; a 作废 line (唐鹤鸣's first line, wrong
    dates, re-entered below it) and a 删除 line (a person not sent) are not deployments. 鲍知秋 (新增) without an
    ID number (（待补）): curated by name with a finding."""
    fn, sh = path.name, "派驻名单"
    sent = dt.date(2025, 4, 2)
    mtimes[fn] = sent
    wb = workbook(sent)
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省第二人民医院派驻白渚县人民医院人员情况（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期", "状态"])
    lines = [("shi", "急诊科", "主治医师", dt.date(2025, 3, 3), dt.date(2025, 9, 2), "正常"),
             ("tang", "骨科", "副主任医师", dt.date(2025, 1, 2), dt.date(2025, 6, 30), "作废"),
             ("tang", "骨科", "副主任医师", dt.date(2025, 3, 3), dt.date(2025, 9, 2), "正常"),
             ("ou", "内分泌科", "主治医师", dt.date(2025, 3, 3), dt.date(2025, 9, 2), "删除"),
             ("bao", "妇产科", "副主任医师", dt.date(2025, 4, 1), dt.date(2025, 9, 30), "新增"),
             ("cheng", "心内科", "副主任医师", dt.date(2025, 9, 1), dt.date(2026, 2, 28), "正常")]
    for i, (key, dept, title, s, e, status) in enumerate(lines, 1):
        idv = "（待补）" if key == "bao" else use_id(key)
        ws.append([i, NAME[key], idv, dept, title, R3, s, e, status])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        date_cell(ws, r, 7, "yyyy/m/d")
        date_cell(ws, r, 8, "yyyy/m/d")
        if status in ("正常", "新增"):
            row("deployments", [(fn, sh, r)], dep(dept, title, s.isoformat(), e.isoformat()),
                {"support_hospital_id": S1, "recipient_hospital_id": R3}, ["start_date", "department"],
                id_number=None if key == "bao" else ID[key])
            if key == "bao":
                finding(fn, r, "NAME_ONLY")
    ws.append([f"填报日期：{cn(sent)}", None, None, "联系人：科教科"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青苇县: monthly stats, late March
R1_STATS = {m: (16100 + 230 * m, 1210 + 19 * m, 301 + 7 * m, 44 - 2 * m) for m in range(1, 7)}


def f_r1_stats_h1(path: Path):
    """青苇县人民医院 1—6月 without March (its row not there at all; March arrives later by itself)."""
    fn, sh = path.name, "2025年1-6月"
    sent = dt.date(2025, 7, 8)
    mtimes[fn] = sent
    wb = workbook(sent)
    ws = wb.active
    ws.title = sh
    ws.append([f"青苇县人民医院2025年1—6月主要业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in (1, 2, 4, 5, 6):
        v = R1_STATS[m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    ws.append(["注：3月数据另行补报。"])
    ws.append(["填报人：统计室", None, "填报日期：2025年7月8日"])
    wb.save(path)


def f_r1_stats_march_late(path: Path):
    """The late March figures (补报), a month after the 1—6月 file: CSV in GBK, one data row."""
    fn = path.name
    sent = dt.date(2025, 8, 5)
    mtimes[fn] = sent
    v = R1_STATS[3]
    rows = [[f"青苇县人民医院2025年3月主要业务量统计（补报）（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"],
            ["2025年3月", *v],
            ["填报日期：2025年8月5日", "", "", "", ""]]
    write_csv(path, rows, "gbk")
    row("hospital_monthly_stats", [(fn, None, 3)],
        dict(year=2025, month=3, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
        {"recipient_hospital_id": R1}, ["month"])


# ------------------------------------------------------------------------------------------- 青苇县: assessments, late April
def f_r1_assessments(month, sent, late, encoding):
    def make(path: Path):
        """青苇县人民医院's monthly assessment of 省二院's staff, one CSV per month; April's sent after May's."""
        fn = path.name
        mtimes[fn] = sent
        title = f"青苇县人民医院2025年{month}月派驻人员考核{'（补报）' if late else ''}（{SYN}）"
        rows = [[title, "", "", "", "", "", "", ""],
                ["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"]]
        people = [("lin", 95 if month == 5 else 94.5), ("cheng", 92), ("zhou", 90.5 if month == 5 else 93)]
        for i, (key, score) in enumerate(people, 1):
            idv = use_id(key)
            if key == "zhou" and month == 4:   # a legacy 15-digit ID number (curated with a finding)
                idv = use_id(key, ID[key][:6] + ID[key][8:17])
            present = 3 if (key, month) == ("cheng", 5) else 4
            rows.append([i, NAME[key], idv, S1, f"2025年{month}月", score, 4, present])
            row("staff_monthly_assessments", [(fn, None, len(rows))],
                dict(year=2025, month=month, score=float(score), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": R1}, ["month"], id_number=ID[key])
            if idv != ID[key]:
                finding(fn, len(rows), "ID_15_DIGIT")
        rows.append([f"考核人：院办　填报日期：{cn(sent)}", "", "", "", "", "", "", ""])
        write_csv(path, rows, encoding)
    return make


# ------------------------------------------------------------------------------------------- 青苇县: techniques saved twice
def f_r2_techniques(path: Path):
    """青苇县中医医院's new techniques (support 沧梧市中心医院); the same attachment is saved again as "(1)"."""
    fn, sh = path.name, "新技术新项目"
    sent = dt.date(2025, 6, 30)
    mtimes[fn] = sent
    wb = workbook(sent)
    ws = wb.active
    ws.title = sh
    ws.append([f"青苇县中医医院2025年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("小针刀松解术", "骨伤科", dt.date(2025, 4, 9), 18, "是"),
             ("揿针埋针治疗失眠", "针灸科", dt.date(2025, 4, 22), 36, "否"),
             ("中药熏蒸治疗膝骨关节炎", "康复科", dt.date(2025, 5, 14), 25, "是")]
    for i, (name, dept, day, cases, gap) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, S2])
        date_cell(ws, ws.max_row, 4)
        row("techniques", [(fn, sh, ws.max_row), (fn.replace(".xlsx", "(1).xlsx"), sh, ws.max_row)],
            dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=cases,
                 fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
    ws.append(["填报人：医务科", None, None, f"填报日期：{cn(sent)}"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 白渚县
R3_STATS = {m: (9200 + 140 * m, 702 + 11 * m, 150 + 4 * m, 30 - m) for m in range(7, 13)}
R3_OCT_FIXED = 838     # the resent file's October 出院人数 (the first said 812)


def f_r3_stats(resent):
    def make(path: Path):
        """白渚县人民医院 7—12月 (.ods); resent (重报) with October's 出院人数 changed, everything else equal."""
        fn, sh = path.name, "7-12月"
        sent = dt.date(2026, 1, 20) if resent else dt.date(2026, 1, 8)
        mtimes[fn] = sent
        rows = [[f"白渚县人民医院2025年7—12月业务量统计{'（重报）' if resent else ''}（{SYN}）"],
                ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
        for m in range(7, 13):
            v = list(R3_STATS[m])
            if m == 10:
                v[1] = R3_OCT_FIXED if resent else 812
            rows.append([f"2025年{m}月", *v])
            if resent:
                row("hospital_monthly_stats", [(fn, sh, len(rows))],
                    dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2],
                         referrals_out=v[3]), {"recipient_hospital_id": R3}, ["month"])
        rows.append(["填报人：统计室", None, f"填报日期：{cn(sent)}"])
        ods_doc(path, {sh: rows})
    return make


R4_TRAINEES = [("fang", "产科", dt.date(2025, 3, 1), dt.date(2025, 8, 31)),
               ("dai", "儿科", dt.date(2025, 3, 1), dt.date(2025, 8, 31)),
               ("mi", "护理部", dt.date(2025, 5, 1), dt.date(2025, 10, 31))]
FANG_FIXED_START = dt.date(2025, 4, 1)


def f_r4_trainees(revised):
    def make(path: Path):
        """白渚县妇幼保健院's trainees at 沧梧市中心医院 (.xls, xlwt), dates as text; the 修订 file is the same list
        with 方知意's start date corrected (2025-03-01 → 2025-04-01)."""
        fn, sh = path.name, "进修人员"
        sent = dt.date(2025, 6, 16) if revised else dt.date(2025, 4, 10)
        mtimes[fn] = sent
        wb = xlwt.Workbook(encoding="utf-8")
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"白渚县妇幼保健院2025年赴沧梧市中心医院进修人员登记表{'（修订）' if revised else ''}（{SYN}）")
        hdr = ["序号", "姓名", "身份证号码", "进修科室", "进修医院", "开始时间", "结束时间", "是否结业"]
        for j, h in enumerate(hdr):
            ws.write(1, j, h)
        for i, (key, dept, s, e) in enumerate(R4_TRAINEES, 1):
            if revised and key == "fang":
                s = FANG_FIXED_START
            for j, v in enumerate([i, NAME[key], use_id(key), dept, S2, s.isoformat(), e.isoformat(), "否"]):
                ws.write(1 + i, j, v)
            if revised:
                row("trainees", [(fn, sh, 2 + i)], dict(department=dept, start_date=s.isoformat(),
                                                         end_date=e.isoformat(), completed=False),
                    {"recipient_hospital_id": R4, "host_hospital_id": S2}, ["start_date", "department"],
                    id_number=ID[key])
        ws.write(2 + len(R4_TRAINEES), 0, f"填报日期：{cn(sent)}")
        wb.save(str(path))
    return make


def f_r4_activities(path: Path):
    """白渚县妇幼保健院's record of 沧梧市中心医院's activities (.ods): 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动记录"
    mtimes[fn] = dt.date(2025, 12, 28)
    rows = [[f"白渚县妇幼保健院2025年对口支援带教培训活动记录（{SYN}）"],
            ["日期", "支援单位", "活动形式", "主题", "参加人数"]]
    acts = [(dt.date(2025, 4, 18), "学术讲座", "产后出血的识别与处置", 32, 32),
            (dt.date(2025, 5, 23), "教学查房", "妊娠期糖尿病查房", 15, 15),
            (dt.date(2025, 6, 6), "技术培训", "新生儿复苏技术培训", "约40人", None),
            (dt.date(2025, 9, 12), "疑难病例讨论", "胎盘早剥一例", 21, 21)]
    for day, typ, topic, n, nv in acts:
        rows.append([day.isoformat(), S2, typ, topic, n])
        row("activities", [(fn, sh, len(rows))], dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=nv),
            {"recipient_hospital_id": R4, "support_hospital_id": S2}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：办公室", None, "填报日期：2025年12月28日"])
    ods_doc(path, {sh: rows})


def f_county(path: Path):
    """省卫健委 clerk: one row per county and year."""
    fn, sh = path.name, "县域住院"
    sent = dt.date(2026, 2, 10)
    mtimes[fn] = sent
    wb = workbook(sent)
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向（2024、2025年）（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, y, tot, out in (("青苇县", "999411", 2024, 35120, 6630), ("青苇县", "999411", 2025, 36044, 6102),
                                      ("白渚县", "999412", 2024, 22310, 5120), ("白渚县", "999412", 2025, 22987, 4766)):
        ws.append([county, code, y, tot, out])
        row("county_inpatient_stats", [(fn, sh, ws.max_row)], dict(county_code=code, year=y, resident_admissions=tot,
                                                                    resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "青苇县", "白渚县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜屿省城乡医院对口支援关系表（2025—2027年）.xlsx")
    mtimes["SYNTHETIC_附件1_澜屿省城乡医院对口支援关系表（2025—2027年）.xlsx"] = dt.date(2024, 12, 20)
    tech = "SYNTHETIC_青苇县中医医院新技术新项目2025.xlsx"
    files = [(f_s1r1_roster("v1"), "省直", "SYNTHETIC_省二院派驻青苇县人民医院人员名单2025_v1.xlsx"),
             (f_s1r1_roster("修订版"), "省直", "SYNTHETIC_省二院派驻青苇县人民医院人员名单2025_修订版.xlsx"),
             (f_s1r1_roster("最终版"), "省直", "SYNTHETIC_省二院派驻青苇县人民医院人员名单2025_最终版.xlsx"),
             (f_s1r3_status, "省直", "SYNTHETIC_省二院派驻白渚县人民医院人员情况2025.xlsx"),
             (f_s2r2_roster, "省直", "SYNTHETIC_沧梧市中心医院派驻青苇县中医医院人员2025.xlsx"),
             (f_s2r2_correction, "省直", "SYNTHETIC_沧梧市中心医院派驻青苇县中医医院人员2025（更正）.xlsx"),
             (f_county, "省直", "SYNTHETIC_县域住院流向2024-2025.xlsx"),
             (f_r1_stats_h1, "青苇县", "SYNTHETIC_青苇县人民医院2025年1-6月业务量.xlsx"),
             (f_r1_stats_march_late, "青苇县", "SYNTHETIC_青苇县人民医院2025年3月业务量（补报）.csv"),
             (f_r1_assessments(5, dt.date(2025, 6, 5), False, "utf-8-sig"), "青苇县",
              "SYNTHETIC_青苇县人民医院派驻人员考核2025年5月.csv"),
             (f_r1_assessments(4, dt.date(2025, 6, 20), True, "gbk"), "青苇县",
              "SYNTHETIC_青苇县人民医院派驻人员考核2025年4月（补报）.csv"),
             (f_r2_techniques, "青苇县", tech),
             (f_r3_stats(False), "白渚县", "SYNTHETIC_白渚县人民医院7-12月业务量统计.ods"),
             (f_r3_stats(True), "白渚县", "SYNTHETIC_白渚县人民医院7-12月业务量统计（重报）.ods"),
             (f_r4_trainees(False), "白渚县", "SYNTHETIC_白渚县妇幼保健院进修人员2025.xls"),
             (f_r4_trainees(True), "白渚县", "SYNTHETIC_白渚县妇幼保健院进修人员2025（修订）.xls"),
             (f_r4_activities, "白渚县", "SYNTHETIC_白渚县妇幼保健院带教培训活动2025.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    # the same attachment saved a second time from the mail client (identical bytes, a later save)
    copy = tech.replace(".xlsx", "(1).xlsx")
    shutil.copyfile(raw / "青苇县" / tech, raw / "青苇县" / copy)
    mtimes[copy] = mtimes[tech]
    truth["submission_files"].append(copy)
    for p in raw.rglob("*"):
        if p.is_file():
            day = mtimes[p.name]
            t = dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=dt.timezone.utc).timestamp()
            os.utime(p, (t, t))
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
