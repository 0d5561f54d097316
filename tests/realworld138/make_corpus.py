"""realworld138 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅澜省), year 2024: trainee (进修)
cohorts and dispatched-staff batches whose dates are not on the person's row — a section line above the rows gives
the cohort and its dates (第一期（2024.3.1—2024.8.31）, 2024年秋季班 9月—次年2月, 第二批 下派时间：2024年7月至12月), a
separate 期次安排 sheet lists each cohort's dates while the rows only say 期次 2, a roster where each 批次 has its own
header line, a cohort extended part-way (延期 in its section line), persons moving from one batch to the next — mixed
with ordinary rows that carry their own dates. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澜州市}/…, OUT/truth.json

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


S1, S2, S3 = "琅澜省人民医院", "琅澜省中医院", "澜州市第一人民医院"
R1, R2, R3 = "青篁县人民医院", "青篁县中医医院", "苇塘县人民医院"
R4, R5, R6 = "栖梧县人民医院", "栖梧县中医医院", "檀溪县人民医院"
UNKNOWN = "檀溪县第二人民医院"   # in no pairing list
RECIP = {R1: ("二级", "甲等", "综合医院", "青篁县"), R2: ("二级", "甲等", "中医医院", "青篁县"),
         R3: ("二级", "乙等", "综合医院", "苇塘县"), R4: ("二级", "甲等", "综合医院", "栖梧县"),
         R5: ("二级", "乙等", "中医医院", "栖梧县"), R6: ("二级", "甲等", "综合医院", "檀溪县")}
CAT_WRITTEN = {"综合医院": "综合", "中医医院": "中医"}

_people = [
    # trainees
    ("lin", "990401", "19880312", "011"), ("zhou", "990403", "19900517", "022"), ("song", "990401", "19870921", "035"),
    ("tang", "990604", "19911103", "046"), ("han", "990403", "19890228", "057"),
    ("yuan", "990401", "19860714", "068"), ("fang", "990502", "19920130", "079"), ("gu", "990401", "19930825", "081"),
    ("wen", "990502", "19850409", "092"), ("xuy", "990502", "19910606", "013"), ("qiao", "990502", "19880118", "024"),
    ("lin2", "990604", "19900903", "035"), ("he", "990604", "19870220", "046"),
    ("zhuo", "990502", "19890611", "057"), ("qi", "990502", "19920427", "068"), ("su", "990502", "19900101", "079"),
    ("huo", "990604", "19860315", "081"), ("yan", "990604", "19880808", "092"), ("zou", "990604", "19931012", "013"),
    ("mei", "990403", "19870505", "024"), ("bo", "990403", "19890719", "035"), ("cao", "990403", "19910213", "046"),
    ("xia", "990403", "19920921", "057"),
    # deployments
    ("shao", "990101", "19720403", "018"), ("ruan", "990101", "19840611", "029"), ("lu", "990101", "19860922", "031"),
    ("ge", "990101", "19760817", "042"), ("chi", "990101", "19850130", "053"),
    ("kou", "990102", "19780725", "064"), ("lian", "990102", "19830314", "075"),
    ("ye", "990201", "19800909", "086"), ("mo", "990201", "19820627", "097"), ("tian", "990201", "19790212", "018"),
]
ID = {k: idn(r, b, s) for k, r, b, s in _people}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


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


def trn(dept, start, end, **kw):
    return dict(department=dept, start_date=start, end_date=end, **kw)


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "主管护师": ("中级", "护理"), "主任中医师": ("正高级", "医疗"), "副主任中医师": ("副高级", "医疗"),
          "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end, post=None):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=post,
                start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (strings and numbers only)."""
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
def f_pairing_list(path: Path):
    """附件1: 受援医院 | 等级 (二级甲等 in one cell) | 类别 (综合 / 中医) | 所在县 | 支援医院 | 协议签订日期 | 支援期限
    (blank for five pairings → the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅澜省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 18), None), (R2, S2, dt.date(2023, 12, 18), None),
             (R3, S1, dt.date(2023, 12, 22), None), (R4, S3, dt.date(2024, 1, 5), None),
             (R5, S2, dt.date(2023, 12, 22), None), (R6, S3, dt.date(2024, 1, 5), "2024.1.1—2025.12.31")]
    for i, (r, s, agreed, period) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, CAT_WRITTEN[cat], county, s, agreed, period])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if period:
            start, end, src = d(2024, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agreed.isoformat(), "start_date_source": src})
    ws.append([f"注：医院名称均为虚构，{SYN}。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_host_cohorts(path: Path):
    """省人民医院's own list of the trainees it received: section lines 第一期（2024.3.1—2024.8.31） and
    第二期（2024.9.1—2025.2.28）, no date on any person's row; 宋怀瑾 in both cohorts (moved on to the second);
    a trainee from a hospital in no pairing list; one trainee without an ID number."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澜省人民医院2024年接收对口支援医院进修人员名单（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "姓名", "身份证号", "选送单位", "进修科室", "备注"])
    cohorts = [("第一期（2024.3.1—2024.8.31）", d(2024, 3, 1), d(2024, 8, 31),
                [("lin", "林书砚", R1, "心血管内科", None), ("zhou", "周映雪", R3, "重症医学科", None),
                 ("song", "宋怀瑾", R1, "超声科", "期满后转入第二期继续进修"),
                 ("tang", "唐一苇", UNKNOWN, "消化内科", None)]),
               ("第二期（2024.9.1—2025.2.28）", d(2024, 9, 1), d(2025, 2, 28),
                [("song", "宋怀瑾", R1, "超声科", "由第一期转入"), ("han", "韩知秋", R3, "麻醉科", None),
                 (None, "吕青禾", R3, "妇产科", "身份证号待补")])]
    n = 0
    for label, sd, ed, people in cohorts:
        ws.append([label])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=6)
        for key, name, rec, dept, note in people:
            n += 1
            ws.append([n, name, use_id(key) if key else None, rec, dept, note])
            ws.cell(ws.max_row, 3).number_format = "@"
            r = ws.max_row
            if rec == UNKNOWN:
                quarantine(fn, sh, r, "unresolved_hospital", f"选送单位 {UNKNOWN} is in no pairing list")
                continue
            row("trainees", fn, sh, r, trn(dept, sd, ed), {"recipient_hospital_id": rec, "host_hospital_id": S1},
                ["start_date"], id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
    ws.append([f"以上共{n}人"])
    ws.append(["制表：科教处", None, None, "2025年1月8日"])
    wb.save(path)


def f_s2_seasons_xls(path: Path):
    """省中医院 (.xls): one header, then 2024年春季班（3月—8月） and 2024年秋季班 9月—次年2月 section lines; 是否结业."""
    fn, sh = path.name, "学员花名册"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    lines = [[f"琅澜省中医院2024年度对口支援医院进修学员花名册（{SYN}）"],
             ["序号", "姓名", "身份证号", "选派单位", "进修科室", "是否结业"]]
    cohorts = [("2024年春季班（3月—8月）", d(2024, 3, 1), d(2024, 8, 31),
                [("yuan", "袁若溪", R2, "针灸科", "是", True), ("fang", "方知予", R5, "脾胃病科", "是", True)]),
               ("2024年秋季班  9月—次年2月", d(2024, 9, 1), d(2025, 2, 28),
                [("gu", "顾南星", R2, "康复科", "否（在修）", False), ("wen", "温以宁", R5, "骨伤科", "否（在修）", False)])]
    n = 0
    for label, sd, ed, people in cohorts:
        lines.append([label])
        for key, name, rec, dept, done, donev in people:
            n += 1
            lines.append([n, name, use_id(key), rec, dept, done])
            row("trainees", fn, sh, len(lines), trn(dept, sd, ed, completed=donev),
                {"recipient_hospital_id": rec, "host_hospital_id": S2}, ["start_date"], id_number=ID[key])
    lines.append(["填表人：医务处"])
    for i, vals in enumerate(lines):
        for j, v in enumerate(vals):
            ws.write(i, j, v)
    wb.save(str(path))


def f_s1_batches_roster(path: Path):
    """省人民医院's team at 青篁县人民医院: each 批次 with its own section line (下派时间：2024年1月至6月 /
    2024年7月至12月) and its own header line (the second in another column order); 阮清和 stays on (留任) into the
    second batch."""
    fn, sh = path.name, "医疗队"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澜省人民医院派驻青篁县人民医院医疗队人员名册（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["第一批　　下派时间：2024年1月至6月"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "挂职职务", "备注"])
    sd, ed = d(2024, 1, 1), d(2024, 6, 30)
    for i, (key, name, dept, title, post, note) in enumerate(
            [("shao", "邵明哲", "普外科", "主任医师", "副院长", "队长"),
             ("ruan", "阮清和", "心血管内科", "主治医师", None, None),
             ("lu", "陆星澜", "护理部", "主管护师", None, None)], 1):
        ws.append([i, name, use_id(key), dept, title, post, note])
        row("deployments", fn, sh, ws.max_row, dep(dept, title, sd, ed, post),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date"], id_number=ID[key])
    ws.append([])
    ws.append(["第二批　　下派时间：2024年7月至12月"])
    ws.append(["序号", "姓名", "身份证号", "职称", "科室", "挂职职务", "备注"])
    sd, ed = d(2024, 7, 1), d(2024, 12, 31)
    for i, (key, name, dept, title, post, note) in enumerate(
            [("ruan", "阮清和", "心血管内科", "主治医师", None, "第一批留任"),
             ("ge", "葛云帆", "骨科", "副主任医师", "副院长", "队长"),
             ("chi", "池映秋", "呼吸内科", "主治医师", None, None)], 1):
        ws.append([i, name, use_id(key), title, dept, post, note])
        row("deployments", fn, sh, ws.max_row, dep(dept, title, sd, ed, post),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date"], id_number=ID[key])
    ws.append(["填报单位（盖章）：琅澜省人民医院医务部"])
    wb.save(path)


def f_s2_roster_ods(path: Path):
    """省中医院 (.ods): an ordinary roster, each row with its own 派驻开始日期 / 派驻结束日期."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"琅澜省中医院2024年对口支援派驻人员花名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "派驻单位", "科室", "职称", "派驻开始日期", "派驻结束日期"]]
    for i, (key, name, rec, dept, title, s, e, sd, ed) in enumerate(
            [("kou", "寇怀远", R2, "针灸科", "副主任中医师", "2024-03-04", "2024-09-03", d(2024, 3, 4), d(2024, 9, 3)),
             ("lian", "连素心", R5, "脾胃病科", "主治中医师", "2024-05-06", "2024-11-05", d(2024, 5, 6), d(2024, 11, 5))],
            1):
        rows.append([i, name, use_id(key), rec, dept, title, s, e])
        row("deployments", fn, sh, len(rows), dep(dept, title, sd, ed), {"support_hospital_id": S2,
                                                                          "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    rows.append(["制表：医务处"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 澜州市
def f_s3_schedule_sheet(path: Path):
    """市一院: a 期次安排 sheet lists each cohort's dates; the 学员名册 rows only say 期次 (1, 2, "第3期")."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "期次安排"
    ws.append([f"澜州市第一人民医院2024年进修期次安排（{SYN}）"])
    ws.append(["期次", "开始日期", "结束日期", "进修时长"])
    sched = {1: (dt.date(2024, 3, 1), dt.date(2024, 8, 31)), 2: (dt.date(2024, 6, 1), dt.date(2024, 11, 30)),
             3: (dt.date(2024, 9, 1), dt.date(2025, 2, 28))}
    for k, (s, e) in sched.items():
        ws.append([f"第{k}期", s, e, "6个月"])
        for c in (2, 3):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
    ws2 = wb.create_sheet("学员名册")
    sh = ws2.title
    ws2.append([f"澜州市第一人民医院接收对口支援医院进修学员名册（{SYN}）"])
    ws2.append(["序号", "姓名", "身份证号", "选送单位", "进修科室", "期次"])
    for i, (key, name, rec, dept, period, k) in enumerate(
            [("xuy", "许砚秋", R4, "急诊科", 1, 1), ("qiao", "乔慕白", R4, "检验科", 2, 2),
             ("lin2", "蔺听雨", R6, "儿科", "第2期", 2), ("he", "何清远", R6, "医学影像科", "第3期", 3)], 1):
        ws2.append([i, name, use_id(key), rec, dept, period])
        ws2.cell(ws2.max_row, 3).number_format = "@"
        s, e = sched[k]
        row("trainees", fn, sh, ws2.max_row, trn(dept, s.isoformat(), e.isoformat()),
            {"recipient_hospital_id": rec, "host_hospital_id": S3}, ["start_date"], id_number=ID[key])
    ws2.append(["注：各期起止时间见“期次安排”表。"])
    wb.save(path)


def f_r4_sender_csv(path: Path):
    """栖梧县人民医院 (CSV, GBK): its own trainees sent out, section lines 第一批（2024年3月—8月） / 第二批（2024年9月—
    2025年2月); the 进修时间 column blank except one trainee who started later and wrote her own dates."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"栖梧县人民医院2024年外出进修人员登记表（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修医院", "进修科室", "进修时间", "备注"])
    r = 2
    for label, sd, ed, people in [
            ("第一批（2024年3月—8月）", d(2024, 3, 1), d(2024, 8, 31),
             [("zhuo", "卓远帆", "心血管内科", "", None), ("qi", "祁晚照", "神经内科", "2024.4.1—2024.9.30",
                                                           (d(2024, 4, 1), d(2024, 9, 30)))]),
            ("第二批（2024年9月—2025年2月）", d(2024, 9, 1), d(2025, 2, 28),
             [("su", "苏暮云", "呼吸内科", "", None)])]:
        w.writerow([label, "", "", "", "", ""])
        r += 1
        for key, name, dept, period, own in people:
            w.writerow([name, use_id(key), S3, dept, period, "4月1日入科" if own else ""])
            r += 1
            s, e = own or (sd, ed)
            row("trainees", fn, None, r, trn(dept, s, e), {"recipient_hospital_id": R4, "host_hospital_id": S3},
                ["start_date"], id_number=ID[key])
    w.writerow(["合计：3人", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r6_extended_ods(path: Path):
    """檀溪县人民医院 (.ods): section lines 第一期（2024年3月1日—2024年5月31日） and a second cohort extended part-way
    (第二期（原定2024年6月1日—11月30日，延期至2024年12月31日）); 结业情况."""
    fn, sh = path.name, "进修登记"
    rows = [[f"檀溪县人民医院2024年选派人员进修登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修单位", "进修科室", "结业情况"]]
    n = 0
    for label, sd, ed, people in [
            ("第一期（2024年3月1日—2024年5月31日）", d(2024, 3, 1), d(2024, 5, 31), [("huo", "霍知微", "病理科")]),
            ("第二期（原定2024年6月1日—11月30日，延期至2024年12月31日）", d(2024, 6, 1), d(2024, 12, 31),
             [("yan", "晏清川", "眼科"), ("zou", "邹望舒", "耳鼻咽喉科")])]:
        rows.append([label])
        for key, name, dept in people:
            n += 1
            rows.append([n, name, use_id(key), S3, dept, "已结业"])
            row("trainees", fn, sh, len(rows), trn(dept, sd, ed, completed=True),
                {"recipient_hospital_id": R6, "host_hospital_id": S3}, ["start_date"], id_number=ID[key])
    rows.append(["填表：科教科"])
    ods_doc(path, {sh: rows})


def f_r3_ordinary_trainees(path: Path):
    """苇塘县人民医院: an ordinary list, every row with its own 进修起止日期 and a fee; one row's dates left blank
    among written ones (held: a required start missing)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇塘县人民医院2024年赴上级医院进修人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修医院", "进修科室", "开始日期", "结束日期", "进修费（元）"])
    for i, (key, name, dept, s, e, fee) in enumerate(
            [("mei", "梅照临", "神经外科", dt.date(2024, 3, 11), dt.date(2024, 9, 10), 0),
             ("bo", "柏青芜", "内分泌科", None, None, 0),
             ("cao", "曹映川", "泌尿外科", dt.date(2024, 4, 8), dt.date(2024, 10, 7), 0),
             ("xia", "夏听澜", "皮肤科", dt.date(2024, 10, 14), dt.date(2025, 4, 13), 0)], 1):
        ws.append([i, name, use_id(key), S1, dept, s, e, fee])
        for c in (6, 7):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        if s is None:
            quarantine(fn, sh, ws.max_row, "missing_value", "开始日期 / 结束日期 blank among rows that all carry their own")
            continue
        row("trainees", fn, sh, ws.max_row, trn(dept, s.isoformat(), e.isoformat(), fee_charged=0.0),
            {"recipient_hospital_id": R3, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_s3_roster(path: Path):
    """市一院: an ordinary roster with 派驻时间 "2024.3.1-2024.8.31" in one cell."""
    fn, sh = path.name, "派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜州市第一人民医院2024年派驻人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "受援医院", "科室", "职称", "派驻时间"])
    for i, (key, name, rec, dept, title, period, sd, ed) in enumerate(
            [("ye", "叶承舟", R4, "普外科", "副主任医师", "2024.3.1-2024.8.31", d(2024, 3, 1), d(2024, 8, 31)),
             ("mo", "莫辞远", R6, "儿科", "主治医师", "2024.3.1-2024.8.31", d(2024, 3, 1), d(2024, 8, 31)),
             ("tian", "田晚晴", R6, "妇产科", "主任医师", "2024.9.2-2025.3.1", d(2024, 9, 2), d(2025, 3, 1))], 1):
        ws.append([i, name, use_id(key), rec, dept, title, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", fn, sh, ws.max_row, dep(dept, title, sd, ed), {"support_hospital_id": S3,
                                                                           "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    wb.save(path)


def f_r1_techniques(path: Path):
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青篁县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    for i, (name, dept, day, cases, gap) in enumerate(
            [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 3, 20), 14, "是"),
             ("冠状动脉造影术", "心血管内科", dt.date(2024, 5, 9), 9, "是"),
             ("无创呼吸机序贯治疗", "呼吸内科", dt.date(2024, 8, 15), 22, "否")], 1):
        ws.append([i, name, dept, day, cases, gap, S1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                     cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    wb.save(path)


def f_r4_activities_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"栖梧县人民医院2024年对口支援带教培训活动记录（{SYN}）", "", "", "", ""])
    w.writerow(["活动日期", "支援医院", "活动类型", "活动内容", "参加人数"])
    r = 2
    for day, typ, topic, n in [(dt.date(2024, 4, 16), "学术讲座", "急性胸痛的鉴别诊断", 46),
                               (dt.date(2024, 6, 4), "教学查房", "重症肺炎查房", 18),
                               (dt.date(2024, 10, 22), "手术示教", "腹腔镜疝修补术", 9)]:
        w.writerow([day.isoformat(), S3, typ, topic, n])
        r += 1
        row("activities", fn, None, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_r3_monthly(path: Path):
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇塘县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [12400 + 180 * m, 930 + 11 * m, 210 + 4 * m, 35 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R3}, ["month"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澜州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    f_pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅澜省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_host_cohorts, "省直", "SYNTHETIC_琅澜省人民医院2024年接收进修人员名单.xlsx"),
             (f_s2_seasons_xls, "省直", "SYNTHETIC_琅澜省中医院进修学员花名册（春秋两季）.xls"),
             (f_s1_batches_roster, "省直", "SYNTHETIC_省人民医院派驻青篁县人民医院医疗队名册（分批次）.xlsx"),
             (f_s2_roster_ods, "省直", "SYNTHETIC_省中医院派驻人员花名册2024.ods"),
             (f_s3_schedule_sheet, "澜州市", "SYNTHETIC_澜州市第一人民医院进修期次安排及学员名册.xlsx"),
             (f_r4_sender_csv, "澜州市", "SYNTHETIC_栖梧县人民医院外出进修人员2024.csv"),
             (f_r6_extended_ods, "澜州市", "SYNTHETIC_檀溪县人民医院进修登记（第二期延期）.ods"),
             (f_r3_ordinary_trainees, "澜州市", "SYNTHETIC_苇塘县人民医院进修人员名单2024.xlsx"),
             (f_s3_roster, "澜州市", "SYNTHETIC_澜州市第一人民医院派驻人员名单2024.xlsx"),
             (f_r1_techniques, "省直", "SYNTHETIC_青篁县人民医院新技术新项目2024.xlsx"),
             (f_r4_activities_csv, "澜州市", "SYNTHETIC_栖梧县人民医院帮扶活动记录2024.csv"),
             (f_r3_monthly, "澜州市", "SYNTHETIC_苇塘县人民医院业务量1-6月.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
