"""realworld111 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024: the pairing list in
data/raw/reference/ and eleven submissions centred on trainees (进修) as host hospitals' 进修生管理 systems and
recipients' HR offices record them: periods as a start month and a length, 结业考核 results, fees in every form, a
quarterly register (one sheet per quarter, a person in each quarter they were there), an extended and an interrupted
进修, trainees from a hospital not paired with the host, a host's own staff's 外出进修, ID numbers stored as numbers
in CSV exports. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,棣川市,县级}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import xlsxwriter
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, DC = "琅岫省人民医院", "琅岫省中医院", "棣川市中心医院"
QC, QCT, WX, WXM = "青岑县人民医院", "青岑县中医医院", "沩溪县人民医院", "沩溪县妇幼保健院"
RECIP = {QC: ("二级", "甲等", "综合医院", "青岑县"), QCT: ("二级", "乙等", "中医医院", "青岑县"),
         WX: ("二级", "甲等", "综合医院", "沩溪县"), WXM: ("二级", None, "妇幼保健院", "沩溪县")}
LEVEL_TEXT = {QC: "二级甲等", QCT: "二级乙等", WX: "二级甲等", WXM: "二级"}
CATEGORY_TEXT = {QC: "综合医院", QCT: "中医医院", WX: "综合医院", WXM: "妇幼保健院"}

ID = {k: idn(*v) for k, v in {
    "shen": ("990201", "19850312", "031"), "gu": ("990201", "19900706", "042"), "lu": ("990201", "19881121", "053"),
    "ke": ("990201", "19830204", "024"), "wei": ("990301", "19910917", "065"), "he": ("990401", "19870508", "016"),
    "wen": ("990202", "19860130", "037"), "su": ("990202", "19920825", "048"), "qin": ("990202", "19890411", "029"),
    "ye": ("990201", "19930619", "071"), "chi": ("990301", "19840722", "082"), "jiang": ("990302", "19901005", "023"),
    "fang": ("990301", "19871213", "044"), "zhongli": ("990302", "19950309", "026"), "tang": ("990201", "19860827", "015"),
    "yan": ("990201", "19940102", "067"), "luo": ("990301", "19880416", "058"), "bai": ("990301", "19910620", "039"),
    "mo": ("990301", "19891028", "012"), "shao": ("990302", "19870915", "054"),
    "dxu": ("990101", "19750403", "018"), "dlin": ("990101", "19820716", "035"), "dzhou": ("990101", "19860211", "047"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def trainee(places, recipient, host, dept, start, end, fee, completed, id_number):
    row("trainees", places, dict(department=dept, start_date=start, end_date=end, fee_charged=fee,
                                 completed=completed),
        {"recipient_hospital_id": recipient, "host_hospital_id": host}, ["start_date", "department"], id_number)


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


NOT_DONE = {"one_of": [False, None]}   # 延期结业: not completed (yet); a reader may also leave it open


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as 二级甲等, 类别, 所在县, 支援医院, 协议签订日期 (date cells), 支援期限 for one
    pairing only (the others take the title's 2023—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅岫省城乡医院对口支援关系一览表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QC, P1, dt.date(2022, 12, 16), None), (QCT, PTCM, dt.date(2022, 12, 16), None),
             (WX, DC, dt.date(2023, 12, 28), "2024年1月1日至2026年12月31日"), (WXM, DC, dt.date(2022, 12, 20), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        ws.append([i, r, LEVEL_TEXT[r], CATEGORY_TEXT[r], RECIP[r][3], s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, DC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_system(path: Path):
    """省人民医院 进修生管理系统 export: 进修开始 as a month, 进修期限 as 6个月 / 半年 / 3个月, 结业考核 优秀 / 合格 /
    未结业 / 延期结业 (备注 延期至…), 进修费 免收 / 0 / 1500元/月 / 已减免; a trainee from 沩溪县人民医院 (paired with
    棣川市中心医院, not with this host); one from 岚坪县人民医院 (in no pairing list)."""
    fn, sh = path.name, "进修生信息"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省人民医院进修生管理系统 — 进修生信息导出（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号", "派出单位", "进修科室", "进修开始", "进修期限", "结业考核", "进修费",
               "备注"])
    people = [
        ("shen", "沈清和", "男", QC, "心血管内科", "2024年3月", "6个月", "优秀", "免收", None,
         d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
        ("gu", "顾南星", "女", QC, "麻醉科", "2024.04", "半年", "合格", 0, None,
         d(2024, 4, 1), d(2024, 9, 30), 0.0, True),
        ("lu", "陆远帆", "男", QC, "超声科", "2024年5月", "3个月", "未结业", "1500元/月", None,
         d(2024, 5, 1), d(2024, 7, 31), 4500.0, False),
        ("ke", "柯云舒", "女", QC, "护理部", "2024年4月", "6个月", "延期结业", "已减免", "延期至2024年11月30日",
         d(2024, 4, 1), d(2024, 11, 30), 0.0, NOT_DONE),
        ("wei", "魏晓岚", "女", WX, "消化内科", "2024年6月", "3个月", "合格", "免收", None,
         d(2024, 6, 1), d(2024, 8, 31), 0.0, True),
        ("he", "贺春泽", "男", "岚坪县人民医院", "骨科", "2024年7月", "6个月", "合格", "免收", None, None, None, None, None),
    ]
    for i, (key, name, sex, rec, dept, start, length, result, fee, remark, sd, ed, feev, done) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), rec, dept, start, length, result, fee, remark])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        if sd is None:
            quarantine(fn, sh, r, "unresolved_hospital", "派出单位 岚坪县人民医院 is in no pairing list")
            continue
        places = [(fn, sh, r)]
        if key == "shen":
            places.append(("SYNTHETIC_青岑县人民医院人事科外派进修台账2024.csv", None, 3))
        trainee(places, rec, P1, dept, sd, ed, feev, done, ID[key])
        if remark:
            finding(fn, r, "END_FROM_REMARK")
    ws.append([f"共 {len(people)} 条记录"])
    wb.save(path)


def f_ptcm_quarters(path: Path):
    """省中医院 quarterly register, one sheet per quarter; 温若谷 is in Q1, Q2 and Q3 (one stay), 秦望舒's 进修 is
    interrupted in Q3 (病假) and resumed in Q4 (two periods), 叶知秋 comes from 青岑县人民医院 (paired with
    琅岫省人民医院, not with this host)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    quarters = {
        "2024年第一季度": [("wen", "温若谷", QCT, "针灸科", "2024.02.01—2024.07.31", None, None)],
        "2024年第二季度": [("wen", "温若谷", QCT, "针灸科", "2024.02.01—2024.07.31", None, None),
                       ("su", "苏明溪", QCT, "康复科", "2024.04.01—2024.06.30", "合格", None)],
        "2024年第三季度": [("wen", "温若谷", QCT, "针灸科", "2024.02.01—2024.07.31", "合格", None),
                       ("qin", "秦望舒", QCT, "中医内科", "2024.07.01—2024.08.20", None, "8月20日起中断进修（病假）")],
        "2024年第四季度": [("qin", "秦望舒", QCT, "中医内科", "2024.10.08—2024.12.31", None, "病假后恢复进修"),
                       ("ye", "叶知秋", QC, "骨伤科", "2024.11.01—2025.04.30", None, None)],
    }
    where: dict[str, list] = {}
    for sh, people in quarters.items():
        ws = wb.create_sheet(sh)
        ws.append([f"琅岫省中医院{sh}在院进修人员登记表（{SYN}）"])
        ws.merge_cells("A1:H1")
        ws.append(["序号", "姓名", "身份证号", "选送单位", "进修专业", "进修起止时间", "结业考核", "备注"])
        for i, (key, name, rec, dept, period, result, remark) in enumerate(people, 1):
            ws.append([i, name, use_id(key), rec, dept, period, result, remark])
            where.setdefault(key if key != "qin" else f"qin{sh}", []).append((fn, sh, ws.max_row))
        ws.append(["填表人：教育处", None, None, "审核：", None, "2024年12月31日"])
    wb.save(path)
    trainee(where["wen"], QCT, PTCM, "针灸科", d(2024, 2, 1), d(2024, 7, 31), None, True, ID["wen"])
    trainee(where["su"], QCT, PTCM, "康复科", d(2024, 4, 1), d(2024, 6, 30), None, True, ID["su"])
    trainee(where["qin2024年第三季度"], QCT, PTCM, "中医内科", d(2024, 7, 1), d(2024, 8, 20), None, None, ID["qin"])
    trainee(where["qin2024年第四季度"], QCT, PTCM, "中医内科", d(2024, 10, 8), d(2024, 12, 31), None, None, ID["qin"])
    trainee(where["ye"], QC, PTCM, "骨伤科", d(2024, 11, 1), d(2025, 4, 30), None, None, ID["ye"])


def f_p1_outward(path: Path):
    """省人民医院 人事科: its own staff's 外出进修 at hospitals outside the programme — no programme trainee."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "外出进修"
    ws.append([f"琅岫省人民医院2024年职工外出进修登记表（人事科）（{SYN}）"])
    ws.append(["序号", "姓名", "工号", "所在科室", "进修单位", "进修专业", "进修时间", "费用（元）", "备注"])
    for i, rec in enumerate([
        ("许照临", "A1032", "心血管内科", "华岳医科大学附属第一医院", "心脏介入", "2024年3月起，进修6个月", 12000, "本院职工外出进修"),
        ("林霁初", "A2217", "麻醉科", "东曦市儿童医院", "小儿麻醉", "2024年9月起，进修3个月", 6000, "本院职工外出进修"),
        ("宋叶舟", "B0815", "护理部", "华岳医科大学附属第一医院", "重症护理", "2024年5月起，进修半年", 9000, None),
    ], 1):
        ws.append([i, *rec])
    ws.append(["注：本表为本院职工外出进修，不含对口支援受援医院来院进修人员。"])
    wb.save(path)


def f_p1_roster(path: Path):
    """省人民医院 ordinary 派驻人员名册 (dates as date cells)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岫省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"])
    people = [("dxu", "徐怀瑾", "心血管内科", "主任医师", "正高级", "医疗", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
              ("dlin", "林向晚", "护理部", "主管护师", "中级", "护理", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
              ("dzhou", "周砚秋", "麻醉科", "主治医师", "中级", "医疗", dt.date(2024, 9, 1), dt.date(2025, 2, 28))]
    for i, (key, name, dept, title, rank, cat, s, e) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, QC, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, r)], dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                               start_date=s.isoformat(), end_date=e.isoformat()),
            {"support_hospital_id": P1, "recipient_hospital_id": QC}, ["start_date", "department"], ID[key])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 棣川市
def f_dc_xls(path: Path):
    """棣川市中心医院 (.xls): 进修时间 as "2024年3月起，进修6个月" / "为期半年", one 延期结业 with 备注 延期至…."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"棣川市中心医院2024年接收受援医院进修人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "选派单位", "进修科室", "进修时间", "进修费", "结业考核", "备注"]
    for c, h in enumerate(hdr):
        ws.write(1, c, h)
    people = [("chi", "池青禾", WX, "重症医学科", "2024年3月起，进修6个月", "0", "优秀", None,
               d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
              ("jiang", "江映月", WXM, "产科", "2024年6月起，进修6个月", "免收", "延期结业", "延期至2025年1月31日",
               d(2024, 6, 1), d(2025, 1, 31), 0.0, NOT_DONE),
              ("fang", "方慕白", WX, "放射科", "2024年9月起，进修3个月", "1500元/月", "合格", None,
               d(2024, 9, 1), d(2024, 11, 30), 4500.0, True),
              ("zhongli", "钟离雪", WXM, "儿科", "2024年10月起，为期半年", "免收", None, None,
               d(2024, 10, 1), d(2025, 3, 31), 0.0, None)]
    for i, (key, name, rec, dept, period, fee, result, remark, sd, ed, feev, done) in enumerate(people, 1):
        r0 = 1 + i
        for c, v in enumerate([i, name, use_id(key), rec, dept, period, fee, result, remark]):
            if v is not None:
                ws.write(r0, c, v)
        trainee([(fn, sh, r0 + 1)], rec, DC, dept, sd, ed, feev, done, ID[key])
        if remark:
            finding(fn, r0 + 1, "END_FROM_REMARK")
    ws.write(2 + len(people), 0, f"合计：{len(people)}人")
    wb.save(str(path))


def ods(path: Path, rows):
    width = max(len(r) for r in rows)
    df = pd.DataFrame([list(r) + [None] * (width - len(r)) for r in rows])
    df.to_excel(path, engine="odf", header=False, index=False, sheet_name="Sheet1")


def f_dc_activities(path: Path):
    fn = path.name
    rows = [[f"棣川市中心医院2024年对口帮扶活动登记（{SYN}）"],
            ["序号", "活动日期", "受援单位", "活动类型", "参加人数"]]
    acts = [("2024-03-15", WX, "学术讲座", 45), ("2024-04-10", WX, "教学查房", 12), ("2024-05-22", WXM, "技术培训", 30),
            ("2024-06-18", WXM, "义诊", None)]
    for i, (day, rec, kind, n) in enumerate(acts, 1):
        rows.append([i, day, rec, kind, n])
        row("activities", [(fn, "Sheet1", len(rows))], dict(activity_date=day, activity_type=kind, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": DC}, ["activity_date", "activity_type"])
    ods(path, rows)


# ------------------------------------------------------------------------------------------- 县级
def f_qc_csv(path: Path):
    """青岑县人民医院 人事科 (CSV, GBK): the same 进修 of 沈清和 as the host's export; one ID number as Excel
    wrote a number (9.90201E+17); fee 已减免."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青岑县人民医院人事科2024年外派进修人员台账（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "进修医院", "进修科室", "进修时间", "进修费用", "结业情况"])
    tang = ID["tang"]
    tang_num = f"{int(tang[:17] + '0') / 1e17:.5f}".rstrip("0") + "E+17"   # Excel General: 9.90201E+17
    people = [("shen", "沈清和", use_id("shen"), "心血管内科", "2024年3月起，进修6个月", "免收", "优秀"),
              ("tang", "唐一苇", use_id("tang", tang_num), "神经内科", "2024年8月起，进修3个月", "已减免", "合格"),
              ("yan", "严书白", use_id("yan"), "检验科", "2024年10月起，进修半年", "0", "")]
    for i, (key, name, idv, dept, period, fee, done) in enumerate(people, 1):
        w.writerow([i, name, idv, P1, dept, period, fee, done])
    r = 2 + 2
    trainee([(fn, None, r)], QC, P1, "神经内科", d(2024, 8, 1), d(2024, 10, 31), 0.0, True, None)
    finding(fn, r, "ID_STORED_AS_NUMBER")
    trainee([(fn, None, 5)], QC, P1, "检验科", d(2024, 10, 1), d(2025, 3, 31), 0.0, None, ID["yan"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_wx_csv(path: Path):
    """沩溪县人民医院 (CSV, UTF-8 without BOM): 开始时间 2024-05, 进修时长 半年 / 3个月; an ID number as a
    number; one row without a start."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"沩溪县人民医院进修人员统计（{SYN}）"])
    w.writerow(["姓名", "身份证号码", "进修单位", "科室", "开始时间", "进修时长", "费用", "考核结果", "备注"])
    luo = ID["luo"]
    luo_num = f"{int(luo[:17] + '0') / 1e17:.5f}".rstrip("0") + "E+17"
    w.writerow(["罗听澜", use_id("luo", luo_num), DC, "心内科", "2024-05", "半年", "免收", "合格", ""])
    trainee([(fn, None, 3)], WX, DC, "心内科", d(2024, 5, 1), d(2024, 10, 31), 0.0, True, None)
    finding(fn, 3, "ID_STORED_AS_NUMBER")
    w.writerow(["白景行", use_id("bai"), DC, "急诊科", "", "3个月", "免收", "", "时间待核"])
    quarantine(fn, None, 4, "missing_value", "进修 start (开始时间) blank")
    w.writerow(["莫晚晴", use_id("mo"), DC, "检验科", "2024-07", "3个月", "1500元/月", "未结业", ""])
    trainee([(fn, None, 5)], WX, DC, "检验科", d(2024, 7, 1), d(2024, 9, 30), 4500.0, False, ID["mo"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_wxm_xlsx(path: Path):
    """沩溪县妇幼保健院 (xlsx by xlsxwriter): 进修起始 as a date cell, 进修期限 6个月 / 3个月, 是否结业 是 / 否; one trainee
    without an ID number."""
    fn, sh = path.name, "进修备案"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(sh)
    dfmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write(0, 0, f"沩溪县妇幼保健院2024年选派人员进修备案表（{SYN}）")
    for c, h in enumerate(["姓名", "身份证号", "进修医院", "进修科室", "进修起始", "进修期限", "是否结业", "进修费"]):
        ws.write(1, c, h)
    people = [("shao", "邵以宁", "妇产科", dt.datetime(2024, 3, 1), "6个月", "是", "0",
               d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
              (None, "温照雪", "新生儿科", dt.datetime(2024, 9, 1), "3个月", "否", "1500元/月",
               d(2024, 9, 1), d(2024, 11, 30), 4500.0, False)]
    for i, (key, name, dept, start, length, done, fee, sd, ed, feev, donev) in enumerate(people):
        r0 = 2 + i
        ws.write(r0, 0, name)
        ws.write_string(r0, 1, use_id(key) if key else "")
        ws.write(r0, 2, DC)
        ws.write(r0, 3, dept)
        ws.write_datetime(r0, 4, start, dfmt)
        ws.write(r0, 5, length)
        ws.write(r0, 6, done)
        ws.write(r0, 7, fee)
        trainee([(fn, sh, r0 + 1)], WXM, DC, dept, sd, ed, feev, donev, ID[key] if key else None)
        if key is None:
            finding(fn, r0 + 1, "NAME_ONLY")
    wb.close()


def f_qct_monthly(path: Path):
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青岑县中医医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    data = [(1, 8120, 402, 61, 18), (2, 7350, 371, 55, 15), (3, 8904, 433, 70, 21), (4, 8611, 428, 66, 19),
            (5, 8790, 441, 72, 17), (6, 8502, 419, 68, 16)]
    for m, op, dis, surg, ref in data:
        ws.append([f"{m}月", op, dis, surg, ref])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=surg, referrals_out=ref),
            {"recipient_hospital_id": QCT}, ["year", "month"])
    ws.append(["合计", sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data),
               sum(x[4] for x in data)])
    wb.save(path)


def f_wxm_techniques(path: Path):
    fn = path.name
    rows = [[f"沩溪县妇幼保健院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "技术名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    techs = [("无痛分娩（椎管内分娩镇痛）", "产科", "2024-04-12", 36, "是"),
             ("新生儿经皮胆红素监测", "新生儿科", "2024-06-03", 120, "否"),
             ("宫腔镜检查", "妇科", "2024-09-20", 14, "是")]
    for i, (name, dept, day, n, gap) in enumerate(techs, 1):
        rows.append([i, name, dept, day, n, gap, DC])
        row("techniques", [(fn, "Sheet1", len(rows))],
            dict(name=name, department=dept, first_performed_date=day, cases=n, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": WXM, "support_hospital_id": DC}, ["name"])
    ods(path, rows)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "棣川市", "县级"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岫省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_p1_system, "省直", "SYNTHETIC_省人民医院进修生管理系统导出2024.xlsx"),
             (f_ptcm_quarters, "省直", "SYNTHETIC_省中医院在院进修人员季度登记2024.xlsx"),
             (f_p1_outward, "省直", "SYNTHETIC_省人民医院职工外出进修登记2024.xlsx"),
             (f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_dc_xls, "棣川市", "SYNTHETIC_市中心医院接收进修人员名单2024.xls"),
             (f_dc_activities, "棣川市", "SYNTHETIC_市中心医院帮扶活动登记2024.ods"),
             (f_qc_csv, "县级", "SYNTHETIC_青岑县人民医院人事科外派进修台账2024.csv"),
             (f_wx_csv, "县级", "SYNTHETIC_沩溪县人民医院进修人员统计.csv"),
             (f_wxm_xlsx, "县级", "SYNTHETIC_沩溪县妇幼保健院进修备案2024.xlsx"),
             (f_qct_monthly, "县级", "SYNTHETIC_青岑县中医医院1-6月业务量2024.xlsx"),
             (f_wxm_techniques, "县级", "SYNTHETIC_沩溪县妇幼保健院新技术2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
