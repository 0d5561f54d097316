"""realworld16 corpus generator — SYNTHETIC / 合成数据. A fictional province (雁汀省) for 2024: the pairing list in
data/raw/reference/ and eleven submissions as a province's data manager receives them: two cities' consolidated
workbooks (one sheet per form, abbreviated sheet names, tables not at A1, two-level headers), hospitals' own files
in odd folders, written the way different clerks would. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,…}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong, 15-digit and padded spellings are spellings of valid ones). Written without
reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
NBSP = "\u00a0"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def fw(s: str) -> str:
    """Full-width digits and dots, as an IME in full-width mode types them."""
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})


# ------------------------------------------------------------------------------------------- hospitals
LZC, P1, PTCM, LB1 = "鹭洲市中心医院", "雁汀省人民医院", "雁汀省中医院", "岚埠市人民医院"
QS, BZ, QSTCM, BZTCM = "青杉县人民医院", "白芷县人民医院", "青杉县中医医院", "白芷县中医医院"
FZ, LCMCH, LC = "枫泽县人民医院", "蓼川县妇幼保健院", "蓼川县人民医院"
HANG = {QS: "鹭洲市中心医院医疗集团青杉分院", BZ: "雁汀省人民医院白芷分院", BZTCM: "雁汀省中医院白芷分院",
        FZ: "岚埠市人民医院医疗集团枫泽分院", LC: "雁汀省人民医院蓼川分院"}
RECIP = {  # name: (level, grade, category, city, county)
    QS: ("二级", "甲等", "综合医院", "鹭洲市", "青杉县"), BZ: ("二级", "甲等", "综合医院", "鹭洲市", "白芷县"),
    QSTCM: ("二级", "乙等", "中医医院", "鹭洲市", "青杉县"), BZTCM: ("二级", "甲等", "中医医院", "鹭洲市", "白芷县"),
    FZ: ("二级", "甲等", "综合医院", "岚埠市", "枫泽县"), LCMCH: ("二级", None, "妇幼保健院", "岚埠市", "蓼川县"),
    LC: ("二级", "乙等", "综合医院", "岚埠市", "蓼川县")}
COUNTY_CODE = {"青杉县": "990221", "白芷县": "990222", "枫泽县": "990321", "蓼川县": "990322"}

ID = {k: idn(*v) for k, v in {
    # 鹭洲 派驻
    "lin": ("990221", "19760412", "013"), "oy": ("990201", "19800625", "027"), "su": ("990202", "19870309", "048"),
    "shao": ("990101", "19780118", "035"), "gong": ("990101", "19890530", "062"), "yan": ("990102", "19810903", "021"),
    "hao": ("990102", "19850714", "054"),
    # 鹭洲 进修
    "wei": ("990221", "19920211", "016"), "bei": ("990221", "19940806", "029"), "ning": ("990222", "19930321", "043"),
    "fu": ("990221", "19910117", "058"), "sima": ("990222", "19900928", "064"),
    # 省人民医院 roster
    "tian": ("990101", "19770305", "011"), "bao": ("990101", "19820417", "026"), "mo": ("990103", "19860601", "037"),
    "qinl": ("990103", "19840822", "045"), "lu": ("990104", "19880119", "052"), "fang": ("990104", "19900707", "068"),
    # 省中医院 trainees
    "hua": ("990221", "19930402", "071"), "xie": ("990222", "19950913", "083"), "jin": ("990222", "19920727", "094"),
    "wu": ("990321", "19940315", "015"),
    # 岚埠 workbook
    "zhongli": ("990301", "19790208", "019"), "zhuo": ("990301", "19880512", "034"),
    "zhuge": ("990302", "19740930", "046"), "yuezheng": ("990302", "19830125", "057"),
    "wenren": ("990303", "19890419", "063"), "dongfang": ("990303", "19870101", "078"),
    "moqi": ("990321", "19920620", "015"), "gongsun": ("990321", "19900310", "027"),
    "huangfu": ("990322", "19930808", "039"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled if spelled is not None else ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


RANKS = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
         "主管护师": ("中级", "护理")}


def dep(dept, title, start, end="-", position="-"):
    """Deployment fields; end "-" = not scored (延期至9月: the end a human cannot fix to a day)."""
    rank, cat = RANKS[title]
    f = dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start)
    if end != "-":
        f["end_date"] = end
    if position != "-":
        f["position_at_recipient"] = position
    return f


def tr(dept, start, end, fee, done):
    return dict(department=dept, start_date=start, end_date=end, fee_charged=fee, completed=done)


def wrap(ws):
    for r in ws.iter_rows():
        for c in r:
            if isinstance(c.value, str) and "\n" in c.value:
                c.alignment = Alignment(wrap_text=True, vertical="center")


def merge_header(ws, r, c0, labels):
    """A two-level header at row r from column c0: labels are str (merged down two rows) or (group, [subs])."""
    c = c0
    for lab in labels:
        if isinstance(lab, str):
            ws.cell(r, c, lab)
            ws.merge_cells(start_row=r, end_row=r + 1, start_column=c, end_column=c)
            c += 1
        else:
            group, subs = lab
            ws.cell(r, c, group)
            ws.merge_cells(start_row=r, end_row=r, start_column=c, end_column=c + len(subs) - 1)
            for k, s in enumerate(subs):
                ws.cell(r + 1, c + k, s)
            c += len(subs)
    return c


def put(ws, r, c0, values, fmt=None):
    for k, v in enumerate(values):
        if v is None:
            continue
        cell = ws.cell(r, c0 + k, v)
        if isinstance(v, dt.date):
            cell.number_format = fmt or "yyyy-mm-dd"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first with the hanging name in brackets (full-width, ASCII and one mixed pair); 等级 "二级甲等" in one
    cell; 支援期限 "2023年1月—2025年12月" per row (one full-width, one 2024年3月—2026年2月 that differs from the
    title's period); 协议签订日期 as a date cell, text "2022年12月30日", full-width text, "20230110"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：雁汀省城乡医院对口支援关系表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "所在市", "所在县（市、区）", "受援医院", "医院等级", "类别", "支援医院", "协议签订日期",
               "支援期限", "备注"])
    rows = [  # recipient as written, recipient, support, agreement cell, agreement, period cell, start, end, note
        (f"{QS}（{HANG[QS]}）", QS, LZC, dt.date(2022, 12, 28), d(2022, 12, 28), "2023年1月—2025年12月",
         d(2023, 1, 1), d(2025, 12, 31), "延续"),
        (f"{BZ}({HANG[BZ]})", BZ, P1, "2022年12月30日", d(2022, 12, 30), "2023年1月—2025年12月",
         d(2023, 1, 1), d(2025, 12, 31), None),
        (QSTCM, QSTCM, PTCM, fw("2023") + "年" + fw("1") + "月" + fw("6") + "日", d(2023, 1, 6),
         fw("2023") + "年" + fw("1") + "月—" + fw("2025") + "年" + fw("12") + "月", d(2023, 1, 1), d(2025, 12, 31), None),
        (f"{BZTCM}（{HANG[BZTCM]})", BZTCM, PTCM, dt.date(2023, 1, 6), d(2023, 1, 6), "2023年1月—2025年12月",
         d(2023, 1, 1), d(2025, 12, 31), None),
        (f"{FZ}（{HANG[FZ]}）", FZ, LB1, dt.date(2024, 2, 20), d(2024, 2, 20), "2024年3月—2026年2月",
         d(2024, 3, 1), d(2026, 2, 28), "2024年新增"),
        (LCMCH, LCMCH, LB1, "20230110", d(2023, 1, 10), "2023年1月—2025年12月", d(2023, 1, 1), d(2025, 12, 31), None),
        (f"{LC}({HANG[LC]})", LC, P1, dt.date(2023, 1, 10), d(2023, 1, 10), "2023年1月—2025年12月",
         d(2023, 1, 1), d(2025, 12, 31), None),
    ]
    for i, (written, rec, sup, agc, ag, per, start, end, note) in enumerate(rows, 1):
        level, grade, cat, city, county = RECIP[rec]
        ws.append([i, city, county, written, level + (grade or ""), cat, sup, agc, per, note])
        if isinstance(agc, dt.date):
            ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": sup, "recipient": rec, "start_date": start, "end_date": end,
                                  "agreement_date": ag, "start_date_source": "support_period"})
    ws.append([f"注：1. 括号内为受援医院挂牌名称。2. {SYN}，医院名称均为虚构。"])
    wb.save(path)
    for rec, (level, grade, cat, city, county) in RECIP.items():
        truth["hospitals"].append({"name": rec, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (LZC, P1, PTCM, LB1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 鹭洲市 (city workbook)
def f_luzhou_workbook(path: Path):
    """鹭洲市卫健委's consolidated workbook: 填报说明, 派驻, 进修, 新技术, 月报; tables not at A1, two-level headers
    (派驻时间 | 起 | 止; 进修时间 | 起 | 止; 培训费用 | 金额 | 是否免费; 业务量 / 双向转诊), autofilter (派驻), frozen
    pane (进修), comments, a protected sheet (月报), line breaks in names and titles, hanging names."""
    fn = path.name
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "填报说明"
    for t in (f"鹭洲市2024年度城乡医院对口支援工作汇总表（{SYN}）", "填报单位：鹭洲市卫生健康委员会",
              "1. 派驻、进修、新技术、月报各一张表。", "2. 医院名称以附件1为准，可填挂牌名称。",
              "3. 省直医院派驻人员由省直医院另行报送。"):
        cover.append([t])

    # ---- 派驻: header B3:L4, ID before name
    sh = "派驻"
    ws = wb.create_sheet(sh)
    ws["B1"] = f"鹭洲市2024年度对口支援派驻人员汇总表（{SYN}）"
    ws.merge_cells("B1:L1")
    ws["B2"] = "填报单位：鹭洲市卫生健康委员会      填报日期：2025年1月8日"
    merge_header(ws, 3, 2, ["序号", "身份证号", "姓名", "派出单位", "受援单位", "科室", "职称",
                            ("派驻时间", ["起", "止"]), "在受援医院任职", "备注"])
    ws["C3"].comment = Comment("请填写18位身份证号", "市卫健委")
    wrong = ID["gong"][:17] + ("1" if ID["gong"][17] != "1" else "2")
    h = ID["hao"]
    fifteen = h[:6] + h[8:17]
    people = [  # key, id cell, name cell, support, recipient cell, recipient, dept, title cell, start, end, post, note,
        #         fields, truth id
        ("lin", None, "林书澈", LZC, QS, QS, "心血管内科", "主任医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         "副院长", "已返回", dep("心血管内科", "主任医师", d(2024, 3, 1), d(2024, 8, 31), "副院长"), ID["lin"]),
        ("oy", None, "欧阳\n明哲", LZC, HANG[QS], QS, "普外科", "副主任\n医师",
         fw("2024") + "年" + fw("3") + "月" + fw("1") + "日", fw("2024") + "年" + fw("8") + "月" + fw("31") + "日",
         "科主任", None, dep("普外科", "副主任医师", d(2024, 3, 1), d(2024, 8, 31), "科主任"), ID["oy"]),
        ("su", ID["su"] + " ", "苏晚晴 ", LZC, QS, QS, "护理部", "主管护师", "20240301", "20240831", None,
         "延期至9月", dep("护理部", "主管护师", d(2024, 3, 1), "-", None), ID["su"]),
        ("shao", None, "邵峻", P1, f"{BZ}({HANG[BZ]})", BZ, "骨科", "副主任医师", "2024/4/1", "6个月", None, None,
         dep("骨科", "副主任医师", d(2024, 4, 1), d(2024, 9, 30), None), ID["shao"]),
        ("gong", wrong, "龚雨桐", P1, BZ, BZ, "麻醉科", "主治医师", dt.date(2024, 7, 1), dt.date(2024, 12, 31), None,
         None, dep("麻醉科", "主治医师", d(2024, 7, 1), d(2024, 12, 31), None), wrong),
        (None, None, "梁季安", PTCM, QSTCM, QSTCM, "针灸科", "主治医师", dt.date(2024, 3, 4), "半年", None, None,
         dep("针灸科", "主治医师", d(2024, 3, 4), d(2024, 9, 3), None), None),
        ("yan", None, "严知秋", PTCM, BZTCM, BZTCM, "脾胃病科", "副主任医师", dt.date(2024, 9, 2), None, None, "在岗",
         dep("脾胃病科", "副主任医师", d(2024, 9, 2), None, None), ID["yan"]),
        ("hao", fifteen, "郝文渊", PTCM, BZTCM, BZTCM, "康复科", "主治医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         None, "已返回", dep("康复科", "主治医师", d(2024, 3, 1), d(2024, 8, 31), None), ID["hao"]),
    ]
    r = 5
    for i, (key, idc, name, sup, recw, rec, dept, title, s, e, post, note, f, tid) in enumerate(people, 1):
        idv = use_id(key, idc) if key else None
        put(ws, r, 2, [i, idv, name, sup, recw, dept, title, s, e, post, note])
        ws.cell(r, 3).number_format = "@"
        row("deployments", fn, sh, r, f, {"support_hospital_id": sup, "recipient_hospital_id": rec}, ["start_date"],
            id_number=tid)
        if idc == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if idc == fifteen:
            finding(fn, r, "ID_15_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
        r += 1
    ws.cell(r, 2, "合计")
    ws.cell(r, 4, "8人")
    ws.auto_filter.ref = f"B4:L{r - 1}"
    wrap(ws)

    # ---- 进修: header C3:N4, frozen at E5
    sh = "进修"
    ws = wb.create_sheet(sh)
    ws["C1"] = f"鹭洲市2024年度受援医院人员赴支援医院进修汇总表（{SYN}）"
    ws.merge_cells("C1:N1")
    merge_header(ws, 3, 3, ["序号", "姓名", "身份证号", "派出单位", "进修医院", "进修科室",
                            ("进修时间", ["起", "止"]), ("培训费用", ["金额", "是否免费"]), "是否结业", "备注"])
    ws["K4"].comment = Comment("单位：元；免费的填0", "市卫健委")
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 2
    trainees = [  # key, name cell, id cell, sending cell, sending, host, dept, start, end, amount, free, done, note
        ("wei", "韦一苇", None, f"{QS}{NBSP}（{HANG[QS]}）", QS, LZC, "重症医学科", dt.date(2024, 3, 1),
         dt.date(2024, 8, 31), 0, "是", "是", None, tr("重症医学科", d(2024, 3, 1), d(2024, 8, 31), 0.0, True)),
        ("bei", "贝小满", None, QS, QS, LZC, "超声科", "2024.03", "2024.08", None, "是", "是", None,
         tr("超声科", d(2024, 3, 1), d(2024, 8, 31), 0.0, True)),
        ("ning", "宁子衿", None, BZ, BZ, P1, "儿科", 20240902, "6个月", 3000, "否", "否", None,
         tr("儿科", d(2024, 9, 2), d(2025, 3, 1), 3000.0, False)),
        ("fu", "符嘉言", None, QSTCM, QSTCM, PTCM, "针灸科", dt.date(2024, 4, 8), dt.date(2024, 10, 7), 0, "是", "是",
         None, tr("针灸科", d(2024, 4, 8), d(2024, 10, 7), 0.0, True)),
        ("sima", "司马\n琳", None, BZTCM, BZTCM, PTCM, "骨伤科", fw("2024") + "年" + fw("5") + "月" + fw("6") + "日",
         fw("2024") + "年" + fw("11") + "月" + fw("5") + "日", "免", "是", "是", None,
         tr("骨伤科", d(2024, 5, 6), d(2024, 11, 5), 0.0, True)),
        (None, "祁连", "（待补）", BZ, BZ, P1, "检验科", dt.date(2024, 6, 3), dt.date(2024, 12, 2), None, "否", "是", None,
         tr("检验科", d(2024, 6, 3), d(2024, 12, 2), None, True)),
    ]
    r = 5
    for i, (key, name, idc, sendw, send, host, dept, s, e, amt, free, done, note, f) in enumerate(trainees, 1):
        idv = use_id(key) if key else idc
        put(ws, r, 3, [i, name, idv, sendw, host, dept, s, e, amt, free, done, note])
        ws.cell(r, 5).number_format = "@"
        row("trainees", fn, sh, r, f, {"recipient_hospital_id": send, "host_hospital_id": host},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
        r += 1
    # a row the clerk began for a place not yet filled: no name, no ID number
    put(ws, r, 3, [7, None, None, BZ, P1, "心内科", dt.date(2024, 9, 2), dt.date(2025, 3, 1), None, "是", None,
                   "人员待定"])
    quarantine(fn, sh, r, "missing_required", "no person: neither 姓名 nor 身份证号 (人员待定)")
    ws.freeze_panes = "E5"
    wrap(ws)

    # ---- 新技术: header B2
    sh = "新技术"
    ws = wb.create_sheet(sh)
    ws["B1"] = f"鹭洲市2024年度受援医院新技术新项目汇总（{SYN}）"
    put(ws, 2, 2, ["序号", "受援医院", "支援医院", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白",
                   "备注"])
    techs = [(QS, QS, LZC, "经皮冠状动脉介入治疗（PCI）", "心血管内科", fw("2024") + "年" + fw("3") + "月", 12, "是",
              d(2024, 3, 1), 12, True),
             (QS, QS, LZC, "腹腔镜胆囊\n切除术", "普外科", "20240515", "约40例", "否", d(2024, 5, 15), None, False),
             (f"{BZ}({HANG[BZ]})", BZ, P1, "无痛胃肠镜诊疗", "消化内科", dt.date(2024, 6, 12), 86, "是（县域首例）",
              d(2024, 6, 12), 86, True),
             (BZTCM, BZTCM, PTCM, "小针刀治疗", "康复科", "2024.07", 30, "否", d(2024, 7, 1), 30, False),
             (QSTCM, QSTCM, PTCM, "穴位埋线", "针灸科", "2024.9.10", 24, "否", d(2024, 9, 10), 24, False)]
    for i, (recw, rec, sup, name, dept, when, cases, gap, day, casesv, gapv) in enumerate(techs, 1):
        r = 2 + i
        put(ws, r, 2, [i, recw, sup, name, dept, when, cases, gap, None])
        row("techniques", fn, sh, r, dict(name=name.replace("\n", ""), department=dept, first_performed_date=day,
                                          cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wrap(ws)

    # ---- 月报: header B3:H4 (业务量 | 双向转诊), hospital merged down its months, 小计 rows, protected
    sh = "月报"
    ws = wb.create_sheet(sh)
    ws["B1"] = f"鹭洲市受援医院2024年1—6月主要业务量（{SYN}）"
    ws.merge_cells("B1:H1")
    merge_header(ws, 3, 2, ["受援医院", "月份", ("业务量", ["门急诊人次", "出院人数", "手术台次"]),
                            ("双向转诊", ["转出人次", "下转接收人次"])])
    r = 5
    for hw, rec, base, month_label in ((f"{QS}\n（{HANG[QS]}）", QS, 21000, lambda m: f"{m}月"),
                                       (f"{BZ}({HANG[BZ]})", BZ, 16500,
                                        lambda m: fw("2024") + "年" + fw(str(m)) + "月")):
        first = r
        for m in range(1, 7):
            v = [base + 310 * m - (900 if m == 2 else 0), base // 14 + 23 * m, base // 70 + 4 * m, 60 - 3 * m,
                 5 + m % 3]
            put(ws, r, 2, [hw if m == 1 else None, month_label(m), *v])
            row("hospital_monthly_stats", fn, sh, r,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_down_received=v[4]), {"recipient_hospital_id": rec}, ["month"])
            r += 1
        ws.merge_cells(start_row=first, end_row=r - 1, start_column=2, end_column=2)
        put(ws, r, 2, ["小计", None] + [f"=SUM({c}{first}:{c}{r - 1})" for c in "DEFGH"])
        r += 1
    ws.cell(r, 2, "注：数据来源于各受援医院月报，" + SYN)
    ws.protection.sheet = True
    wrap(ws)
    wb.save(path)


def f_qingshan_assessment_xls(path: Path):
    """青杉县人民医院 (.xls, xlwt): only the hanging name 鹭洲市中心医院医疗集团青杉分院 in the title; ID before name;
    months "3月" (year from the title); units in the header; frozen pane; protected; 考核人 footer."""
    fn, sh = path.name, "考核汇总"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{HANG[QS]}派驻人员月度考核汇总表（2024年1-6月）{SYN}")
    ws.write(1, 0, "考核科室：医务科")
    hdr = ["身份证号", "姓名", "派出单位", "考核月份", "考核得分", "在岗抽查（次）", "其中在岗（次）", "备注"]
    for j, t in enumerate(hdr):
        ws.write(2, j, t)
    r = 3
    for key, name in (("lin", "林书澈"), ("oy", "欧阳明哲"), ("su", "苏晚晴")):
        for m in range(3, 7):
            score = {"lin": 95, "oy": 92, "su": 90}[key] + (m % 3) * 0.5
            present = 3 if (key, m) == ("su", 6) else 4
            for j, v in enumerate([use_id(key), name, LZC, f"{m}月", score, 4, present, None]):
                if v is not None:
                    ws.write(r, j, v)
            row("staff_monthly_assessments", fn, sh, r + 1,
                dict(year=2024, month=m, score=score, spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": QS}, ["month"], id_number=ID[key])
            r += 1
    ws.write(r + 1, 0, "考核人：            日期：2024年7月5日")
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(3)
    ws.set_vert_split_pos(2)
    ws.protect = True
    wb.save(str(path))


def f_baizhi_activities_gbk(path: Path):
    """白芷县人民医院 activities: CSV in GBK, CRLF; 受援单位 before 支援单位; dates "2024/3/15", "2024.04.10",
    "20240522", full-width; "约20人"; a row with no date (日期待补); trailing spaces; 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{BZ}（{HANG[BZ]}）对口支援帮扶活动登记 2024年（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["受援单位", "支援单位", "活动日期", "活动形式", "活动主题", "主讲人", "参加人数", "备注"])
    acts = [(BZ, "2024/3/15", "学术讲座", "胸痛中心建设与质控", "邵峻", "45", d(2024, 3, 15), 45),
            (BZ, "2024.04.10", "教学查房", "骨科术后康复查房", "邵峻", "12", d(2024, 4, 10), 12),
            (BZ + "  ", "20240522", "手术示教", "全髋关节置换术", "邵峻", "约20人", d(2024, 5, 22), None),
            (BZ, fw("2024") + "年" + fw("6") + "月" + fw("18") + "日", "疑难病例讨论", "脓毒症病例讨论", "龚雨桐", "18",
             d(2024, 6, 18), 18),
            (BZ, "", "义诊", "社区义诊", "", "60", None, None),
            (BZ, "2024-09-20", "远程会诊", "疑难病例远程会诊", "", "5", d(2024, 9, 20), 5)]
    r = 2
    for recw, day, typ, topic, who, n, dayv, nv in acts:
        w.writerow([recw, P1, day, typ, topic, who, n, "日期待补" if not day else ""])
        r += 1
        if dayv is None:
            quarantine(fn, None, r, "missing_required", "活动日期 blank (日期待补)")
            continue
        row("activities", fn, None, r, dict(activity_date=dayv, activity_type=typ, participants=nv),
            {"recipient_hospital_id": BZ, "support_hospital_id": P1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    w.writerow(["合计", "", "", "共6次", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 岚埠市 (city workbook, xlsm)
def make_xlsm(path: Path):
    """openpyxl writes the xlsx content type; a workbook Excel saves as .xlsm (macro-enabled, here without a
    VBA project, as Excel writes it when the form's macros were stripped) declares the macroEnabled main part."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            z.writestr(info, body)
    path.write_bytes(out.getvalue())


def f_lanbu_workbook(path: Path):
    """岚埠市卫健委's consolidated workbook as .xlsm (the province's macro-enabled form): tables at C4, two-level
    headers, recipient before support, dates "2024.09" / full-width "２０２４．０３．１１" / 20240701 typed as a
    number / "6个月" / "半年", a 年月 column of dates formatted yyyy年m月, dropdowns, a planned person with 起 "待定"."""
    fn = path.name
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "说明"
    cover["B2"] = f"岚埠市2024年对口支援工作汇总（{SYN}）"
    cover["B3"] = "省直医院对本市受援医院的派驻、进修由省直医院直接报送，本表不含。"

    # ---- 派驻
    sh = "派驻"
    ws = wb.create_sheet(sh)
    ws["C2"] = f"岚埠市2024年派驻人员情况表（{SYN}）"
    ws["C3"] = "填报单位：岚埠市卫生健康委员会"
    merge_header(ws, 4, 3, ["序号", "受援医院", "派出医院", "身份证号", "姓名", "科室", "职称",
                            ("派驻时间", ["起", "止"]), "在受援医院职务", "备注"])
    people = [("zhongli", f"{FZ}（{HANG[FZ]}）", FZ, "钟离", "呼吸内科", "副主任医师", dt.date(2024, 3, 4),
               dt.date(2024, 9, 3), "副院长", "已返回",
               dep("呼吸内科", "副主任医师", d(2024, 3, 4), d(2024, 9, 3), "副院长")),
              ("zhuo", HANG[FZ], FZ, "卓然", "儿科", "主治医师", "2024-03-04", "6个月", None, "已返回",
               dep("儿科", "主治医师", d(2024, 3, 4), d(2024, 9, 3), None)),
              ("zhuge", FZ, FZ, "诸葛\n青", "骨科", "主任\n医师", "2024.09", "2025.02", "科主任", None,
               dep("骨科", "主任医师", d(2024, 9, 1), d(2025, 2, 28), "科主任")),
              ("yuezheng", LCMCH, LCMCH, "乐正", "妇产科", "副主任医师", fw("2024.03.11"), fw("2024.09.10"), None, None,
               dep("妇产科", "副主任医师", d(2024, 3, 11), d(2024, 9, 10), None)),
              ("wenren", LCMCH, LCMCH, "闻人语", "儿童保健科", "主管护师", 20240701, 20241231, None, None,
               dep("儿童保健科", "主管护师", d(2024, 7, 1), d(2024, 12, 31), None))]
    r = 6
    for i, (key, recw, rec, name, dept, title, s, e, post, note, f) in enumerate(people, 1):
        put(ws, r, 3, [i, recw, LB1, use_id(key), name, dept, title, s, e, post, note])
        ws.cell(r, 6).number_format = "@"
        row("deployments", fn, sh, r, f, {"support_hospital_id": LB1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key])
        r += 1
    put(ws, r, 3, [6, LCMCH, LB1, use_id("dongfang"), "东方白", "麻醉科", "主治医师", "待定", None, None, "拟派"])
    ws.cell(r, 6).number_format = "@"
    quarantine(fn, sh, r, "missing_required", "派驻时间 起 \"待定\" (a planned person, no start date)")
    wrap(ws)

    # ---- 进修
    sh = "进修"
    ws = wb.create_sheet(sh)
    ws["C2"] = f"岚埠市2024年受援医院进修人员情况表（{SYN}）"
    ws["C3"] = "填报单位：岚埠市卫生健康委员会"
    merge_header(ws, 4, 3, ["序号", "派出单位", "进修单位", "姓名", "身份证号", "进修专业", ("进修时间", ["起", "止"]),
                            ("培训费用", ["金额", "是否免费"]), "是否结业"])
    dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("L6:M20")
    trainees = [("moqi", FZ, FZ, "万俟雪", "麻醉科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 0, "是", "是",
                 tr("麻醉科", d(2024, 4, 1), d(2024, 9, 30), 0.0, True)),
                ("gongsun", FZ + " ", FZ, "公孙策", "检验科", "2024/10/8", "半年", 4500, "否", "在修",
                 tr("检验科", d(2024, 10, 8), d(2025, 4, 7), 4500.0, False)),
                ("huangfu", LCMCH, LCMCH, "皇甫静", "新生儿科", fw("2024") + "年" + fw("3") + "月",
                 fw("2024") + "年" + fw("8") + "月", None, "是", "是", tr("新生儿科", d(2024, 3, 1), d(2024, 8, 31), 0.0,
                                                                       True))]
    r = 6
    for i, (key, sendw, send, name, dept, s, e, amt, free, done, f) in enumerate(trainees, 1):
        put(ws, r, 3, [i, sendw, LB1, name, use_id(key), dept, s, e, amt, free, done])
        ws.cell(r, 7).number_format = "@"
        row("trainees", fn, sh, r, f, {"recipient_hospital_id": send, "host_hospital_id": LB1},
            ["start_date", "department"], id_number=ID[key])
        r += 1

    # ---- 新技术
    sh = "新技术"
    ws = wb.create_sheet(sh)
    ws["C2"] = f"岚埠市2024年受援医院新技术新业务情况表（{SYN}）"
    put(ws, 4, 3, ["序号", "受援医院", "支援医院", "新技术名称", "科室", "开展时间", "例数", "是否填补县域空白"])
    techs = [(FZ, "支气管镜检查术", "呼吸内科", "2024年5月", "15例", "是", d(2024, 5, 1), 15, True),
             (LCMCH, "新生儿窒息复苏技术", "新生儿科", 20240618, 9, "否", d(2024, 6, 18), 9, False),
             (LCMCH, "宫腔镜\n检查术", "妇科", dt.date(2024, 10, 9), "十余例", "是", d(2024, 10, 9), None, True)]
    for i, (rec, name, dept, when, cases, gap, day, casesv, gapv) in enumerate(techs, 1):
        r = 4 + i
        put(ws, r, 3, [i, rec, LB1, name, dept, when, cases, gap])
        row("techniques", fn, sh, r, dict(name=name.replace("\n", ""), department=dept, first_performed_date=day,
                                          cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": LB1}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wrap(ws)

    # ---- 月报: 年月 as date cells formatted yyyy年m月 (枫泽) and text "2024年1月" (蓼川妇幼)
    sh = "月报"
    ws = wb.create_sheet(sh)
    ws["C2"] = f"岚埠市受援医院2024年上半年业务量（{SYN}）"
    merge_header(ws, 4, 3, ["医院名称", "年月", ("门诊住院", ["门急诊人次", "出院人数", "手术台次"]),
                            ("转诊", ["转出人次", "下转接收人次"])])
    r = 6
    for rec, base in ((FZ, 14200), (LCMCH, 6100)):
        for m in range(1, 7):
            v = [base + 170 * m, base // 16 + 11 * m, base // 90 + 2 * m, 30 - m, 2 + m % 2]
            ym = dt.date(2024, m, 1) if rec == FZ else f"2024年{m}月"
            put(ws, r, 3, [rec, ym, *v], fmt='yyyy"年"m"月"')
            row("hospital_monthly_stats", fn, sh, r,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_down_received=v[4]), {"recipient_hospital_id": rec}, ["month"])
            r += 1
    ws.freeze_panes = "E6"
    wb.save(path)
    make_xlsm(path)


def f_fengze_monthly_csv(path: Path):
    """枫泽县人民医院 July–December as UTF-8 (no BOM, LF): the hospital only as its hanging name in a 填报单位 line
    ending in a non-breaking space; columns in an unusual order (出院 before 门急诊); "—" for a month's surgeries."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"填报单位：{HANG[FZ]}{NBSP}", "", "", "", "", ""])
    w.writerow([f"2024年下半年主要业务量统计（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "出院人数", "门急诊人次", "手术台次", "转出人次", "备注"])
    r = 3
    for m in range(7, 13):
        out_v, dis = 15400 + 120 * m, 900 + 9 * m
        surg = None if m == 10 else 160 + 3 * m
        ref = 27 - m
        w.writerow([f"{m}月", dis, out_v, "—" if surg is None else surg, ref, "系统故障未统计" if surg is None else ""])
        r += 1
        f = dict(year=2024, month=m, outpatient_visits=out_v, discharges=dis, surgeries=surg, referrals_out=ref)
        row("hospital_monthly_stats", fn, None, r, f, {"recipient_hospital_id": FZ}, ["month"])
    w.writerow(["合计", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_lanbu_activities_csv(path: Path):
    """岚埠市人民医院 activities: UTF-8 with BOM, CRLF, two lines above the header, 活动时间 before the hospitals,
    a non-breaking space after a name, the hanging name once."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"岚埠市人民医院2024年对口帮扶活动台账（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["填报单位：岚埠市人民医院", "", "", "", "填报日期：2025-01-10", "", "", ""])
    w.writerow(["序号", "活动时间", "受援医院", "支援医院", "活动类型", "活动内容", "参加人数", "备注"])
    acts = [("2024/3/20", FZ, FZ, "教学查房", "呼吸科教学查房", 16, d(2024, 3, 20)),
            ("2024.04.17", FZ + NBSP, FZ, "学术讲座", "慢阻肺规范化诊疗", 30, d(2024, 4, 17)),
            (fw("2024") + "年" + fw("5") + "月" + fw("9") + "日", LCMCH, LCMCH, "技术培训", "新生儿复苏培训", 25,
             d(2024, 5, 9)),
            ("20240612", LCMCH, LCMCH, "义诊", "儿童健康义诊", 120, d(2024, 6, 12)),
            ("2024/8/8", HANG[FZ], FZ, "远程会诊", "疑难病例远程会诊", 6, d(2024, 8, 8)),
            ("2024/10/15", FZ, FZ, "死亡病例讨论", "重症肺炎死亡病例讨论", 14, d(2024, 10, 15))]
    r = 3
    for i, (day, recw, rec, typ, topic, n, dayv) in enumerate(acts, 1):
        w.writerow([i, day, recw, LB1, typ, topic, n, ""])
        r += 1
        row("activities", fn, None, r, dict(activity_date=dayv, activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": LB1}, ["activity_date", "activity_type"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- ODS "from LibreOffice"
def ods_write(path: Path, sheets: dict):
    """sheets: {name: rows}; a cell is None, str, a number, ("f", formula, cached value) or ("span", value, n).
    Formula cells carry LibreOffice's office:formula (of:=SUM([.C4:.N4])) with the cached office:value, and
    the meta generator says LibreOffice, as a file saved by LibreOffice Calc does."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            trow = TableRow()
            for v in vals:
                span = 1
                if isinstance(v, tuple) and v[0] == "span":
                    _, v, span = v
                if isinstance(v, tuple) and v[0] == "f":
                    _, formula, cached = v
                    c = TableCell(valuetype="float", value=cached, formula=formula)
                    c.addElement(P(text=f"{cached:g}"))
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    for line in v.split("\n"):
                        c.addElement(P(text=line))
                if span > 1:
                    c.setAttribute("numbercolumnsspanned", str(span))
                    c.setAttribute("numberrowsspanned", "1")
                trow.addElement(c)
                for _ in range(span - 1):
                    trow.addElement(CoveredTableCell())
            t.addElement(trow)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))
    # the generator line as LibreOffice writes it (odfpy puts its own in at save time)
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "meta.xml":
                body = re.sub(rb"<meta:generator>[^<]*</meta:generator>",
                              b"<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/"
                              b"e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>", body)
            z.writestr(info, body, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype"
                       else zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())


def col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


def f_county_ods(path: Path):
    """省卫健委统计室 (.ods, LibreOffice): per county, 1月…12月 and 全年 under each of two merged groups
    (县域内常住居民住院总人次 | 其中：县域外住院人次); 全年 = SUM of the monthly cells (cached values); 合计 row."""
    fn, sh = path.name, "县域住院流向"
    months = [f"{m}月" for m in range(1, 13)]
    rows = [[f"2024年各县（市、区）常住居民住院流向统计（{SYN}）"],
            ["县（市、区）", "区划代码", ("span", "县域内常住居民住院总人次", 13), ("span", "其中：县域外住院人次", 13)],
            [None, None, *months, "全年", *months, "全年"]]
    seeds = {"青杉县": (3300, 610), "白芷县": (2650, 540), "枫泽县": (2980, 575), "蓼川县": (1840, 402)}
    for k, (county, (a, b)) in enumerate(seeds.items()):
        r = 4 + k
        tot = [a + 37 * m - (260 if m == 2 else 0) + 13 * k for m in range(1, 13)]
        out = [b - 5 * m + 3 * k for m in range(1, 13)]
        rows.append([county, COUNTY_CODE[county], *tot, ("f", f"of:=SUM([.C{r}:.N{r}])", sum(tot)), *out,
                     ("f", f"of:=SUM([.P{r}:.AA{r}])", sum(out))])
        row("county_inpatient_stats", fn, sh, r, dict(county_code=COUNTY_CODE[county], year=2024,
                                                      resident_admissions=sum(tot),
                                                      resident_admissions_outside_county=sum(out)),
            {}, ["county_code"])
    last = 3 + len(seeds)
    total = ["合计", None]
    for c in range(2, 28):
        L = col(c)
        cached = sum(x for rr in rows[3:] for x in [rr[c]] if isinstance(x, int)) if not isinstance(rows[3][c], tuple) \
            else sum(rr[c][2] for rr in rows[3:])
        total.append(("f", f"of:=SUM([.{L}4:.{L}{last}])", cached))
    rows.append(total)
    rows.append(["注：县域外住院人次指本县常住居民在县域外医疗机构住院的人次。"])
    ods_write(path, {sh: rows})


def f_liaochuan_assessment_ods(path: Path):
    """蓼川县人民医院 (.ods, LibreOffice): the recipient with its hanging name in the title; three sub-scores and
    月考核得分 = SUM of them (formula, cached value); months "4月" (year from the title)."""
    fn, sh = path.name, "月考核"
    rows = [[f"{LC}（{HANG[LC]}）派驻人员月度考核表 2024年4—6月（{SYN}）"],
            ["序号", "身份证号", "姓名", "月份", "劳动纪律（30分）", "医疗质量（40分）", "带教培训（30分）", "月考核得分",
             "电话抽查次数", "抽查在岗次数", "备注"]]
    i = 0
    for key, name in (("tian", "田野"), ("bao", "包容"), ("mo", "莫问")):
        for m in (4, 5, 6):
            i += 1
            r = 2 + i
            parts = [28 + (i % 3 == 0), 36 + i % 4, 26 + (m % 2) * 2]
            sc = float(sum(parts))
            present = 2 if (key, m) == ("mo", 5) else 3
            rows.append([i, use_id(key), name, f"{m}月", *parts, ("f", f"of:=SUM([.E{r}:.G{r}])", sc), 3, present,
                         "外出学习一次" if present == 2 else None])
            row("staff_monthly_assessments", fn, sh, r,
                dict(year=2024, month=m, score=sc, spot_checks=3, spot_checks_present=present),
                {"recipient_hospital_id": LC}, ["month"], id_number=ID[key])
    rows.append(["考核小组：医务科、院办", None, None, None, None, None, None, None, "日期：2024年7月3日"])
    ods_write(path, {sh: rows})


def f_fengze_assessment_xlsx(path: Path):
    """枫泽县人民医院: one row per person, one score column per month (3月 … 9月) under a title that says 考核得分,
    ID after the name, a blank September (left on 9月3日), an 平均 column of =AVERAGE formulas, frozen pane."""
    fn, sh = path.name, "得分"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{FZ}派驻人员月度考核得分（2024年）（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "平均"])
    for i, (key, name, scores) in enumerate((("zhongli", "钟离", [93, 94, 95, 94.5, 96, 95]),
                                             ("zhuo", "卓然", [88, 90, 91, 89.5, 92, 93])), 1):
        ws.append([i, name, use_id(key), LB1, *scores, None, f"=AVERAGE(E{2 + i}:K{2 + i})"])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for m, sc in zip(range(3, 9), scores):
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": FZ}, ["month"], id_number=ID[key])
    ws.append(["说明：满分100分，80分以下为不合格。"])
    ws.freeze_panes = "E3"
    ws["K2"].comment = Comment("9月3日派驻期满返回，9月不考核", "医务科")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """雁汀省人民医院: ID before name, no support column (the 派出单位 line), the recipient as official, hanging
    or both names; 派驻时间 in one cell ("2024/3/1-2024/8/31", "2024.03—2024.08", "2024.3.1", 20240902 typed as a
    number, full-width range, "2024/9/2-至今") with a 派驻期限 column ("6个月", "半年"); 备注 "已返回" / "延期至9月";
    a non-breaking space, a line break in a title; autofilter; comment; sheet protection."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雁汀省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["派出单位：雁汀省人民医院（盖章）"])
    ws.append(["序号", "身份证号码", "姓名", "性别", "受援医院", "科室", "职称", "派驻时间", "派驻期限", "备注"])
    ws["J3"].comment = Comment("已返回 / 在岗 / 延期请注明", "医务部")
    people = [("tian", "田野", "男", LC, "神经内科", "主任医师", "2024/3/1-2024/8/31", "6个月", "已返回",
               dep("神经内科", "主任医师", d(2024, 3, 1), d(2024, 8, 31))),
              ("bao", "包容", "女", HANG[LC], "妇产科", "副主任医师", "2024.03—2024.08", "半年", "已返回",
               dep("妇产科", "副主任医师", d(2024, 3, 1), d(2024, 8, 31))),
              ("mo", "莫问", "男", f"{LC}({HANG[LC]})", "急诊科" + NBSP, "主治\n医师", "2024.3.1", "半年", "延期至9月",
               dep("急诊科", "主治医师", d(2024, 3, 1))),
              ("qinl", "秦岭", "男", LC, "心血管内科", "副主任医师", 20240902, "6个月", None,
               dep("心血管内科", "副主任医师", d(2024, 9, 2), d(2025, 3, 1))),
              ("lu", "陆离", "女", LC, "呼吸内科", "主治医师",
               fw("2024") + "年" + fw("9") + "月" + fw("2") + "日—" + fw("2025") + "年" + fw("3") + "月" + fw("1") + "日",
               "6个月", None, dep("呼吸内科", "主治医师", d(2024, 9, 2), d(2025, 3, 1))),
              ("fang", "方圆", "女", LC, "护理部", "主管护师", "2024/9/2-至今", None, "在岗",
               dep("护理部", "主管护师", d(2024, 9, 2), None))]
    for i, (key, name, sex, recw, dept, title, period, term, note, f) in enumerate(people, 1):
        ws.append([i, use_id(key), name, sex, recw, dept, title, period, term, note])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": LC}, ["start_date"],
            id_number=ID[key])
    ws.append(["合计：6人"])
    ws.auto_filter.ref = f"A3:J{ws.max_row - 1}"
    ws.protection.sheet = True
    wrap(ws)
    wb.save(path)


def f_ptcm_trainees_xls(path: Path):
    """雁汀省中医院 (.xls, xlwt) as host: ID before name, 选送单位 (one a hospital not in the pairing list),
    进修起止时间 in one cell ("2024.03-2024.08", "2024/3/4-2024/9/3", "20240902-20250301"); 进修费 0 / "免费" /
    2400; frozen header; 填表人 footer."""
    fn, sh = path.name, "进修登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"雁汀省中医院2024年接收对口支援医院进修人员登记表（{SYN}）")
    hdr = ["序号", "身份证号", "姓名", "选送单位", "进修科室", "进修起止时间", "进修费（元）", "是否结业", "备注"]
    for j, t in enumerate(hdr):
        ws.write(1, j, t)
    people = [("hua", "华清", QSTCM, QSTCM, "针灸科", "2024.03-2024.08", 0, "是",
               tr("针灸科", d(2024, 3, 1), d(2024, 8, 31), 0.0, True)),
              ("xie", "谢安然", f"{BZTCM}({HANG[BZTCM]})", BZTCM, "推拿科", "2024/3/4-2024/9/3", "免费", "是",
               tr("推拿科", d(2024, 3, 4), d(2024, 9, 3), 0.0, True)),
              ("jin", "金不换", BZTCM, BZTCM, "中医内科", "20240902-20250301", 2400, "否",
               tr("中医内科", d(2024, 9, 2), d(2025, 3, 1), 2400.0, False)),
              ("wu", "邬可", "枫泽县中医院", None, "针灸科", "2024.05-2024.10", 0, "是", None)]
    for i, (key, name, sendw, send, dept, period, fee, done, f) in enumerate(people, 1):
        for j, v in enumerate([i, use_id(key), name, sendw, dept, period, fee, done]):
            ws.write(1 + i, j, v)
        r = 2 + i
        if send is None:
            quarantine(fn, sh, r, "unresolved_hospital", "选送单位 枫泽县中医院: no such hospital in the pairing list "
                                                         "(枫泽县 has only 枫泽县人民医院)")
            continue
        row("trainees", fn, sh, r, f, {"recipient_hospital_id": send, "host_hospital_id": PTCM},
            ["start_date", "department"], id_number=ID[key])
    ws.write(3 + len(people), 0, "填表人：科教处")
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(2)
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    folders = {"ref": raw / "reference",
               "lz": raw / "鹭洲市卫健委（汇总）",
               "lzh": raw / "鹭洲市卫健委（汇总）" / "县医院直报",
               "lb": raw / "岚埠市" / "2024年上报 (2)",
               "sz": raw / "省直医院" / "新建文件夹",
               "tj": raw / "省卫健委统计室"}
    for p in folders.values():
        p.mkdir(parents=True, exist_ok=True)
    pairing_list(folders["ref"] / "SYNTHETIC_附件1：雁汀省城乡医院对口支援关系表（2023—2025年）最终版.xlsx")
    files = [(f_luzhou_workbook, "lz", "SYNTHETIC_鹭洲市2024年对口支援工作汇总表（派驻 进修 新技术 月报）.xlsx"),
             (f_qingshan_assessment_xls, "lzh", "SYNTHETIC_青杉分院派驻人员考核汇总(1-6月).xls"),
             (f_baizhi_activities_gbk, "lzh", "SYNTHETIC_白芷县人民医院 帮扶活动登记2024 (1).csv"),
             (f_lanbu_workbook, "lb", "SYNTHETIC_岚埠市对口支援汇总表2024（宏表）.xlsm"),
             (f_fengze_monthly_csv, "lb", "SYNTHETIC_枫泽分院月报_7-12月.csv"),
             (f_lanbu_activities_csv, "lb", "SYNTHETIC_市人民医院帮扶活动台账.csv"),
             (f_fengze_assessment_xlsx, "lb", "SYNTHETIC_枫泽县人民医院派驻人员考核得分.xlsx"),
             (f_liaochuan_assessment_ods, "lb", "SYNTHETIC_蓼川县人民医院派驻人员月考核4-6月.ods"),
             (f_p1_roster, "sz", "SYNTHETIC_省人民医院派驻花名册2024 终稿.xlsx"),
             (f_ptcm_trainees_xls, "sz", "SYNTHETIC_省中医院进修人员登记表.xls"),
             (f_county_ods, "tj", "SYNTHETIC_2024年县域住院流向（统计室）.ods")]
    for fnc, folder, name in files:
        fnc(folders[folder] / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
