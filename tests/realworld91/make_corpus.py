"""realworld91 corpus generator — SYNTHETIC / 合成数据. A fictional city (枫陵市, 霁川省) for 2024 whose hospitals all
filled in shared online spreadsheets (腾讯文档 / 金山文档 collaborative sheets, exported as xlsx, CSV or saved again as
xls / ods): every hospital adds its rows to one sheet with a 填报医院 column; some paste their own header again above
their block; a few rows were typed one column off (a coordinator filled them yellow and said so in 备注); two clerks
entered the same row; a 'Sheet1 (2)' copy was left behind; one hospital added a 学历 column half-way; the platform's
own columns (最后修改人, 修改时间) ride along. Beside them the pairing list and a few hospitals' own files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,共享文档,医院报送}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the tool's
parser.
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
from openpyxl.styles import PatternFill

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
YELLOW = PatternFill("solid", fgColor="FFFF00")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# hospitals -----------------------------------------------------------------------------------------------------
SP2, CITY, CTCM, CMCH = "霁川省第二人民医院", "枫陵市人民医院", "枫陵市中医医院", "枫陵市妇幼保健院"
QY, QYTCM, BX, BXMCH, SJ = "青樾县人民医院", "青樾县中医医院", "白溪县人民医院", "白溪县妇幼保健院", "石枧县人民医院"
RECIP = {QY: ("二级", "甲等", "综合医院", "青樾县"), QYTCM: ("二级", "甲等", "中医医院", "青樾县"),
         BX: ("二级", "甲等", "综合医院", "白溪县"), BXMCH: ("二级", None, "妇幼保健院", "白溪县"),
         SJ: ("二级", "乙等", "综合医院", "石枧县")}
PAIRS = [(SP2, QY, dt.date(2023, 12, 18)), (CITY, BX, dt.date(2023, 12, 25)), (CITY, SJ, dt.date(2023, 12, 25)),
         (CTCM, QYTCM, dt.date(2024, 1, 8)), (CMCH, BXMCH, dt.date(2024, 1, 10))]

ID = {k: idn(*v) for k, v in {
    # dispatched staff
    "yan": ("991001", "19730412", "031"), "bai": ("991001", "19790823", "052"), "wei": ("991002", "19860304", "024"),
    "qi": ("991002", "19880917", "013"), "miao": ("991003", "19800130", "045"), "yin": ("991003", "19890621", "066"),
    "gong": ("991101", "19700715", "037"), "ouyang": ("991101", "19821108", "028"), "teng": ("991102", "19870226", "019"),
    "lu": ("991102", "19900509", "082"), "wen": ("991201", "19780919", "046"), "kou": ("991201", "19850402", "057"),
    "yu": ("991202", "19920814", "068"), "fan": ("991301", "19760603", "011"), "guan": ("991301", "19840927", "074"),
    "zhuo": ("991302", "19910116", "035"),
    # trainees (recipient staff)
    "cheng": ("991001", "19930305", "026"), "shi": ("991001", "19910722", "017"), "hong": ("991002", "19950110", "048"),
    "qiw": ("991103", "19920618", "039"), "qiao": ("991103", "19940827", "021"), "luo": ("991003", "19900412", "063"),
    "ning": ("991003", "19960229", "054"), "xiang": ("991102", "19930914", "075"), "dong": ("991102", "19891203", "086"),
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


def quarantine(file, sheet, r, category, why, reason_code=None):
    q = {"file": file, "sheet": sheet, "row": r, "category": category, "why": why}
    if reason_code:
        q["reason_code"] = reason_code
    truth["quarantines"].append(q)


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "主管护师": ("中级", "护理"), "主管技师": ("中级", "医技"), "主管药师": ("中级", "药学"),
          "主任中医师": ("正高级", "医疗"), "副主任中医师": ("副高级", "医疗"), "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def mtime(month, day, hour, minute):
    return dt.datetime(2024, month, day, hour, minute)


def set_formats(ws, r, text_cols=(), date_cols=(), time_cols=()):
    for c in text_cols:
        ws.cell(r, c).number_format = "@"
    for c in date_cols:
        if isinstance(ws.cell(r, c).value, dt.date):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
    for c in time_cols:
        ws.cell(r, c).number_format = "yyyy-mm-dd hh:mm"


def fill_row(ws, r, ncols):
    for c in range(1, ncols + 1):
        ws.cell(r, c).fill = YELLOW


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 级别 and 等次 in two columns, 协议签订日期 as dates, no 支援期限 (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：枫陵市城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP2, CITY, CTCM, CMCH):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 共享文档
ROSTER_HDR = ["序号", "填报医院", "姓名", "身份证号", "派驻单位", "开始日期", "结束日期", "科室", "职称", "学历", "备注",
              "最后修改人", "修改时间"]


def f_shared_roster(path: Path):
    """腾讯文档 roster every support hospital filled in: a 填表说明 line; 省二院's block (real dates; one ID with a
    wrong check digit; 派驻单位 "青樾县医院"; one row typed one column to the right — the start under 结束日期, the end
    under 科室 — filled yellow with a coordinator's 备注, never re-entered: held); 市人民医院 pasted its own header
    (填报单位 / 姓  名 / 身份证号码 / 受援医院 / 派驻起始日期 …) above its block, dates "2024.03.04", a 15-digit ID, a
    person without an ID, the only hospital to fill the 学历 column it added; a second clerk entered 滕一鸣 again
    (a duplicate: held); 市妇幼 copied the shared header above its block, dates "2024/5/6", one shifted row the
    coordinator says was entered again on the next row; a late 省二院 row at the bottom; the platform's 最后修改人 /
    修改时间 on every row; and a 'Sheet1 (2)' copy of the sheet in which 省二院's clerk kept only its own block."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫陵市2024年城乡医院对口支援派驻人员汇总表（各支援医院在线填写）{SYN}"])
    ws.append(["填表说明：请各支援医院在本表末尾续填本院派驻人员，勿改动表头；日期请填写为 2024-03-01 格式。"])
    ws.append(ROSTER_HDR)
    n = len(ROSTER_HDR)

    def put(vals, who, when, text=(4,), dates=(6, 7)):
        ws.append(vals + [who, when])
        set_formats(ws, ws.max_row, text_cols=text, date_cols=dates, time_cols=(13,))
        return ws.max_row

    def person(seq, rep, name, idv, rec, sv, ev, dept, title, edu, who, when, f, tid, note=None, sup=None):
        r = put([seq, rep, name, idv, rec, sv, ev, dept, title, edu, note], who, when)
        row("deployments", fn, sh, r, f, {"support_hospital_id": sup or rep, "recipient_hospital_id": RECIP_OF[rec]},
            ["start_date", "department"], id_number=tid)
        return r

    # 省二院 block: real date cells
    who = "张晓（省二院医务处）"
    p = dt.date
    person(1, SP2, "严青禾", use_id("yan"), QY, p(2024, 3, 1), p(2024, 8, 31), "心血管内科", "主任医师", None,
           who, mtime(2, 27, 10, 15), dep("心血管内科", "主任医师", d(2024, 3, 1), d(2024, 8, 31)), ID["yan"])
    person(2, SP2, "柏松年", use_id("bai"), QY, p(2024, 3, 1), p(2024, 8, 31), "普外科", "副主任医师", None,
           who, mtime(2, 27, 10, 17), dep("普外科", "副主任医师", d(2024, 3, 1), d(2024, 8, 31)), ID["bai"])
    wrong = ID["wei"][:17] + ("1" if ID["wei"][17] == "0" else "0")
    r = person(3, SP2, "卫书瑶", use_id("wei", wrong), QY, p(2024, 3, 1), p(2024, 8, 31), "护理部", "主管护师", None,
               who, mtime(2, 27, 10, 20), dep("护理部", "主管护师", d(2024, 3, 1), d(2024, 8, 31)), wrong)
    finding(fn, r, "ID_CHECK_DIGIT")
    person(4, SP2, "戚云舟", use_id("qi"), "青樾县医院", p(2024, 9, 2), p(2025, 3, 1), "麻醉科", "主治医师", None,
           who, mtime(8, 26, 9, 2), dep("麻醉科", "主治医师", d(2024, 9, 2), d(2025, 3, 1)), ID["qi"])
    # typed one column to the right from 开始日期: start under 结束日期, end under 科室, 科室 under 职称, 职称 under 学历
    r = put([5, SP2, "缪清和", use_id("miao"), QY, None, p(2024, 9, 2), p(2025, 3, 1), "骨科", "副主任医师",
             "此行错位（日期填在了科室栏），请省二院核实后重填"], who, mtime(8, 26, 9, 5), dates=(7, 8))
    fill_row(ws, r, n)
    quarantine(fn, sh, r, "missing_required",
               "typed one column to the right: 开始日期 blank, the end date under 科室; the coordinator's 备注 asks the "
               "hospital to check and enter it again — the start is missing from its column")
    block1_end = ws.max_row

    # 市人民医院: its own header pasted above its block; it also fills the 学历 column nobody else uses
    who = "李娜（市人民医院）"
    put(["序号", "填报单位", "姓  名", "身份证号码", "受援医院", "派驻起始日期", "派驻结束日期", "派驻科室", "专业技术职称",
         "学历", "备注"], who, mtime(3, 1, 8, 40), text=(), dates=())
    person(1, CITY, "龚牧之", use_id("gong"), BX, "2024.03.04", "2024.09.03", "神经内科", "主任医师", "博士研究生",
           who, mtime(3, 1, 8, 42), dep("神经内科", "主任医师", d(2024, 3, 4), d(2024, 9, 3)), ID["gong"])
    o = ID["ouyang"]
    fifteen = o[:6] + o[8:17]
    r = person(2, CITY, "欧若溪", use_id("ouyang", fifteen), BX, "2024.03.04", "2024.09.03", "儿科", "副主任医师",
               "硕士研究生", who, mtime(3, 1, 8, 44), dep("儿科", "副主任医师", d(2024, 3, 4), d(2024, 9, 3)), ID["ouyang"])
    finding(fn, r, "ID_15_DIGIT")
    teng_row = person(3, CITY, "滕一鸣", use_id("teng"), SJ, "2024.04.01", "2024.09.30", "呼吸与危重症医学科", "主治医师",
                      "本科", who, mtime(3, 1, 8, 47),
                      dep("呼吸与危重症医学科", "主治医师", d(2024, 4, 1), d(2024, 9, 30)), ID["teng"])
    person(4, CITY, "陆雪见", use_id("lu"), SJ, "2024.04.01", "2024.09.30", "重症医学科", "主管护师", "本科",
           who, mtime(3, 1, 8, 49), dep("重症医学科", "主管护师", d(2024, 4, 1), d(2024, 9, 30)), ID["lu"])
    r = person(5, CITY, "包景和", None, SJ, "2024.10.08", "2025.04.07", "检验科", "主管技师", "本科",
               who, mtime(9, 30, 16, 3), dep("检验科", "主管技师", d(2024, 10, 8), d(2025, 4, 7)), None)
    finding(fn, r, "NAME_ONLY")
    # a second clerk of the same hospital entered 滕一鸣 again, a day later
    r = put([6, CITY, "滕一鸣", use_id("teng"), SJ, "2024.04.01", "2024.09.30", "呼吸与危重症医学科", "主治医师", "本科",
             None], "周敏（市人民医院人事科）", mtime(3, 2, 14, 30))
    quarantine(fn, sh, r, "duplicate", f"the same person, stay, department and title as row {teng_row}, entered again "
               "by a second clerk (only 序号 and the platform's columns differ)", reason_code="DUPLICATE_ROW")

    # 市妇幼: copied the shared header (row 3) above its block; dates "2024/5/6"
    who = "王芳（市妇幼）"
    put(list(ROSTER_HDR[:11]), who, mtime(4, 28, 11, 0), text=(), dates=())
    person(1, CMCH, "温如玉", use_id("wen"), BXMCH, "2024/5/6", "2024/11/5", "产科", "副主任医师", None,
           who, mtime(4, 28, 11, 3), dep("产科", "副主任医师", d(2024, 5, 6), d(2024, 11, 5)), ID["wen"])
    person(2, CMCH, "寇思远", use_id("kou"), BXMCH, "2024/5/6", "2024/11/5", "儿童保健科", "主治医师", None,
           who, mtime(4, 28, 11, 5), dep("儿童保健科", "主治医师", d(2024, 5, 6), d(2024, 11, 5)), ID["kou"])
    # shifted the same way, entered again correctly on the next row (either held or not data: not in the truth)
    r = put([3, CMCH, "郁晚晴", use_id("yu"), BXMCH, None, "2024/5/6", "2024/11/5", "新生儿科", "主管护师",
             "错位，已在下一行重新录入"], who, mtime(4, 28, 11, 8))
    fill_row(ws, r, n)
    person(3, CMCH, "郁晚晴", use_id("yu"), BXMCH, "2024/5/6", "2024/11/5", "新生儿科", "主管护师", None,
           who, mtime(4, 28, 11, 10), dep("新生儿科", "主管护师", d(2024, 5, 6), d(2024, 11, 5)), ID["yu"])

    # 省二院 comes back in August and adds a row at the bottom, below the others' blocks
    person(6, SP2, "尹照川", use_id("yin"), QY, p(2024, 9, 2), p(2025, 3, 1), "药剂科", "主管药师", None,
           "张晓（省二院医务处）", mtime(8, 27, 15, 12), dep("药剂科", "主管药师", d(2024, 9, 2), d(2025, 3, 1)), ID["yin"])

    # 'Sheet1 (2)': 省二院's clerk copied the sheet and kept only its own block (the same rows again)
    cp = wb.copy_worksheet(ws)
    cp.title = "Sheet1 (2)"
    cp.delete_rows(block1_end + 1, cp.max_row - block1_end)
    wb.save(path)


RECIP_OF = {QY: QY, "青樾县医院": QY, BX: BX, BXMCH: BXMCH, SJ: SJ, QYTCM: QYTCM}

TRAINEE_HDR = ["序号", "填报医院", "姓名", "性别", "身份证号", "科室", "进修医院", "进修开始时间", "进修结束时间",
               "进修费用（元）", "是否结业", "备注", "最后修改人", "修改时间"]


def f_shared_trainees(path: Path):
    """金山文档 trainee list filled in by the recipients (填报医院 = the sending hospital): 石枧 pasted its own
    header (单位名称 / 姓 名 / 身份证号码 / 进修科室 / 接收医院 / 开始日期 / 结束日期 / 费用 / 结业情况); one of its clerks
    entered 祁望舒 twice (held); fees "免"; 是否结业 "否（在修）"."""
    fn, sh = path.name, "进修登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫陵市各受援医院2024年赴支援医院进修人员登记（共享表）{SYN}"])
    ws.append(TRAINEE_HDR)

    def put(vals, who, when, text=(5,)):
        ws.append(vals + [who, when])
        set_formats(ws, ws.max_row, text_cols=text, date_cols=(8, 9), time_cols=(14,))
        return ws.max_row

    def trainee(seq, rep, name, sex, key, dept, host, sv, ev, fee, done, who, when, fields):
        r = put([seq, rep, name, sex, use_id(key), dept, host, sv, ev, fee, done, None], who, when)
        row("trainees", fn, sh, r, fields, {"recipient_hospital_id": rep, "host_hospital_id": host},
            ["start_date", "department"], id_number=ID[key])
        return r

    def tf(dept, s, e, fee, done):
        return dict(department=dept, start_date=s, end_date=e, fee_charged=fee, completed=done)

    p = dt.date
    who = "孙蕾（青樾县人民医院科教科）"
    trainee(1, QY, "程雨桐", "女", "cheng", "内科", SP2, p(2024, 3, 1), p(2024, 8, 31), 3000, "是", who,
            mtime(3, 5, 9, 0), tf("内科", d(2024, 3, 1), d(2024, 8, 31), 3000.0, True))
    trainee(2, QY, "石念安", "男", "shi", "外科", SP2, p(2024, 3, 1), p(2024, 8, 31), 3000, "是", who,
            mtime(3, 5, 9, 2), tf("外科", d(2024, 3, 1), d(2024, 8, 31), 3000.0, True))
    trainee(3, QY, "洪晓岚", "女", "hong", "妇产科", SP2, p(2024, 9, 2), p(2025, 3, 1), 0, "否（在修）", who,
            mtime(9, 3, 10, 30), tf("妇产科", d(2024, 9, 2), d(2025, 3, 1), 0.0, False))

    who = "钱程（石枧县人民医院）"
    put(["序号", "单位名称", "姓 名", "性别", "身份证号码", "进修科室", "接收医院", "开始日期", "结束日期", "费用", "结业情况",
         "备注"], who, mtime(4, 2, 15, 0), text=())
    first = trainee(1, SJ, "祁望舒", "女", "qiw", "急诊科", CITY, "2024-04-01", "2024-09-30", 4500, "是", who,
                    mtime(4, 2, 15, 3), tf("急诊科", d(2024, 4, 1), d(2024, 9, 30), 4500.0, True))
    trainee(2, SJ, "乔木森", "男", "qiao", "医学影像科", CITY, "2024-04-01", "2024-09-30", 4500, "是", who,
            mtime(4, 2, 15, 6), tf("医学影像科", d(2024, 4, 1), d(2024, 9, 30), 4500.0, True))
    r = put([3, SJ, "祁望舒", "女", use_id("qiw"), "急诊科", CITY, "2024-04-01", "2024-09-30", 4500, "是", None],
            "赵一（石枧县人民医院医务科）", mtime(4, 3, 8, 51))
    quarantine(fn, sh, r, "duplicate", f"the same trainee, stay and department as row {first}, entered again by a "
               "second clerk", reason_code="DUPLICATE_ROW")

    who = "冯晴（青樾县中医医院）"
    trainee(1, QYTCM, "骆岑", "男", "luo", "针灸科", CTCM, p(2024, 5, 6), p(2024, 11, 5), "免", "是", who,
            mtime(5, 7, 16, 20), tf("针灸科", d(2024, 5, 6), d(2024, 11, 5), 0.0, True))
    trainee(2, QYTCM, "宁采薇", "女", "ning", "康复科", CTCM, p(2024, 5, 6), p(2024, 11, 5), "免", "是", who,
            mtime(5, 7, 16, 24), tf("康复科", d(2024, 5, 6), d(2024, 11, 5), 0.0, True))
    wb.save(path)


def f_shared_techniques(path: Path):
    """腾讯文档 technique list (填报医院 = the recipient, 支援医院 a column): "约20例" (→ empty + finding); 白溪县人民医院's
    clerk left 科室 out of one row, so everything after 项目名称 sits one column to the left (the date under 科室),
    filled yellow with a 备注 (held: no first-performed date in its column); 白溪妇幼 copied the header above its row."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年受援医院新技术新项目开展情况汇总（在线填写）{SYN}"])
    hdr = ["序号", "填报医院", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院", "备注",
           "最后修改人", "修改时间"]
    ws.append(hdr)

    def put(vals, who, when):
        ws.append(vals + [who, when])
        set_formats(ws, ws.max_row, date_cols=(4, 5), time_cols=(11,))
        return ws.max_row

    def tech(seq, rep, name, dept, when_done, cases, gap, sup, who, when, f):
        r = put([seq, rep, name, dept, when_done, cases, gap, sup, None], who, when)
        row("techniques", fn, sh, r, f, {"recipient_hospital_id": rep, "support_hospital_id": sup}, ["name"])
        return r

    p = dt.date
    who = "孙蕾（青樾县人民医院）"
    tech(1, QY, "经皮冠状动脉介入治疗", "心血管内科", p(2024, 5, 20), 12, "是", SP2, who, mtime(6, 3, 9, 10),
         dict(name="经皮冠状动脉介入治疗", department="心血管内科", first_performed_date=d(2024, 5, 20), cases=12,
              fills_county_gap=True))
    r = tech(2, QY, "腹腔镜胆囊切除术", "普外科", p(2024, 6, 11), "约20例", "是", SP2, who, mtime(7, 1, 14, 2),
             dict(name="腹腔镜胆囊切除术", department="普外科", first_performed_date=d(2024, 6, 11), cases=None,
                  fills_county_gap=True))
    finding(fn, r, "UNPARSEABLE_OPTIONAL")
    who = "何静（白溪县人民医院医务科）"
    tech(1, BX, "无痛胃肠镜检查", "消化内科", p(2024, 4, 15), 86, "否", CITY, who, mtime(5, 6, 10, 0),
         dict(name="无痛胃肠镜检查", department="消化内科", first_performed_date=d(2024, 4, 15), cases=86,
              fills_county_gap=False))
    # 科室 left out: the date under 科室, the cases under 首次开展时间, … (one column to the left)
    r = put([2, BX, "急性缺血性脑卒中静脉溶栓", p(2024, 7, 3), 15, "是", CITY, None,
             "科室漏填，整行左移一格，请白溪县人民医院核实"], who, mtime(7, 20, 11, 45))
    fill_row(ws, r, len(hdr))
    quarantine(fn, sh, r, "missing_required",
               "one column to the left from 科室: the date under 科室 and 15 under 首次开展时间 — no first-performed "
               "date in its column; the coordinator's 备注 asks the hospital to check")
    who = "吴丹（白溪县妇幼保健院）"
    put(list(hdr[:9]), who, mtime(6, 20, 8, 0))
    tech(1, BXMCH, "新生儿窒息复苏技术", "新生儿科", p(2024, 6, 20), 9, "是", CMCH, who, mtime(6, 20, 8, 5),
         dict(name="新生儿窒息复苏技术", department="新生儿科", first_performed_date=d(2024, 6, 20), cases=9,
              fills_county_gap=True))
    wb.save(path)


def stats_vals(h, m):
    base = {QY: (18200, 1310, 305, 41), SJ: (12400, 880, 190, 33), QYTCM: (7300, 420, 64, 12),
            BXMCH: (5100, 360, 72, 9)}[h]
    return [base[0] + 230 * m, base[1] + 11 * m, base[2] + 3 * m, base[3] - m]


def f_shared_monthly(path: Path):
    """腾讯文档 monthly workload of the recipients, January–June: 统计月份 "2024年1月"; 石枧 pasted its own header (单位 /
    月份 / 门急诊人次（人次）…) and one of its rows slid one column to the right from 统计月份 (the month under 门急诊人次,
    filled yellow, 备注: held — no month in its column); 青樾县中医医院's May entered twice by two clerks (held)."""
    fn, sh = path.name, "月报"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"受援医院2024年1—6月主要业务量（共享填报）{SYN}"])
    hdr = ["填报医院", "统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次", "备注", "最后修改人",
           "修改时间"]
    ws.append(hdr)

    def put(vals, who, when):
        ws.append(vals + [who, when])
        set_formats(ws, ws.max_row, time_cols=(10,))
        return ws.max_row

    def month_row(h, m, who, when):
        v = stats_vals(h, m)
        r = put([h, f"2024年{m}月", *v, None, None], who, when)
        row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                       surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": h}, ["month"])
        return r

    for m in range(1, 7):
        month_row(QY, m, "孙蕾（青樾县人民医院统计室）", mtime(m + 1 if m < 12 else 12, 5, 9, m))
    put(["单位", "月份", "门急诊人次（人次）", "出院人数（人）", "手术台次（台）", "转出人次（人次）", "下转接收人次（人次）",
         "备注"], "钱程（石枧县人民医院）", mtime(2, 6, 10, 0))
    for m in range(1, 7):
        if m == 3:
            v = stats_vals(SJ, m)
            r = put([SJ, None, "2024年3月", *v, "此行错位（月份填到了门急诊人次栏），请核实"], "钱程（石枧县人民医院）",
                    mtime(4, 6, 10, 3))
            fill_row(ws, r, len(hdr))
            quarantine(fn, sh, r, "missing_required", "one column to the right from 统计月份: no month in its column "
                       "(\"2024年3月\" under 门急诊人次, every count one column off); the coordinator asks to check")
            continue
        month_row(SJ, m, "钱程（石枧县人民医院）", mtime(m + 1, 6, 10, m))
    first = None
    for m in range(1, 7):
        r = month_row(QYTCM, m, "冯晴（青樾县中医医院）", mtime(m + 1, 8, 15, m))
        if m == 5:
            first = r
    v = stats_vals(QYTCM, 5)
    r = put([QYTCM, "2024年5月", *v, None, None], "陈立（青樾县中医医院办公室）", mtime(6, 9, 8, 30))
    quarantine(fn, sh, r, "duplicate", f"青樾县中医医院's May again, the same figures as row {first}, by a second clerk",
               reason_code="DUPLICATE_ROW")
    wb.save(path)


def f_shared_activities_csv(path: Path):
    """腾讯文档 activity log exported as CSV (UTF-8, no BOM, LF): the title line, the support hospitals' rows with
    受援医院; 市人民医院 pasted its own header; a headcount "约60人" (→ empty + finding); one row entered twice (held)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"枫陵市对口支援带教培训活动登记（在线表格导出）{SYN}", "", "", "", "", "", "", "", ""])
    w.writerow(["序号", "填报医院", "活动日期", "受援医院", "活动形式", "主题", "参加人数", "最后修改人", "修改时间"])
    r = 2

    def act(vals, f=None, hosp=None):
        nonlocal r
        w.writerow(vals)
        r += 1
        if f:
            row("activities", fn, None, r, f, hosp, ["activity_date", "activity_type"])
        return r

    who = "张晓（省二院医务处）"
    act([1, SP2, "2024-03-15", QY, "学术讲座", "急性胸痛的识别与处置", 40, who, "2024-03-16 09:12"],
        dict(activity_date=d(2024, 3, 15), activity_type="学术讲座", participants=40),
        {"recipient_hospital_id": QY, "support_hospital_id": SP2})
    first = act([2, SP2, "2024-04-10", QY, "教学查房", "重症肺炎查房", 18, who, "2024-04-10 17:40"],
                dict(activity_date=d(2024, 4, 10), activity_type="教学查房", participants=18),
                {"recipient_hospital_id": QY, "support_hospital_id": SP2})
    act(["序号", "单位", "日期", "受援单位", "活动类型", "内容", "人数", "李娜（市人民医院）", "2024-05-10 08:00"])
    act([1, CITY, "2024-05-09", BX, "手术示教", "腹腔镜疝修补术", 12, "李娜（市人民医院）", "2024-05-10 08:03"],
        dict(activity_date=d(2024, 5, 9), activity_type="手术示教", participants=12),
        {"recipient_hospital_id": BX, "support_hospital_id": CITY})
    ra = act([2, CITY, "2024-06-18", SJ, "义诊", "慢病防治义诊", "约60人", "李娜（市人民医院）", "2024-06-19 10:21"],
             dict(activity_date=d(2024, 6, 18), activity_type="义诊", participants=None),
             {"recipient_hospital_id": SJ, "support_hospital_id": CITY})
    finding(fn, ra, "UNPARSEABLE_OPTIONAL")
    rd = act([3, SP2, "2024-04-10", QY, "教学查房", "重症肺炎查房", 18, "刘洋（省二院科教科）", "2024-04-12 11:05"])
    quarantine(fn, None, rd, "duplicate", f"the same activity as row {first} (date, recipient, type, topic, "
               "headcount), entered again by another clerk", reason_code="DUPLICATE_ROW")
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_shared_assessments_xls(path: Path):
    """The monthly assessment sheet the recipients fill in, downloaded and saved again as .xls by the coordinator:
    填报医院 = the recipient; 考核月份 "2024年5月"; 白溪 pasted its own header (受援单位 / 姓 名 / 派出单位 / 月份 / 得分 …);
    the platform's columns."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    rows = [[f"派驻人员月度考核汇总（共享表另存）{SYN}"],
            ["填报医院", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数", "最后修改人",
             "修改时间"]]
    plan = [(QY, [("yan", "严青禾"), ("bai", "柏松年")], SP2, "孙蕾（青樾县人民医院）", {5: [95, 92], 6: [96, 90.5]}),
            (BX, [("gong", "龚牧之")], CITY, "何静（白溪县人民医院）", {5: [94], 6: [97]})]
    for h, people, sup, who, by_month in plan:
        if h == BX:
            rows.append(["受援单位", "姓 名", "身份证号码", "派出单位", "月份", "得分", "抽查(次)", "在岗(次)", who,
                         "2024-06-03 09:00"])
        for m, scores in by_month.items():
            for (key, name), sc in zip(people, scores):
                present = 3 if (key, m) == ("bai", 6) else 4
                rows.append([h, name, use_id(key), sup, f"2024年{m}月", sc, 4, present, who, f"2024-0{m + 1}-03 09:1{m}"])
                row("staff_monthly_assessments", fn, sh, len(rows),
                    dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                    {"recipient_hospital_id": h}, ["month"], id_number=ID[key])
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            ws.write(i, j, v)
    wb.save(str(path))


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


def f_shared_county_ods(path: Path):
    """The county flow sheet the three 卫健局 filled in, saved as .ods: 填报单位 (the 卫健局), 2023 and 2024 each a row;
    石枧's clerk pasted its own header again; platform columns."""
    fn, sh = path.name, "县域住院"
    rows = [[f"各县县域住院流向（共享表导出）{SYN}"],
            ["填报单位", "县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次",
             "最后修改人", "修改时间"]]
    data = [("青樾县卫生健康局", "青樾县", "999101", [(2023, 41210, 7315), (2024, 42060, 6870)]),
            ("白溪县卫生健康局", "白溪县", "999102", [(2023, 30488, 6102), (2024, 31150, 5733)]),
            ("石枧县卫生健康局", "石枧县", "999103", [(2023, 22710, 5288), (2024, 23094, 4971)])]
    for unit, county, code, years in data:
        if county == "石枧县":
            rows.append(["单位", "县名", "区划代码", "年份", "住院总人次", "县域外住院人次", "钱程", "2025-01-08 10:00"])
        for y, tot, out in years:
            rows.append([unit, county, code, y, tot, out, "统计员", f"2025-01-0{7 + (y == 2024)} 1{y % 10}:00"])
            row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=y, resident_admissions=tot,
                                                                  resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 医院报送
def f_bx_trainees_gbk(path: Path):
    """白溪县人民医院's own trainee list: CSV in GBK, CRLF, 填报单位 line, header in row 3, 进修时间 "2024.3.4-2024.9.3"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：白溪县人民医院（{SYN}）", "", "", "", "", ""])
    w.writerow(["2024年赴枫陵市人民医院进修人员", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修时间", "费用（元）", "是否结业"])
    r = 3
    for key, name, dept, period, s, e, fee, done in (("xiang", "项秋实", "心内科", "2024.3.4-2024.9.3", d(2024, 3, 4),
                                                      d(2024, 9, 3), 3600, "是"),
                                                     ("dong", "董知夏", "超声科", "2024.9.2-2025.3.1", d(2024, 9, 2),
                                                      d(2025, 3, 1), 3600, "否")):
        w.writerow([name, use_id(key), dept, period, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                           completed=done == "是"),
            {"recipient_hospital_id": BX, "host_hospital_id": CITY}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_sj_techniques_ods(path: Path):
    """石枧县人民医院's own technique list (.ods): dates "2024年8月12日", 例数 "5例"."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"石枧县人民医院2024年新技术新业务（{SYN}）"],
            ["序号", "新技术名称", "科室", "开展日期", "例数", "填补县域空白", "支援医院"]]
    for i, (name, dept, when, cases, gap, day, cv, gv) in enumerate(
            [("经鼻高流量氧疗", "重症医学科", "2024年8月12日", "5例", "是", d(2024, 8, 12), 5, True),
             ("床旁纤维支气管镜检查", "呼吸与危重症医学科", "2024年9月3日", "14例", "否", d(2024, 9, 3), 14, False)], 1):
        rows.append([i, name, dept, when, cases, gap, CITY])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cv,
                                                   fills_county_gap=gv),
            {"recipient_hospital_id": SJ, "support_hospital_id": CITY}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_ctcm_roster_xls(path: Path):
    """枫陵市中医医院's own roster (.xls): the recipient in a column, 派驻时间 "2024-03-04至2024-09-03"."""
    fn, sh = path.name, "派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    rows = [[f"枫陵市中医医院2024年对口支援派驻人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻时间"]]
    for i, (key, name, dept, title, period, s, e) in enumerate(
            [("fan", "樊致远", "针灸推拿科", "主任中医师", "2024-03-04至2024-09-03", d(2024, 3, 4), d(2024, 9, 3)),
             ("guan", "关若岚", "脾胃病科", "副主任中医师", "2024-03-04至2024-09-03", d(2024, 3, 4), d(2024, 9, 3)),
             ("zhuo", "卓一帆", "骨伤科", "主治中医师", "2024-09-09至2025-03-08", d(2024, 9, 9), d(2025, 3, 8))], 1):
        rows.append([i, name, use_id(key), dept, title, QYTCM, period])
        row("deployments", fn, sh, len(rows), dep(dept, title, s, e),
            {"support_hospital_id": CTCM, "recipient_hospital_id": QYTCM}, ["start_date"], id_number=ID[key])
    rows.append(["制表：人事科", None, None, None, "2025年1月6日"])
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            ws.write(i, j, v)
    wb.save(str(path))


def f_qy_monthly_gbk(path: Path):
    """青樾县人民医院's own July–December workload: CSV in GBK, title line, 月份 "7月" (the year from the title)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青樾县人民医院2024年7—12月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(7, 13):
        v = stats_vals(QY, m)
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                         surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QY}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_cmch_activities_xlsx(path: Path):
    """枫陵市妇幼保健院's own activity log: 受援单位 in the title only, dates as date cells."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫陵市妇幼保健院对口支援白溪县妇幼保健院活动登记（2024年）{SYN}"])
    ws.append(["日期", "活动形式", "主题", "参加人数", "主讲人"])
    for day, typ, topic, n in ((dt.date(2024, 5, 20), "技术培训", "新生儿复苏技术培训", 26),
                               (dt.date(2024, 7, 11), "疑难病例讨论", "妊娠合并心脏病病例讨论", 15),
                               (dt.date(2024, 9, 5), "学术讲座", "高危儿管理", 33)):
        ws.append([day, typ, topic, n, "温如玉"])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": BXMCH, "support_hospital_id": CMCH}, ["activity_date"])
    wb.save(path)


def f_bxmch_monthly_ods(path: Path):
    """白溪县妇幼保健院's own January–June workload (.ods): months as "2024-01" text, 出院人次."""
    fn, sh = path.name, "1-6月"
    rows = [[f"白溪县妇幼保健院2024年上半年业务量（{SYN}）"],
            ["统计月份", "门急诊人次", "出院人次", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = stats_vals(BXMCH, m)
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows), dict(year=2024, month=m, outpatient_visits=v[0],
                                                               discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": BXMCH}, ["month"])
    rows.append(["填报人：统计员", None, None, "2024年7月5日"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "共享文档", "医院报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_枫陵市城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_shared_roster, "共享文档", "SYNTHETIC_【腾讯文档】枫陵市对口支援派驻人员汇总表.xlsx"),
             (f_shared_trainees, "共享文档", "SYNTHETIC_【金山文档】枫陵市进修人员登记（各受援医院填写）.xlsx"),
             (f_shared_techniques, "共享文档", "SYNTHETIC_【腾讯文档】新技术新项目汇总表.xlsx"),
             (f_shared_monthly, "共享文档", "SYNTHETIC_【腾讯文档】受援医院月度业务量1-6月（共享）.xlsx"),
             (f_shared_activities_csv, "共享文档", "SYNTHETIC_【腾讯文档】帮扶活动登记表.csv"),
             (f_shared_assessments_xls, "共享文档", "SYNTHETIC_派驻人员月度考核汇总（共享表另存）.xls"),
             (f_shared_county_ods, "共享文档", "SYNTHETIC_县域住院流向（共享表导出）.ods"),
             (f_bx_trainees_gbk, "医院报送", "SYNTHETIC_白溪县人民医院进修人员2024.csv"),
             (f_sj_techniques_ods, "医院报送", "SYNTHETIC_石枧县人民医院新技术2024.ods"),
             (f_ctcm_roster_xls, "医院报送", "SYNTHETIC_枫陵市中医医院派驻人员名单.xls"),
             (f_qy_monthly_gbk, "医院报送", "SYNTHETIC_青樾县人民医院业务量7-12月.csv"),
             (f_cmch_activities_xlsx, "医院报送", "SYNTHETIC_枫陵市妇幼保健院帮扶活动2024.xlsx"),
             (f_bxmch_monthly_ods, "医院报送", "SYNTHETIC_白溪县妇幼保健院业务量上半年.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
