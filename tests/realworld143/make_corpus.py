"""realworld143 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅涧省) for 2024: two-way staff
exchange (双向交流). Rosters that list, in one sheet, both the support hospital's staff sent down (下派, 下沉, 挂职 at
the recipient) and the recipient's staff sent up (上挂, 上派, 跟班, 进修, 挂职学习 at the support hospital), told apart
by a 交流方式 / 类型 column, by two sections (一、下派人员 二、上挂人员) or by which hospital column is filled; files from
both sides (我院上挂人员); ordinary rosters, trainee lists and other forms around them; the pairing list in
data/raw/reference/. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,支援医院报送,受援医院报送}/…, OUT/truth.json

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


S1, S2, S3 = "琅涧省人民医院", "琅涧市第一人民医院", "琅涧省中医院"
R1, R2, R3, R4, R5 = "青榆县人民医院", "青榆县中医医院", "青篁县人民医院", "青苇县人民医院", "青篁县妇幼保健院"
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "青榆县"), R2: ("二级乙等", "二级", "乙等", "中医医院", "青榆县"),
         R3: ("二级甲等", "二级", "甲等", "综合医院", "青篁县"), R4: ("二级乙等", "二级", "乙等", "综合医院", "青苇县"),
         R5: ("二级", "二级", None, "妇幼保健院", "青篁县")}

ID = {k: idn(*v) for k, v in {
    # 琅涧省人民医院 staff
    "lin": ("990101", "19750312", "031"), "su": ("990101", "19860527", "042"), "gu": ("990102", "19790830", "015"),
    "ye": ("990101", "19720119", "054"), "hua": ("990102", "19700604", "027"), "bai_": ("990101", "19880921", "064"),
    "ning": ("990102", "19840215", "038"),
    # 青榆县人民医院 staff
    "qian": ("990221", "19940708", "021"), "fang": ("990221", "19890411", "046"), "yan": ("990221", "19771203", "013"),
    "tang": ("990221", "19960122", "057"), "bai": ("990221", "19900617", "022"), "tao": ("990221", "19880305", "037"),
    "han": ("990221", "19850929", "044"),
    # 琅涧市第一人民医院 staff
    "shen": ("990103", "19780514", "019"), "wen": ("990103", "19870802", "026"), "lu": ("990103", "19850110", "035"),
    # 青篁县人民医院 / 妇幼 staff
    "cheng": ("990222", "19950316", "048"), "he": ("990222", "19930724", "062"), "xu": ("990222", "19910901", "017"),
    "cao": ("990222", "19920228", "023"), "shao": ("990222", "19960611", "041"),
    # 琅涧省中医院 / 青榆县中医医院 staff
    "zhou": ("990104", "19830418", "056"), "meng": ("990221", "19940903", "068"), "luo": ("990221", "19900125", "072"),
    # 青苇县人民医院 staff
    "feng": ("990223", "19920506", "011"), "ran": ("990223", "19930813", "024"), "kuang": ("990223", "19890227", "039"),
    "che": ("990223", "19910714", "043"), "wu": ("990223", "19980330", "052"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def add_row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **kw):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **kw)


def trn(dept, start, end, **kw):
    return dict(department=dept, start_date=start, end_date=end, **kw)


def DEP(s, r):
    return {"support_hospital_id": s, "recipient_hospital_id": r}


def TRN(r, host):
    return {"recipient_hospital_id": r, "host_hospital_id": host}


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dt.date → a date cell)."""
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


def date_cells(ws, r, cols):
    for c in cols:
        if isinstance(ws.cell(r, c).value, (dt.date, dt.datetime)):
            ws.cell(r, c).number_format = "yyyy-mm-dd"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as one word (二级甲等), 支援期限 given for one pairing (the others: the title's
    2024—2026年), 协议签订日期 as date cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅涧省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2024, 2, 20), "2024年3月1日—2027年2月28日"),
             (R4, S1, dt.date(2024, 2, 20), None),
             (R3, S2, dt.date(2024, 1, 26), None),
             (R5, S2, dt.date(2024, 1, 26), None),
             (R2, S3, dt.date(2024, 1, 30), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        word, level, grade, cat, county = RECIP[r]
        ws.append([i, r, word, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、地名均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 支援医院报送
def f_s1_r1_exchange(path: Path):
    """省人民医院 ↔ 青榆县人民医院, one sheet, the direction in a 交流方式 column (下派, 下沉, 挂职, 上挂, 进修, 短期培训)
    and in 派出单位 / 接收单位 (both filled on every row). 挂职 goes either way: the hospital columns say which."""
    fn, sh = path.name, "交流人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅涧省人民医院—青榆县人民医院2024年双向交流人员名册（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["填报单位：琅涧省人民医院", None, None, None, None, None, None, None, "填报日期：2025年1月8日"])
    ws.append(["序号", "姓名", "身份证号", "性别", "派出单位", "接收单位", "科室", "职称", "交流方式", "起始日期",
               "结束日期", "备注"])
    rows = [  # key, name, sex, from, to, dept, title, how, start, end, remark
        ("lin", "林书航", "男", S1, R1, "心血管内科", "主任医师", "下派", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None),
        ("su", "苏晚晴", "女", S1, R1, "护理部", "主管护师", "下派", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None),
        ("gu", "顾承泽", "男", S1, R1, "普外科", "副主任医师", "下沉", dt.date(2024, 9, 1), dt.date(2025, 2, 28), None),
        ("ye", "叶清禾", "女", S1, R1, "神经内科", "副主任医师", "挂职", dt.date(2024, 3, 1), dt.date(2025, 2, 28),
         "挂职业务副院长"),
        ("qian", "钱少棠", "男", R1, S1, "心血管内科", "住院医师", "上挂", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         "上挂学习"),
        ("fang", "方知夏", "女", R1, S1, "重症医学科", "主治医师", "进修", dt.date(2024, 9, 1), dt.date(2025, 2, 28), None),
        ("yan", "严若谷", "男", R1, S1, "医务部", "副主任医师", "挂职", dt.date(2024, 4, 1), dt.date(2024, 9, 30),
         "上挂挂职学习医院管理"),
        ("tang", "唐一苇", "男", R1, S1, "急诊科", "住院医师", "短期培训", dt.date(2024, 5, 13), dt.date(2024, 5, 17),
         "急诊急救技能培训班（5天）"),
        ("bai", "白映雪", "女", R1, S1, "儿科", "主治医师", "上挂", dt.date(2025, 3, 1), dt.date(2025, 8, 31),
         "计划2025年3月上挂，尚未成行"),
    ]
    for i, (key, name, sex, frm, to, dept, title, how, s, e, remark) in enumerate(rows, 1):
        ws.append([i, name, use_id(key), sex, frm, to, dept, title, how, s, e, remark])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        date_cells(ws, r, (10, 11))
        if key in ("lin", "su", "gu", "ye"):
            continue    # written below (林书航 and 顾承泽 are also in 青榆县人民医院's own list)
        if key in ("fang", "yan"):
            add_row("trainees", [(fn, sh, r)], trn(dept, s.isoformat(), e.isoformat()), TRN(R1, S1),
                    ["start_date"], id_number=ID[key])
    place = {k: (fn, sh, 4 + i) for i, k in enumerate(["lin", "su", "gu", "ye", "qian"])}
    ws.append(["合计", None, "下派（含下沉、挂职）4人，上挂（含进修、挂职学习）3人"])
    wb.save(path)
    # 短期培训: a five-day course is no 进修 — held, never a trainee
    hold(fn, sh, 11, "not_a_trainee", "交流方式 短期培训 (a five-day course): no 进修, held NOT_A_TRAINEE")
    # row 12 (白映雪): planned, not yet happened — not data, in no table
    return place


def f_s2_r3_sections(path: Path):
    """市一院 ↔ 青篁县人民医院 (.xls): one header, then two sections 一、下派人员 and 二、上挂人员; no hospital columns —
    the sections say who goes where; 起止时间 "2024.03.01-2024.08.31"; one 上挂 trainee without an ID number."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    lines = [[f"琅涧市第一人民医院与青篁县人民医院双向交流人员花名册（2024年度）（{SYN}）"],
             ["序号", "姓名", "性别", "身份证号", "科室", "职称", "起止时间", "备注"],
             ["一、下派人员（我院派驻青篁县人民医院）"]]
    down = [("shen", "沈墨言", "男", "骨科", "副主任医师", "2024.03.01-2024.08.31",
             dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("wen", "温如玉", "女", "妇产科", "主治医师", "2024.03.01-2024.08.31",
             dep("妇产科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("lu", "陆景川", "男", "麻醉科", "主治医师", "2024.09.01-2025.02.28",
             dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)))]
    for i, (key, name, sex, dept, title, per, f) in enumerate(down, 1):
        lines.append([i, name, sex, use_id(key), dept, title, per, None])
        add_row("deployments", [(fn, None, len(lines))], f, DEP(S2, R3), ["start_date"], id_number=ID[key])
    lines.append(["二、上挂人员（青篁县人民医院来我院跟班学习）"])
    up = [("cheng", "程小满", "女", "骨科", "住院医师", "2024.04.01-2024.09.30", "跟班学习",
           trn("骨科", d(2024, 4, 1), d(2024, 9, 30))),
          ("he", "何雨眠", "女", "检验科", "检验师", "2024.04.01-2024.06.30", "跟班学习",
           trn("检验科", d(2024, 4, 1), d(2024, 6, 30))),
          (None, "姜北辰", "男", "超声科", "住院医师", "2024.07.01-2024.12.31", "跟班学习（身份证号待补）",
           trn("超声科", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (key, name, sex, dept, title, per, remark, f) in enumerate(up, 1):
        lines.append([i, name, sex, use_id(key) if key else None, dept, title, per, remark])
        add_row("trainees", [(fn, None, len(lines))], f, TRN(R3, S2), ["start_date"],
                id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(lines), "NAME_ONLY")
    lines.append(["填表人：科教科", None, None, None, None, "2025年1月6日"])
    for r, vals in enumerate(lines):
        for c, v in enumerate(vals):
            if v is not None:
                ws.write(r, c, v)
    wb.save(str(path))


def f_s3_r2_columns(path: Path):
    """省中医院 (.ods): 派出单位 | 接收单位, only one of them filled on most rows — 接收单位 filled: our staff sent to
    青榆县中医医院 (a deployment; the sender is the 填报单位); 派出单位 filled: 青榆县中医医院's staff received here (a
    trainee). One deployment without an ID number."""
    fn, sh = path.name, "交流登记"
    rows = [[f"琅涧省中医院2024年对口支援人员交流登记表（{SYN}）"],
            ["填报单位：琅涧省中医院"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派出单位", "接收单位", "开始日期", "结束日期"]]
    items = [("zhou", "周砚秋", "针灸科", "主治中医师", None, R2, dt.date(2024, 3, 4), dt.date(2024, 9, 3), "dep",
              dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
             (None, "郑雪川", "康复科", "副主任中医师", None, R2, dt.date(2024, 3, 4), dt.date(2024, 9, 3), "dep",
              dep("康复科", "副主任中医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
             ("meng", "孟春晖", "针灸科", "中医师", R2, None, dt.date(2024, 5, 6), dt.date(2024, 11, 5), "trn",
              trn("针灸科", d(2024, 5, 6), d(2024, 11, 5))),
             ("luo", "罗念安", "脾胃病科", "主治中医师", R2, S3, dt.date(2024, 9, 2), dt.date(2025, 3, 1), "trn",
              trn("脾胃病科", d(2024, 9, 2), d(2025, 3, 1)))]
    for i, (key, name, dept, title, frm, to, s, e, kind, f) in enumerate(items, 1):
        rows.append([i, name, use_id(key) if key else None, dept, title, frm, to, s, e])
        r = len(rows)
        if kind == "dep":
            add_row("deployments", [(fn, sh, r)], f, DEP(S3, R2), ["start_date", "department"],
                    id_number=ID[key] if key else None)
        else:
            add_row("trainees", [(fn, sh, r)], f, TRN(R2, S3), ["start_date"], id_number=ID[key])
        if key is None:
            finding(fn, r, "NAME_ONLY")
    rows.append(["制表人：医务处", None, None, None, None, None, "审核人：", f"（{SYN}）"])
    ods_doc(path, {sh: rows})


def f_s1_r4_roster(path: Path):
    """An ordinary roster: 省人民医院 → 青苇县人民医院, with posts at the recipient (挂职副院长, 科主任)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅涧省人民医院派驻青苇县人民医院医务人员名单（2024年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "在受援医院任职", "派驻开始时间", "派驻结束时间"])
    items = [("hua", "华子衿", "呼吸与危重症医学科", "主任医师", "挂职副院长", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
              dep("呼吸与危重症医学科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31),
                  position_at_recipient="副院长")),
             ("bai_", "柏远舟", "影像科", "主管技师", None, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
              dep("影像科", "主管技师", "中级", "医技", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None)),
             ("ning", "宁知秋", "儿科", "主治医师", "科主任", dt.date(2024, 9, 1), dt.date(2025, 2, 28),
              dep("儿科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28), position_at_recipient="科主任"))]
    for i, (key, name, dept, title, post, s, e, f) in enumerate(items, 1):
        ws.append([i, name, use_id(key), dept, title, post, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        date_cells(ws, r, (7, 8))
        add_row("deployments", [(fn, sh, r)], f, DEP(S1, R4), ["start_date"], id_number=ID[key])
    ws.append([f"注：{SYN}"])
    wb.save(path)


def f_s2_trainees_csv(path: Path):
    """An ordinary trainee list (CSV, UTF-8 with BOM): 市一院 hosts staff of its two recipients; 进修费用（元） 0."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"琅涧市第一人民医院2024年接收基层进修人员名单（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "进修费用（元）", "是否结业"])
    items = [("xu", "许安宁", R3, "心血管内科", "2024-03-01至2024-08-31", "是", d(2024, 3, 1), d(2024, 8, 31), True),
             ("cao", "曹念慈", R5, "产科", "2024-03-01至2024-08-31", "是", d(2024, 3, 1), d(2024, 8, 31), True),
             ("shao", "邵清欢", R5, "新生儿科", "2024-09-01至2025-02-28", "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    r = 2
    for i, (key, name, rec, dept, per, done, s, e, donev) in enumerate(items, 1):
        w.writerow([i, name, use_id(key), rec, dept, per, 0, done])
        r += 1
        add_row("trainees", [(fn, None, r)], trn(dept, s, e, fee_charged=0.0, completed=donev), TRN(rec, S2),
                ["start_date"], id_number=ID[key])
    w.writerow(["合计", "3人", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_s1_r1_activities(path: Path):
    """An ordinary activity record: 省人民医院 at 青榆县人民医院."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅涧省人民医院在青榆县人民医院开展帮扶活动记录（2024年）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "日期", "活动类型", "主题", "主讲人", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "学术讲座", "急性胸痛的规范化诊治", "林书航", 46),
            (dt.date(2024, 4, 9), "教学查房", "心力衰竭患者查房", "林书航", 18),
            (dt.date(2024, 5, 21), "疑难病例讨论", "不明原因发热病例讨论", "叶清禾", 22),
            (dt.date(2024, 10, 17), "手术示教", "腹腔镜胆囊切除术", "顾承泽", 9)]
    for i, (day, typ, topic, who, n) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, who, n])
        r = ws.max_row
        date_cells(ws, r, (2,))
        add_row("activities", [(fn, sh, r)], dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                   participants=n), DEP(S1, R1), ["activity_date"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 受援医院报送
def f_r4_up_csv(path: Path):
    """青苇县人民医院's own list of its staff sent up (我院上挂人员), CSV in GBK: 原科室 (their own, not stored) and
    上挂科室 (the department of training); 形式 上挂学习 / 跟班 / 进修 / 住院医师规范化培训; one host that is in no
    pairing list."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青苇县人民医院2024年我院上挂人员登记表（{SYN}）", "", "", "", "", "", "", "", ""])
    w.writerow(["填报单位：青苇县人民医院", "", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "原科室", "上挂单位", "上挂科室", "形式", "开始时间", "结束时间"])
    items = [("feng", "冯栖梧", "内科", S1, "消化内科", "上挂学习", "2024/3/1", "2024/8/31", d(2024, 3, 1), d(2024, 8, 31)),
             ("ran", "冉秋池", "外科", S1, "神经外科", "跟班", "2024/4/8", "2024/7/7", d(2024, 4, 8), d(2024, 7, 7)),
             ("kuang", "邝星河", "急诊科", S1, "急诊医学科", "进修", "2024/9/2", "2025/3/1", d(2024, 9, 2), d(2025, 3, 1)),
             ("che", "车晓岚", "内科", "琅涧医科大学第二附属医院", "内分泌科", "进修", "2024/3/1", "2024/8/31", None, None),
             ("wu", "巫小禾", "儿科", S1, "儿科", "住院医师规范化培训", "2024/9/1", "2027/8/31", None, None)]
    r = 3
    for i, (key, name, own, host, dept, how, s, e, sv, ev) in enumerate(items, 1):
        w.writerow([i, name, use_id(key), own, host, dept, how, s, e])
        r += 1
        if key == "che":
            hold(fn, None, r, "unresolved_hospital",
                 "上挂单位 琅涧医科大学第二附属医院 is in no pairing list: held for a person to confirm")
        elif key == "wu":
            hold(fn, None, r, "not_a_trainee", "形式 住院医师规范化培训 (规培) is no 进修: held NOT_A_TRAINEE")
        else:
            add_row("trainees", [(fn, None, r)], trn(dept, sv, ev), TRN(R4, S1), ["start_date"], id_number=ID[key])
    w.writerow(["合计：5人", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r1_updown(path: Path, s1_place: dict):
    """青榆县人民医院's own statistics of people up and down: 类型 接收下派 / 上派 / 下沉 with one 交流单位 column whose
    meaning turns with the direction (the sender for 接收下派, the host for 上派, the township for 下沉); two of the
    support hospital's people and one of its own are also in the support hospital's file (one record each)."""
    fn, sh = path.name, "上下交流"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青榆县人民医院2024年上下交流人员统计表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "类型", "交流单位", "起止时间"])
    items = [("lin", "林书航", "心血管内科", "主任医师", "接收下派", S1, "2024.03.01-2024.08.31"),
             ("gu", "顾承泽", "普外科", "副主任医师", "接收下派", S1, "2024.09.01-2025.02.28"),
             ("qian", "钱少棠", "心血管内科", "住院医师", "上派", S1, "2024.03.01-2024.08.31"),
             ("tao", "陶知远", "麻醉科", "主治医师", "上派", S1, "2024.06.01-2024.11.30"),
             ("han", "韩青野", "全科医学科", "主治医师", "下沉", "白鹭镇卫生院", "2024.03.01-2024.12.31")]
    at = {}
    for i, (key, name, dept, title, how, unit, per) in enumerate(items, 1):
        ws.append([i, name, use_id(key), dept, title, how, unit, per])
        ws.cell(ws.max_row, 3).number_format = "@"
        at[key] = (fn, sh, ws.max_row)
    ws.append(["填报人：医务科", None, None, None, None, "2025年1月10日"])
    wb.save(path)
    # the support hospital's file and this one write the same stays: one record each, from either file
    add_row("deployments", [s1_place["lin"], at["lin"]],
            dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), DEP(S1, R1), ["start_date"],
            id_number=ID["lin"])
    add_row("deployments", [s1_place["su"]], dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)),
            DEP(S1, R1), ["start_date"], id_number=ID["su"])
    add_row("deployments", [s1_place["gu"], at["gu"]],
            dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), DEP(S1, R1), ["start_date"],
            id_number=ID["gu"])
    add_row("deployments", [s1_place["ye"]],
            dep("神经内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2025, 2, 28), position_at_recipient="副院长"),
            DEP(S1, R1), ["start_date"], id_number=ID["ye"])
    add_row("trainees", [s1_place["qian"], at["qian"]], trn("心血管内科", d(2024, 3, 1), d(2024, 8, 31)), TRN(R1, S1),
            ["start_date"], id_number=ID["qian"])
    add_row("trainees", [at["tao"]], trn("麻醉科", d(2024, 6, 1), d(2024, 11, 30)), TRN(R1, S1), ["start_date"],
            id_number=ID["tao"])
    hold(fn, sh, at["han"][2], "unresolved_hospital",
         "下沉 to 白鹭镇卫生院: the county hospital's own township support, a hospital in no pairing list")


def f_r3_monthly(path: Path):
    """An ordinary monthly workload form of 青篁县人民医院, January to June."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青篁县人民医院2024年1—6月主要业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [12400 + 180 * m, 930 + 11 * m, 205 + 4 * m, 31 - m]
        ws.append([f"{m}月", *v])
        add_row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": R3}, ["month"])
    wb.save(path)


def f_r2_techniques(path: Path):
    """An ordinary technique list of 青榆县中医医院 (.ods), 技术来源 the support hospital."""
    fn, sh = path.name, "新技术"
    rows = [[f"青榆县中医医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"]]
    items = [("浮针治疗颈肩腰腿痛", "针灸科", dt.date(2024, 4, 16), 64, "是", True),
             ("中医定向透药治疗", "康复科", dt.date(2024, 6, 3), 38, "否", False)]
    for i, (name, dept, day, n, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, n, gap, S3])
        add_row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept,
                                                          first_performed_date=day.isoformat(), cases=n,
                                                          fills_county_gap=gapv),
                {"recipient_hospital_id": R2, "support_hospital_id": S3}, ["name"])
    ods_doc(path, {sh: rows})


def f_r3_assessments(path: Path):
    """An ordinary monthly assessment of the support hospital's staff at 青篁县人民医院."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青篁县人民医院派驻人员月度考核表（2024年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    i = 0
    for m in (3, 4):
        for key, name, sc, present in (("shen", "沈墨言", 95 if m == 3 else 93, 3), ("wen", "温如玉", 91, 3 if m == 3 else 2)):
            i += 1
            ws.append([i, name, use_id(key), S2, f"2024年{m}月", sc, 3, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            add_row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                    dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=present),
                    {"recipient_hospital_id": R3, "support_hospital_id": S2}, ["month"], id_number=ID[key])
    ws.append(["考核人：医务科"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "支援医院报送", "受援医院报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅涧省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    A, B = "支援医院报送", "受援医院报送"
    names = {
        "s1r1": (A, "SYNTHETIC_省人民医院与青榆县人民医院双向交流人员名册2024.xlsx"),
        "s2r3": (A, "SYNTHETIC_市一院双向交流花名册（下派+上挂）.xls"),
        "s3r2": (A, "SYNTHETIC_省中医院人员交流登记表2024.ods"),
        "s1r4": (A, "SYNTHETIC_省人民医院派驻青苇县人民医院人员名单.xlsx"),
        "s2tr": (A, "SYNTHETIC_市一院接收进修人员名单2024.csv"),
        "s1act": (A, "SYNTHETIC_省人民医院帮扶活动记录（青榆）2024.xlsx"),
        "r4up": (B, "SYNTHETIC_青苇县人民医院我院上挂人员登记.csv"),
        "r1ud": (B, "SYNTHETIC_青榆县人民医院上下交流人员统计表2024.xlsx"),
        "r3m": (B, "SYNTHETIC_青篁县人民医院2024年1-6月业务量.xlsx"),
        "r2t": (B, "SYNTHETIC_青榆县中医医院新技术2024.ods"),
        "r3a": (B, "SYNTHETIC_青篁县人民医院派驻人员月考核2024.xlsx"),
    }
    p = {k: raw / f / n for k, (f, n) in names.items()}
    s1_place = f_s1_r1_exchange(p["s1r1"])
    f_s2_r3_sections(p["s2r3"])
    f_s3_r2_columns(p["s3r2"])
    f_s1_r4_roster(p["s1r4"])
    f_s2_trainees_csv(p["s2tr"])
    f_s1_r1_activities(p["s1act"])
    f_r4_up_csv(p["r4up"])
    f_r1_updown(p["r1ud"], s1_place)
    f_r3_monthly(p["r3m"])
    f_r2_techniques(p["r2t"])
    f_r3_assessments(p["r3a"])
    truth["submission_files"] = [n for _f, n in names.values()]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
