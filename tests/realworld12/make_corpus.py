"""realworld12 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2025: the pairing list
in data/raw/reference/ and twelve submissions as a province's data manager receives them — one folder per
sender's city (省直, 棠州市, 岚溪市), each with a year folder — written the way different clerks would.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/reference/…, OUT/data/raw/<city>/2025/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (one is deliberately typed with a wrong check digit, one as a legacy 15-digit number,
one stored by Excel as a number). Written without reading the tool's parser.
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
CHECK = "10X98765432"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + CHECK[sum(int(c) * k for c, k in zip(body, W)) % 11]


def wrong_check(x: str) -> str:
    """The same number with another check digit (a typing slip in the last character)."""
    alt = "0123456789X"
    return x[:17] + alt[(alt.index(x[17]) + 3) % 11]


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


# ------------------------------------------------------------------------------------------- the province
P, PTCM, TZ1 = "霁川省人民医院", "霁川省中医院", "棠州市第一人民医院"
QY, QYTCM, ZT, ZTTCM = "青榆县人民医院", "青榆县中医医院", "柘塘县人民医院", "柘塘县中医医院"
MQ, MQMCH = "鸣泉县人民医院", "鸣泉县妇幼保健院"
# recipient: 等级 as written, level, grade, category, county
RECIP = {QY: ("二级甲等", "二级", "甲等", "综合医院", "青榆县"),
         ZT: ("二级甲等", "二级", "甲等", "综合医院", "柘塘县"),
         QYTCM: ("二级乙等", "二级", "乙等", "中医医院", "青榆县"),
         ZTTCM: ("二级", "二级", None, "中医医院", "柘塘县"),
         MQ: ("二级甲等", "二级", "甲等", "综合医院", "鸣泉县"),
         MQMCH: ("二级", "二级", None, "妇幼保健院", "鸣泉县")}

ID = {k: idn(*v) for k, v in {
    "shen": ("990101", "19720318", "015"), "lu": ("990102", "19800726", "028"),
    "xu": ("990101", "19890312", "037"), "tang": ("990103", "19860509", "024"),
    "wen": ("990104", "19900101", "062"),
    "luo": ("990201", "19780814", "011"), "kong": ("990201", "19870222", "046"),
    "zhong": ("990202", "19690930", "033"),
    "bai": ("990301", "19920415", "028"), "yan": ("990302", "19940707", "041"),
    "cen": ("990301", "19910228", "053"), "ji": ("990303", "19881111", "016"),
    "gan": ("990401", "19930620", "025"), "wei": ("990401", "19960103", "048"),
    "lux": ("990402", "19950819", "032")}.items()}
# 贺晏清: a legacy 15-digit number (990101 880315 042) and its 18-digit form
HE15 = "990101880315042"
HE18 = idn("990101", "19880315", "042")

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": []}
spell: dict[str, set] = {}


def use_id(canonical: str, spelled: str | None = None) -> str:
    spell.setdefault(canonical, set())
    if spelled and spelled != canonical:
        spell[canonical].add(spelled)
    return spelled or canonical


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def bad(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


TITLES = {  # as written → (title, rank, staff category)
    "主任医师 教授": ("主任医师", "正高级", "医疗"), "副主任医师(副高)": ("副主任医师", "副高级", "医疗"),
    "主治医师": ("主治医师", "中级", "医疗"), "主管护师": ("主管护师", "中级", "护理"),
    "主管技师": ("主管技师", "中级", "医技")}


def title_fields(written):
    t, r, c = TITLES[written]
    return dict(title=t, title_rank=r, staff_category=c)


# ------------------------------------------------------------------------------------------- 0 pairing list
def pairing_list(path: Path):
    """省卫健委医政处: "附件1" above the title, the support hospital merged down over its recipients, one
    agreement date typed as text, 支援期限 blank (→ the title's 2024—2026年) except for 棠州一院's two."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["附件1"])
    ws.append([f"霁川省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A2:H2")
    ws.append(["序号", "支援医院", "受援医院", "所在县（市、区）", "医院等级", "医院类别", "协议签订日期", "支援期限"])
    pairs = [(P, QY, dt.date(2023, 12, 28), None), (P, ZT, "2024年1月8日", None),
             (PTCM, QYTCM, dt.date(2024, 1, 5), None), (PTCM, ZTTCM, dt.date(2024, 1, 5), None),
             (TZ1, MQ, dt.date(2024, 12, 20), "2025.1.1—2027.12.31"),
             (TZ1, MQMCH, dt.date(2024, 12, 20), "2025.1.1—2027.12.31")]
    prev = None
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        lvl, _, _, cat, county = RECIP[r]
        ws.append([i, s if s != prev else None, r, county, lvl, cat, ag, per])
        if isinstance(ag, dt.date):
            ws.cell(ws.max_row, 7).number_format = "yyyy\"年\"m\"月\"d\"日\""
        if s == prev:
            ws.merge_cells(start_row=ws.max_row - 1, start_column=2, end_row=ws.max_row, end_column=2)
        prev = s
        agd = ag.isoformat() if isinstance(ag, dt.date) else d(2024, 1, 8)
        if per is None:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        else:
            start, end, src = d(2025, 1, 1), d(2027, 12, 31), "support_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": agd, "start_date_source": src})
    ws.append([f"注：支援期限未填写的，按2024—2026年执行。本表为虚构的{SYN}。"])
    wb.save(path)
    for r, (_, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P, PTCM, TZ1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def a_deployments_xlsx(path: Path):
    """省人医医务处: a 填表说明 sheet first; two batches stacked in one sheet ("第一批", "第二批") with
    different headers; a hidden row (a withdrawn person) and a hidden sheet holding an old draft; titles
    with ranks; dates "2025年3月上旬"/"8月底", 2025.7 typed as a number, an Excel serial kept as text,
    "至今"/"在岗", Chinese-digit dates; an ID stored as a number, a 15-digit ID, a person with no ID."""
    fn, sh = path.name, "派驻人员名单"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "填表说明"
    for line in [f"填表说明（{SYN}）", "1. 每名派驻人员填写一行，身份证号请设置为文本格式。",
                 "2. 派驻时间填写到日；尚未结束的填写“至今”或“在岗”。",
                 "3. 职称填写现聘专业技术职务。", "4. 第二批人员另起表填写。"]:
        ins.append([line])
    ws = wb.create_sheet(sh)
    ws.append([f"霁川省人民医院2025年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append([f"填报单位：{P}（盖章）", None, None, None, None, None, "填报时间：2025年12月"])
    ws.append(["第一批"])
    ws.append(["序号", "姓名", "身份证号", "职称", "科室", "派驻医院", "派驻开始", "派驻结束", "在受援医院任职", "备注"])
    batch1 = [  # name, id cell, id for truth, title as written, dept, recipient, start cell, end cell, position
        ("沈知远", use_id(ID["shen"]), ID["shen"], "主任医师 教授", "普外科", QY, "2025.1.6", "2025.7.5", "副院长",
         d(2025, 1, 6), d(2025, 7, 5)),
        ("陆清妍", use_id(ID["lu"]), ID["lu"], "副主任医师(副高)", "心内科", QY, "2025年3月上旬", "2025年8月底",
         "科主任", d(2025, 3, 1), d(2025, 8, 31)),
        None,  # hidden row: a person withdrawn before departure
        ("许亦舟", float(ID["xu"][:15] + "000"), None, "主治医师", "麻醉科", ZT, 2025.7, "至今", None,
         d(2025, 7, 1), None),
        ("汤书禾", use_id(ID["tang"]), ID["tang"], "主管护师", "护理部", ZT, "45748", "在岗", None,
         d(2025, 4, 1), None),
    ]
    use_id(ID["xu"])
    n = 0
    for p in batch1:
        if p is None:
            ws.append([None, "马某（已取消）", None, "主治医师", "骨科", QY, "2025.3.1", "2025.8.31", None, "已调整"])
            ws.row_dimensions[ws.max_row].hidden = True
            continue
        n += 1
        name, idcell, idt, tw, dept, rec, s, e, pos, sd, ed = p
        ws.append([n, name, idcell, tw, dept, rec, s, e, pos, None])
        if isinstance(idcell, str):
            ws.cell(ws.max_row, 3).number_format = "@"
        else:
            ws.cell(ws.max_row, 3).number_format = "0"
        row("deployments", fn, sh, ws.max_row,
            dict(department=dept, start_date=sd, end_date=ed, position_at_recipient=pos, **title_fields(tw)),
            {"support_hospital_id": P, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=idt)
    ws.append([])
    ws.append(["第二批"])
    ws.append(["姓名", "身份证号码", "受援单位", "开始时间", "结束时间", "科室", "职称"])
    ws.append(["贺晏清", use_id(HE18, HE15), QY, dt.date(2025, 8, 1), dt.date(2026, 1, 31), "儿科", "主治医师"])
    for c in (4, 5):
        ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
    row("deployments", fn, sh, ws.max_row,
        dict(department="儿科", start_date=d(2025, 8, 1), end_date=d(2026, 1, 31), **title_fields("主治医师")),
        {"support_hospital_id": P, "recipient_hospital_id": QY}, ["start_date", "department"], id_number=HE18)
    ws.append(["温以宁", None, ZT, "二〇二五年九月一日", "二〇二六年二月二十八日", "检验科", "主管技师"])
    row("deployments", fn, sh, ws.max_row,
        dict(department="检验科", start_date=d(2025, 9, 1), end_date=d(2026, 2, 28), **title_fields("主管技师")),
        {"support_hospital_id": P, "recipient_hospital_id": ZT}, ["start_date", "department"], id_number=None)
    ws.append(["合计：6人"])
    ws.append(["填表人：张某", None, "审核：李某", None, "联系电话：0000-0000000"])
    # the old draft, hidden: other dates, an old list — never data
    old = wb.create_sheet("派驻人员名单(旧稿)")
    old.append([f"霁川省人民医院2025年对口支援派驻人员名单（初稿）（{SYN}）"])
    old.append(["序号", "姓名", "身份证号", "职称", "科室", "派驻医院", "派驻开始", "派驻结束"])
    old.append([1, "沈知远", ID["shen"], "主任医师", "普外科", QY, "2025.1.1", "2025.6.30"])
    old.append([2, "陆清妍", ID["lu"], "副主任医师", "心内科", QY, "2025.3.1", "2025.9.30"])
    old.append([3, "马某", None, "主治医师", "骨科", QY, "2025.3.1", "2025.8.31"])
    old.sheet_state = "hidden"
    wb.save(path)


def b_trainees_xls_transposed(path: Path):
    """省中医院科教科 (.xls): transposed — field labels down column A, one trainee per column; the period in
    one cell "2025.3.3—2025.8.31"; fees 叁仟元 / 免 / ¥3,000.00元 / 无; 派出单位 "柘塘县中医院"."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川省中医院2025年接收基层医院进修人员情况（{SYN}）")
    people = [  # key, name, sender as written, sender, dept, period, fee, completed, note, start, end, fee v, done v
        ("bai", "白芷若", QYTCM, QYTCM, "针灸科", "2025.3.3—2025.8.31", "叁仟元", "是", None,
         d(2025, 3, 3), d(2025, 8, 31), 3000.0, True),
        ("yan", "严松风", "青榆县中医医院", QYTCM, "骨伤科", "2025.3.3—2025.8.31", "免", "是", None,
         d(2025, 3, 3), d(2025, 8, 31), 0.0, True),
        ("cen", "岑可心", "柘塘县中医院", ZTTCM, "脾胃病科", "2025.9.1—2026.2.28", "¥3,000.00元", "否", "在修",
         d(2025, 9, 1), d(2026, 2, 28), 3000.0, False),
        ("ji", "纪南星", ZTTCM, ZTTCM, "康复科", "2025.4.7—2025.10.6", "无", "是", None,
         d(2025, 4, 7), d(2025, 10, 6), 0.0, True),
    ]
    labels = ["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修起止时间", "进修费用", "是否结业", "备注"]
    for i, lab in enumerate(labels):
        ws.write(1 + i, 0, lab)
    for j, (key, name, sw, sender, dept, per, fee, done, note, sd, ed, feev, donev) in enumerate(people, 1):
        for i, v in enumerate([str(j), name, use_id(ID[key]), sw, dept, per, fee, done, note]):
            if v is not None:
                ws.write(1 + i, j, v)
        row("trainees", fn, sh, list(range(2, 2 + len(labels))),
            dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev, completed=donev),
            {"recipient_hospital_id": sender, "host_hospital_id": PTCM}, ["start_date", "department"],
            id_number=ID[key])
    ws.write(2 + len(labels), 0, "制表：科教科")
    wb.save(str(path))


def l_techniques_xlsx(path: Path):
    """省人医医务处 for 柘塘县: 填报单位 line, the recipient written "柘塘县医院" once, a hidden row (a draft
    line), a first date kept as the Excel serial typed as text, "2025/7/2", "2025年7月" (two techniques in
    July), "十余例", "是（填补县域空白）", a 小计 row; the sheet is named for the year."""
    fn, sh = path.name, "2025年度"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院帮扶柘塘县人民医院新技术新项目一览（{SYN}）"])
    ws.append([f"填报单位：{P}医务处"])
    ws.append(["序号", "受援医院", "项目名称", "科室", "首次开展日期", "例数", "是否填补空白"])
    items = [("柘塘县医院", "椎管内分娩镇痛", "麻醉科", "45790", "31", "是（填补县域空白）", d(2025, 5, 13), 31, True),
             None,
             (ZT, "床旁连续性血液净化", "重症医学科", "2025/7/2", "8例", "是", d(2025, 7, 2), 8, True),
             (ZT, "超声引导下PICC置管", "护理部", "2025年7月", "十余例", "否", d(2025, 7, 1), None, False)]
    n = 0
    for it in items:
        if it is None:
            ws.append([None, ZT, "（草稿）经皮肾镜取石术", "泌尿外科", "2025.8", "3", "是"])
            ws.row_dimensions[ws.max_row].hidden = True
            continue
        n += 1
        rw, name, dept, day, cases, gap, dv, cv, gv = it
        ws.append([n, rw, name, dept, day, cases, gap])
        ws.cell(ws.max_row, 5).number_format = "@"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=dv, cases=cv,
                                                   fills_county_gap=gv),
            {"recipient_hospital_id": ZT, "support_hospital_id": P}, ["name"])
    ws.append(["小计", "3项"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 棠州市
def c_techniques_ods(path: Path):
    """青榆县人民医院医务科 (LibreOffice): no 科室 column — section rows "一、内科", "二、外科" give it;
    month-only dates "2025年3月" (two techniques that month) and "二〇二五年五月"; "约40例";
    "是（填补县域空白）" / "否（县内已开展）"; the support hospital as "省人民医院" or blank; a 合计 row."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P as Para

    fn, sh = path.name, "新技术新项目"
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sh)
    n_rows = [0]

    def add(vals):
        tr = TableRow()
        for v in vals:
            if isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v)
                c.addElement(Para(text=str(v)))
            elif v is None:
                c = TableCell()
            else:
                c = TableCell(valuetype="string")
                c.addElement(Para(text=v))
            tr.addElement(c)
        t.addElement(tr)
        n_rows[0] += 1
        return n_rows[0]

    add([f"青榆县人民医院2025年新技术新项目开展情况（{SYN}）"])
    add(["序号", "项目名称", "开展时间", "开展例数", "是否填补县域空白", "帮扶单位", "备注"])
    plan = [("一、内科", "内科", [("无痛胃肠镜诊疗", "2025年3月", "86例", "否（县内已开展）", P, d(2025, 3, 1), 86, False),
                                 ("动态心电图远程判读", "2025年3月", "约40例", "是（填补县域空白）", P,
                                  d(2025, 3, 1), None, True)]),
            ("二、外科", "外科", [("腹腔镜阑尾切除术", "二〇二五年五月", 23, "是", "省人民医院", d(2025, 5, 1), 23, True),
                                 ("经皮椎体成形术", "2025.6.18", "5例", "是（填补县域空白）", None,
                                  d(2025, 6, 18), 5, True)])]
    n = 0
    for section, dept, items in plan:
        add([section])
        for name, day, cases, gap, sup_w, dv, cv, gv in items:
            n += 1
            r = add([n, name, day, cases, gap, sup_w, None])
            hosp = {"recipient_hospital_id": QY}
            fields = dict(name=name, department=dept, first_performed_date=dv, cases=cv, fills_county_gap=gv)
            if sup_w:
                hosp["support_hospital_id"] = P
            else:
                fields["support_hospital_id"] = None
            row("techniques", fn, sh, r, fields, hosp, ["name"])
    add(["合计", "4项"])
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


def d_monthly_csv_bom(path: Path):
    """柘塘县人民医院统计室, CSV in UTF-8 with BOM: indicators down the rows, months 1月…6月 across, a 合计
    column, "—" for a month not reported, a title line and a 填报人 line."""
    fn = path.name
    months = range(1, 7)
    vals = {m: dict(outpatient_visits=9400 + 173 * m, discharges=760 + 9 * m, surgeries=180 + 4 * m,
                    referrals_out=(41 - m) if m != 3 else None, referrals_down_received=6 + m) for m in months}
    labels = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
              ("外转人次", "referrals_out"), ("下转接收人次", "referrals_down_received")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"柘塘县人民医院2025年1—6月业务量统计（{SYN}）"])
    w.writerow(["指标"] + [f"{m}月" for m in months] + ["合计"])
    for lab, k in labels:
        cells = [vals[m][k] for m in months]
        w.writerow([lab] + ["—" if c is None else c for c in cells] + [sum(c for c in cells if c is not None)])
    w.writerow(["填报人：统计室", "", "", "", "", "", "", ""])
    for m in months:
        row("hospital_monthly_stats", fn, None, list(range(2, 3 + len(labels))), dict(year=2025, month=m, **vals[m]),
            {"recipient_hospital_id": ZT}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def e_activities_xlsx(path: Path):
    """青榆县人民医院医务科: the file and the context line say only "县医院" (the title names 青榆县); two
    学术讲座 on one day with the date cell merged over both; dates in three spellings; "约40人"; an activity
    still "待定" (no date); 合计 and 填表 rows."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青榆县2025年对口帮扶培训活动登记表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["受援单位：县医院", None, None, f"支援单位：{P}"])
    ws.append(["序号", "活动日期", "活动形式", "活动主题", "主讲/带教专家", "参加人数", "备注"])
    acts = [(dt.date(2025, 4, 10), "学术讲座", "高血压规范化管理", "沈知远", "56人", 56),
            (None, "学术讲座", "急性胸痛的早期识别", "陆清妍", "约40人", None),
            ("2025年5月14日", "教学查房", "社区获得性肺炎查房", "陆清妍", 32, 32),
            ("2025.6.5", "手术示教", "腹腔镜胆囊切除术", "沈知远", "12人", 12)]
    dates = [d(2025, 4, 10), d(2025, 4, 10), d(2025, 5, 14), d(2025, 6, 5)]
    for i, ((day, typ, topic, who, n, nv), dv) in enumerate(zip(acts, dates), 1):
        ws.append([i, day, typ, topic, who, n, None])
        if isinstance(day, dt.date):
            ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=dv, activity_type=typ, topic=topic, participants=nv),
            {"recipient_hospital_id": QY, "support_hospital_id": P}, ["activity_date", "topic"])
    ws.merge_cells("B4:B5")
    ws.append([5, "待定", "技术培训", "心肺复苏技能培训", "汤书禾", None, "时间未定"])
    bad(fn, sh, ws.max_row, "missing_required", "activity date 待定 (not yet fixed)")
    ws.append(["合计", None, None, None, None, 100])
    ws.append(["填表：医务科"])
    wb.save(path)


def f_assessments_xls(path: Path):
    """柘塘县人民医院 (.xls): one sheet per month named "2025年7月", "2025年8月" (the title has no month), a
    派出单位 line, a person with no ID number, a 考核等次 column."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    people = [("许亦舟", ID["xu"], "麻醉科"), ("汤书禾", ID["tang"], "护理部"), ("冯若谷", None, "急诊科")]
    scores = {7: [(94, 3, 3), (88.5, 3, 2), (91, 3, 3)], 8: [(95, 4, 4), (90, 4, 4), (86, 4, 3)]}
    for m in (7, 8):
        sh = f"2025年{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"柘塘县人民医院对口支援派驻人员月度考核表（{SYN}）")
        ws.write(1, 0, f"派出单位：{P}")
        for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "考核得分", "电话抽查次数", "抽查在岗次数", "考核等次"]):
            ws.write(2, j, h)
        for i, ((name, idx, dept), (sc, chk, pres)) in enumerate(zip(people, scores[m]), 1):
            r = 2 + i
            for j, v in enumerate([i, name, use_id(idx) if idx else "", dept, sc, chk, pres, "合格"]):
                ws.write(r, j, v)
            row("staff_monthly_assessments", fn, sh, r + 1,
                dict(year=2025, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
                {"recipient_hospital_id": ZT, "support_hospital_id": P}, ["month", "score"], id_number=idx)
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 岚溪市
def g_deploy_cards_xlsx(path: Path):
    """棠州一院人事科: label | value registration cards stacked in one sheet (blank line between), two pairs
    per line; 派驻时间 one merged cell "2025年3月上旬至8月底" / "2025年4月1日至今"; the recipient as
    "县妇幼保健院" (the title names 鸣泉县); a wrong check digit; 工作年限 "拾贰年"; 任职 "无"."""
    fn, sh = path.name, "登记卡"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"棠州市第一人民医院派驻鸣泉县人员登记卡（{SYN}）"])
    ws.merge_cells("A1:D1")
    cards = [("罗观澜", "男", use_id(ID["luo"]), ID["luo"], "副主任医师(副高)", "产科", "县妇幼保健院", MQMCH,
              "2025年3月上旬至8月底", d(2025, 3, 1), d(2025, 8, 31), "副院长", "副院长", "15年", 15),
             ("孔令溪", "女", use_id(ID["kong"], wrong_check(ID["kong"])), wrong_check(ID["kong"]), "主管护师",
              "新生儿科", MQMCH, MQMCH, "2025年4月1日至今", d(2025, 4, 1), None, "护士长", "护士长", "拾贰年", 12),
             ("钟离秋", "男", use_id(ID["zhong"]), ID["zhong"], "主任医师 教授", "骨科", MQ, MQ,
              "2025.5.6-2025.11.5", d(2025, 5, 6), d(2025, 11, 5), "无", None, 22, 22)]
    for k, (name, sex, idcell, idt, tw, dept, rw, rec, per, sd, ed, posw, pos, yw, yv) in enumerate(cards):
        if k:
            ws.append([])
        first = ws.max_row + 1
        ws.append(["姓名", name, "性别", sex])
        ws.append(["身份证号", idcell, "职称", tw])
        ws.cell(ws.max_row, 2).number_format = "@"
        ws.append(["科室", dept, "派驻单位", rw])
        ws.append(["派驻时间", per])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=4)
        ws.append(["任职", posw, "工作年限", yw])
        row("deployments", fn, sh, list(range(first, first + 5)),
            dict(department=dept, start_date=sd, end_date=ed, position_at_recipient=pos, years_of_service=yv,
                 **title_fields(tw)),
            {"support_hospital_id": TZ1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=idt)
    ws.append([])
    ws.append(["以上信息经本人核实。填表人：人事科"])
    wb.save(path)


def h_trainees_csv_gbk(path: Path):
    """鸣泉县妇幼保健院, CSV in GBK: "2025年3月初"/"8月底", "￥3,000.00元" / 无 / 免, a person with no ID
    number, a host hospital not in the pairing list (霁川医科大学附属医院 → unresolved)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"鸣泉县妇幼保健院外出进修人员名单（2025年）{SYN}"])
    w.writerow(["序号", "姓名", "身份证号", "科室", "进修医院", "进修开始", "进修结束", "费用", "是否结业", "备注"])
    ppl = [("gan", "甘雨桐", "妇产科", "2025年3月初", "2025年8月底", "￥3,000.00元", "是", None,
            d(2025, 3, 1), d(2025, 8, 31), 3000.0, True),
           (None, "阮听雪", "儿科", "2025.3.1", "2025.8.31", "无", "是", "身份证未提供",
            d(2025, 3, 1), d(2025, 8, 31), 0.0, True),
           ("wei", "韦思源", "麻醉科", "2025-09-01", "2026-02-28", "免", "否", "在修",
            d(2025, 9, 1), d(2026, 2, 28), 0.0, False)]
    r = 2
    for i, (key, name, dept, s, e, fee, done, note, sd, ed, feev, donev) in enumerate(ppl, 1):
        w.writerow([i, name, use_id(ID[key]) if key else "", dept, TZ1, s, e, fee, done, note or ""])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                          completed=donev),
            {"recipient_hospital_id": MQMCH, "host_hospital_id": TZ1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
    w.writerow([4, "卢晓", use_id(ID["lux"]), "检验科", "霁川医科大学附属医院", "2025.4.1", "2025.9.30", "免", "是", ""])
    r += 1
    bad(fn, None, r, "unresolved_hospital", "霁川医科大学附属医院 is not in the pairing list")
    w.writerow(["填报人：医务科", "", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def i_monthly_sheets_xlsx(path: Path):
    """鸣泉县人民医院统计员: one sheet per month ("2025年5月", "2025年6月"), indicators down the rows with
    本月 / 上年同期 / 同比 columns (only 本月 is the month's figure), a 填报单位 line."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    labels = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
              ("外转人次", "referrals_out"), ("下转接收人次", "referrals_down_received")]
    for m in (5, 6):
        sh = f"2025年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"鸣泉县人民医院业务统计月报（{SYN}）"])
        ws.merge_cells("A1:D1")
        ws.append([f"填报单位：{MQ}"])
        ws.append(["指标", "本月", "上年同期", "同比（%）"])
        v = dict(outpatient_visits=8200 + 310 * m, discharges=640 + 12 * m, surgeries=150 + 5 * m,
                 referrals_out=52 - 2 * m, referrals_down_received=9 + m)
        for lab, k in labels:
            prev = round(v[k] * 0.9)
            ws.append([lab, v[k], prev, round(100 * (v[k] - prev) / prev, 1)])
        ws.append(["统计员：某某", None, "审核：某某"])
        row("hospital_monthly_stats", fn, sh, list(range(3, 4 + len(labels))), dict(year=2025, month=m, **v),
            {"recipient_hospital_id": MQ}, ["month"])
    wb.save(path)


def j_county_csv_bom(path: Path):
    """省卫健委统计信息中心, CSV in UTF-8 with BOM: city section rows (棠州市, 岚溪市) with no figures, the
    year only in the header text "2025年住院总人次", a 合计 row, a 注 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["县（市、区）", "区划代码", "2025年县域内常住居民住院总人次", "其中：县域外住院人次"])
    r = 1
    tot = [0, 0]
    for city, counties in (("棠州市", [("青榆县", "999201", 38120, 4630), ("柘塘县", "999202", 29450, 3905)]),
                           ("岚溪市", [("鸣泉县", "999301", 25870, 2611)])):
        w.writerow([city, "", "", ""])
        r += 1
        for county, code, a, b in counties:
            w.writerow([county, code, a, b])
            r += 1
            tot = [tot[0] + a, tot[1] + b]
            row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2025, county_name=county,
                                                            resident_admissions=a,
                                                            resident_admissions_outside_county=b),
                {}, ["county_code"])
    w.writerow(["合计", "", tot[0], tot[1]])
    w.writerow([f"注：{SYN}，数据虚构。", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def k_assessments_ods(path: Path):
    """鸣泉县卫健局 (LibreOffice): a quarter's scores with months as columns (7月, 8月, 9月), the year only
    in the title, "96分", the recipient as "县医院" for one person (the title names 鸣泉县), the wrong-check-
    digit ID again, an 平均 row."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P as Para

    fn, sh = path.name, "考核汇总"
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sh)

    def add(vals):
        tr = TableRow()
        for v in vals:
            if isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v)
                c.addElement(Para(text=f"{v:g}"))
            elif v is None:
                c = TableCell()
            else:
                c = TableCell(valuetype="string")
                c.addElement(Para(text=v))
            tr.addElement(c)
        t.addElement(tr)

    add([f"鸣泉县派驻人员2025年第三季度月考核得分汇总（{SYN}）"])
    add(["序号", "姓名", "身份证号", "派驻单位", "7月", "8月", "9月"])
    people = [("孔令溪", wrong_check(ID["kong"]), MQMCH, MQMCH, [93, 90.5, 95], [93, 90.5, 95]),
              ("钟离秋", ID["zhong"], "县医院", MQ, [88, 91, "96分"], [88, 91, 96])]
    for i, (name, idx, rw, rec, cells, vals) in enumerate(people, 1):
        add([i, name, idx, rw] + cells)
        for m, v in zip((7, 8, 9), vals):
            row("staff_monthly_assessments", fn, sh, 2 + i, dict(year=2025, month=m, score=float(v)),
                {"recipient_hospital_id": rec}, ["month"], id_number=idx)
    add(["平均", None, None, None, 90.5, 90.75, 95.5])
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    ref.mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_霁川省对口支援关系一览表（2024—2026年）.xlsx")
    files = [("省直", a_deployments_xlsx, "SYNTHETIC_省人医2025派驻名单(终版).xlsx"),
             ("省直", b_trainees_xls_transposed, "SYNTHETIC_省中医院进修人员情况 合成.xls"),
             ("省直", l_techniques_xlsx, "SYNTHETIC_省人医帮扶新技术(柘塘)2025.xlsx"),
             ("棠州市", c_techniques_ods, "SYNTHETIC_青榆县人民医院新技术新项目登记（2025）.ods"),
             ("棠州市", d_monthly_csv_bom, "SYNTHETIC_柘塘县人民医院2025上半年业务量.csv"),
             ("棠州市", e_activities_xlsx, "SYNTHETIC_县医院帮扶活动记录-青榆.xlsx"),
             ("棠州市", f_assessments_xls, "SYNTHETIC_柘塘县派驻人员月考核7-8月.xls"),
             ("岚溪市", g_deploy_cards_xlsx, "SYNTHETIC_棠州一院派驻人员登记卡.xlsx"),
             ("岚溪市", h_trainees_csv_gbk, "SYNTHETIC_鸣泉县妇幼外出进修.csv"),
             ("岚溪市", i_monthly_sheets_xlsx, "SYNTHETIC_鸣泉县人民医院月报5-6月.xlsx"),
             ("岚溪市", j_county_csv_bom, "SYNTHETIC_2025年县域住院情况(统计中心).csv"),
             ("岚溪市", k_assessments_ods, "SYNTHETIC_鸣泉县派驻人员三季度考核.ods")]
    for city, fnc, name in files:
        folder = raw / city / "2025"
        folder.mkdir(parents=True, exist_ok=True)
        fnc(folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
