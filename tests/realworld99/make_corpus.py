"""realworld99 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅湄省) for 2024, focused on what is
and is not a trainee (进修): recipients' lists that mix 进修 with 短期培训班, 规范化培训 (规培), 学术会议, 线上培训 and
专科护士培训; support hospitals' 进修生 registers; a 进修 split into two segments; 进修 at a hospital that is not the
recipient's supporter; plus an ordinary pairing list, rosters and monthly statistics. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,青梧县,白溪县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the 15-digit spelling is a spelling of a valid one). Written without reading the tool's parser.

Truth beyond the harness's keys: ``not_trainees`` — rows of real people whose training is not 进修 (a course, 规培,
a congress, an online course, a specialist-nurse course): never curated in any table; held in ``quarantine`` with
a reason (or, at the least, listed in ``nondata_rows``) so that nothing read is silently dropped.
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


S1, S2, S3 = "琅湄省第一人民医院", "琅湄省中医院", "沙洲市中心医院"
R1, R2, R3 = "青梧县人民医院", "青梧县中医医院", "白溪县人民医院"
OUTSIDE_HOST = "东陵医科大学附属第二医院"      # in no pairing list: a host that does not resolve
OUTSIDE_SENDER = "岚山县人民医院"             # in no pairing list: a sender that does not resolve
RECIP = {R1: ("二级", "甲等", "综合医院", "青梧县"), R2: ("二级", "乙等", "中医医院", "青梧县"),
         R3: ("二级", "甲等", "综合医院", "白溪县")}

_PEOPLE = {  # key: (region, birth, seq)
    "lin": ("999101", "19840312", "021"), "gu": ("999101", "19790605", "032"), "fan": ("999101", "19860918", "043"),
    "mo": ("999102", "19900121", "054"), "qiu": ("999102", "19920730", "065"), "yan": ("999101", "19881103", "076"),
    "tang": ("999101", "19950214", "087"), "xia": ("999101", "19930527", "018"), "ning": ("999101", "19910809", "029"),
    "lu": ("999102", "19870416", "031"), "kang": ("999101", "19850628", "042"), "song": ("999101", "19960101", "053"),
    "ye": ("999103", "19800808", "064"), "hua": ("999103", "19890222", "075"), "jin": ("999102", "19940909", "086"),
    "cheng": ("999102", "19830707", "097"), "ruan": ("999102", "19910315", "019"), "wen": ("999102", "19970420", "028"),
    "pei": ("999201", "19850730", "037"), "zhuo": ("999201", "19900612", "046"), "guan": ("999201", "19980228", "055"),
    "shi": ("999201", "19870919", "064"), "mei": ("999201", "19930103", "073"), "cai": ("999201", "19940611", "082"),
    "liao": ("999202", "19820202", "091"), "xue": ("999202", "19860515", "013"), "ke": ("999202", "19920813", "024"),
    "yu": ("999301", "19810404", "035"), "dong": ("999301", "19750909", "044"), "fu": ("999302", "19880116", "053"),
    "zhan": ("999302", "19780321", "062"), "miao": ("999101", "19950505", "071"), "bao": ("999101", "19970707", "089"),
    "rong": ("999201", "19960618", "098"), "wu": ("999201", "19890824", "017"), "he": ("999401", "19870512", "026"),
}
ID = {k: idn(*v) for k, v in _PEOPLE.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "not_trainees": []}
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


def trainee(file, sheet, r, dept, start, end, fee, done, recipient, host, key):
    row("trainees", file, sheet, r, dict(department=dept, start_date=start, end_date=end, fee_charged=fee,
                                         completed=done),
        {"recipient_hospital_id": recipient, "host_hospital_id": host}, ["start_date", "department"],
        id_number=ID[key] if key else None)


def not_trainee(file, sheet, r, what):
    truth["not_trainees"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def held(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    return ("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding)


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
def pairing_list(path: Path):
    """An ordinary 附件1: 受援医院 first, 级别 / 等次 / 类别 / 所在县, 支援医院, 协议签订日期 and 支援期限 on every row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅湄省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    for i, (s, r, ag) in enumerate([(S1, R1, dt.date(2023, 12, 15)), (S2, R2, dt.date(2023, 12, 18)),
                                    (S3, R3, dt.date(2023, 12, 20))], 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag, "2024年1月1日至2026年12月31日"])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省一院: an ordinary roster of three dispatched staff at 青梧县人民医院."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅湄省第一人民医院2024年对口支援青梧县人民医院派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始时间", "派驻结束时间", "担任职务"])
    people = [("lin", "林见川", "心血管内科", "主任医师", "正高级", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "副院长"),
              ("gu", "顾南枝", "普外科", "副主任医师", "副高级", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None),
              ("fan", "范清和", "护理部", "主管护师", "中级", dt.date(2024, 9, 1), dt.date(2025, 2, 28), None)]
    for i, (key, name, dept, title, rank, s, e, post) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, s, e, post])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank,
                                           staff_category="护理" if "护" in title else "医疗",
                                           position_at_recipient=post, start_date=s.isoformat(),
                                           end_date=e.isoformat()),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["填表人：医务部", None, None, None, "2025年1月8日"])
    wb.save(path)


def f_s1_register(path: Path):
    """省一院's 进修生 register (接收进修人员登记): 进修 from its own recipient (one person in two segments, two rows,
    第一阶段 / 第二阶段; one trainee without an ID number), 进修 from 青梧县中医医院 (whose supporter is 省中医院, not
    省一院), a 规培 resident mixed in (类别 规培: not a trainee), and a 进修生 from a hospital in no pairing list (held)."""
    fn, sh = path.name, "进修生登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅湄省第一人民医院2024年接收进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "身份证号", "性别", "选送单位", "进修科室", "类别", "开始时间", "结束时间", "进修费（元）",
               "备注"])
    lines = [  # key, name, sex, sender, dept, kind, start, end, fee, remark, decision
        ("yan", "严若溪", "女", R1, "消化内科", "进修", dt.date(2024, 3, 4), dt.date(2024, 5, 31), 0, "第一阶段",
         "trainee"),
        ("yan", "严若溪", "女", R1, "消化内科", "进修", dt.date(2024, 9, 2), dt.date(2024, 11, 29), 0,
         "第二阶段（中间返院工作3个月）", "trainee"),
        ("lu", "陆闻笙", "男", R2, "骨科", "进修", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 0, "免费", "trainee"),
        ("tang", "唐一苇", "男", R1, "内科基地", "规培", dt.date(2024, 9, 1), dt.date(2027, 8, 31), 0,
         "住院医师规范化培训（委托培养）", "not:规培"),
        ("he", "何其远", "男", OUTSIDE_SENDER, "神经内科", "进修", dt.date(2024, 5, 6), dt.date(2024, 11, 5), 6000,
         None, "held"),
        (None, "宋时雨", "女", R1, "儿科", "进修", dt.date(2024, 6, 3), dt.date(2024, 11, 29), 0, "身份证号待补",
         "trainee"),
    ]
    for i, (key, name, sex, sender, dept, kind, s, e, fee, remark, decision) in enumerate(lines, 1):
        ws.append([i, name, use_id(key) if key else "（待补）", sex, sender, dept, kind, s, e, fee, remark])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if decision == "trainee":
            trainee(fn, sh, r, dept, s.isoformat(), e.isoformat(), float(fee), None, sender, S1, key)
            if key is None:
                finding(fn, r, "NAME_ONLY")
        elif decision == "held":
            held(fn, sh, r, "unresolved_hospital", f"选送单位 {sender} is in no pairing list")
        else:
            not_trainee(fn, sh, r, decision[4:])
    ws.append(["合计", "6人次"])
    ws.append(["科教处（盖章）", None, None, None, "2025年1月10日"])
    wb.save(path)


def f_s2_register(path: Path):
    """省中医院's list of 青梧县中医医院 staff it trained (.ods): one person's 进修 in two segments written in one cell
    ("2024.3.1-2024.5.31；2024.9.1-2024.11.30": two stays), an ordinary 进修, and a five-day 中医适宜技术培训班 row
    (类别 培训班: not a trainee)."""
    fn, sh = path.name, "2024年"
    rows = [[f"琅湄省中医院接收青梧县中医医院进修人员名单（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "科室", "类别", "进修时间", "是否收费", "是否结业"]]
    rows.append([1, "裴映雪", use_id("pei"), "针灸推拿科", "进修", "2024.3.1-2024.5.31；2024.9.1-2024.11.30", "否",
                 "是"])
    r = len(rows)
    trainee(fn, sh, r, "针灸推拿科", d(2024, 3, 1), d(2024, 5, 31), 0.0, True, R2, S2, "pei")
    trainee(fn, sh, r, "针灸推拿科", d(2024, 9, 1), d(2024, 11, 30), 0.0, True, R2, S2, "pei")
    rows.append([2, "卓景明", use_id("zhuo"), "脾胃病科", "进修", "2024.4.1-2024.9.30", "否", "是"])
    trainee(fn, sh, len(rows), "脾胃病科", d(2024, 4, 1), d(2024, 9, 30), 0.0, True, R2, S2, "zhuo")
    rows.append([3, "关小满", use_id("guan"), "中医适宜技术培训班", "培训班（5天）", "2024.6.17-2024.6.21", "否",
                 "是"])
    not_trainee(fn, sh, len(rows), "短期培训班")
    rows.append(["填报人：科教科", None, None, "审核人：", None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_s1_short_course(path: Path):
    """省一院's attendance list of a one-week 胸痛中心 course (学员名单): none of them is a trainee."""
    fn, sh = path.name, "学员名单"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅湄省第一人民医院“胸痛中心规范化建设”短期培训班学员名单（{SYN}）"])
    ws.append(["培训时间：2024年5月13日至5月17日（共5天）  培训地点：本院学术报告厅"])
    ws.append(["序号", "姓名", "身份证号", "工作单位", "科室", "职称", "签到"])
    for i, (key, name, unit, dept, title) in enumerate([("kang", "康宁远", R1, "急诊科", "主治医师"),
                                                       ("miao", "苗青禾", R1, "心血管内科", "住院医师"),
                                                       ("ye", "叶知秋", R3, "急诊科", "主治医师")], 1):
        ws.append([i, name, use_id(key), unit, dept, title, "√"])
        ws.cell(ws.max_row, 3).number_format = "@"
        not_trainee(fn, sh, ws.max_row, "短期培训班")
    ws.append(["主办：琅湄省第一人民医院继续教育处"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青梧县
def f_r1_training_list(path: Path):
    """青梧县人民医院 外出学习培训人员登记: one list of everybody who went out to learn, with a 培训类型 column —
    进修 at its supporter (a doctor and a nurse), 进修 at 沙洲市中心医院 (a programme hospital that is not its
    supporter), and rows that are no 进修: 短期培训班, 规范化培训, 学术会议, 线上培训, 专科护士培训."""
    fn, sh = path.name, "外出学习"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧县人民医院2024年外出学习培训人员登记表（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "身份证号", "科室", "培训类型", "培训单位", "开始日期", "结束日期", "费用（元）",
               "是否结业", "备注"])
    lines = [
        ("xia", "夏承安", "心血管内科", "进修", S1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", None, "trainee"),
        ("ning", "宁语冰", "重症医学科", "进修", S1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", "护理进修",
         "trainee"),
        ("kang", "康宁远", "急诊科", "短期培训班", S1, dt.date(2024, 5, 13), dt.date(2024, 5, 17), 800, "是",
         "胸痛中心建设培训班", "not:短期培训班"),
        ("song", "宋知白", "全科医学科", "规范化培训", S1, dt.date(2023, 9, 1), dt.date(2026, 8, 31), 0, "否",
         "住院医师规范化培训（三年）", "not:规培"),
        ("gu2", "古月明", "心血管内科", "学术会议", "琅湄省医学会", dt.date(2024, 10, 18), dt.date(2024, 10, 20), 1200,
         None, "心血管病学分会年会", "not:学术会议"),
        ("miao", "苗青禾", "心血管内科", "线上培训", "国家继续医学教育平台", dt.date(2024, 6, 1), dt.date(2024, 6, 30),
         0, "是", "线上课程，共12学时", "not:线上培训"),
        ("bao", "鲍晓岚", "重症医学科", "专科护士培训", S1, dt.date(2024, 4, 8), dt.date(2024, 6, 7), 3500, "是",
         "ICU专科护士培训班（理论+临床实践）", "not:专科护士培训"),
        ("fan2", "樊子衿", "医学影像科", "进修", S3, dt.date(2024, 9, 1), dt.date(2025, 2, 28), 3000, "否", "在修",
         "trainee"),
    ]
    for i, (key, name, dept, kind, unit, s, e, fee, done, remark, decision) in enumerate(lines, 1):
        k = {"gu2": "rong", "fan2": "wu"}.get(key, key)
        ws.append([i, name, use_id(k), dept, kind, unit, s, e, fee, done, remark])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if decision == "trainee":
            trainee(fn, sh, r, dept, s.isoformat(), e.isoformat(), float(fee), done == "是", R1, unit, k)
        else:
            not_trainee(fn, sh, r, decision[4:])
    ws.append(["填表人：科教科", None, None, None, None, None, "2025年1月6日"])
    wb.save(path)


def f_r1_monthly(path: Path):
    """青梧县人民医院: ordinary monthly workload, January–June."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [18200 + 310 * m, 1310 + 21 * m, 301 + 6 * m, 52 - 3 * m]
        ws.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    wb.save(path)


def f_r1_guipei_ods(path: Path):
    """青梧县人民医院's list of its doctors in 住院医师规范化培训 (.ods) — 规培, never 进修."""
    fn, sh = path.name, "规培"
    rows = [[f"青梧县人民医院2024年参加住院医师规范化培训人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "培训基地", "培训专业", "入培时间", "预计结业时间"]]
    for i, (key, name, spec, start, end) in enumerate([("song", "宋知白", "全科", "2023年9月", "2026年8月"),
                                                     ("tang", "唐一苇", "内科", "2024年9月", "2027年8月")], 1):
        rows.append([i, name, use_id(key), S1, spec, start, end])
        not_trainee(fn, sh, len(rows), "规培")
    rows.append(["填报：科教科  2025年1月"])
    ods_doc(path, {sh: rows})


def f_r2_xls(path: Path):
    """青梧县中医医院 (.xls): 外出进修学习情况 — an ordinary 进修 at 省中医院, 进修 at 省一院 (not its supporter),
    and 线上培训 and 学术会议 rows (no 进修)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青梧县中医医院2024年外出进修学习情况（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "学习形式", "学习单位", "起止时间", "费用", "结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    lines = [("ruan", "阮秋池", "内科", "进修", S2, "2024.03.01-2024.08.31", "免", "是", "trainee",
              (d(2024, 3, 1), d(2024, 8, 31), 0.0, True, S2)),
             ("wen", "温亦舟", "康复科", "进修", S1, "2024.09.01-2025.02.28", "2400", "否", "trainee",
              (d(2024, 9, 1), d(2025, 2, 28), 2400.0, False, S1)),
             ("jin", "金若愚", "针灸科", "线上培训", "中华中医药学会云课堂", "2024.07.01-2024.07.31", "0", "是",
              "not:线上培训", None),
             ("cheng", "程远山", "内科", "学术会议", "琅湄省中医药学会年会", "2024.11.08-2024.11.10", "900", "", "not:学术会议",
              None)]
    for i, (key, name, dept, kind, unit, period, fee, done, decision, t) in enumerate(lines, 1):
        for j, v in enumerate([i, name, use_id(key), dept, kind, unit, period, fee, done]):
            ws.write(1 + i, j, v)
        r = 2 + i
        if decision == "trainee":
            s, e, feev, donev, host = t
            trainee(fn, sh, r, dept, s, e, feev, donev, R2, host, key)
        else:
            not_trainee(fn, sh, r, decision[4:])
    ws.write(2 + len(lines), 0, "填表人：医务科")
    wb.save(str(path))


def f_r2_monthly_csv(path: Path):
    """青梧县中医医院: monthly workload as CSV in UTF-8 with BOM."""
    fn = path.name
    rows = [[f"青梧县中医医院2024年1—6月主要业务量（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [7400 + 120 * m, 520 + 9 * m, 61 + m, 18 - m]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R2}, ["month"])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


# ------------------------------------------------------------------------------------------- 白溪县
def f_s3_roster_xls(path: Path):
    """沙洲市中心医院 (.xls): roster of two dispatched staff at 白溪县人民医院, one ID number written in 15 digits."""
    fn, sh = path.name, "派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"沙洲市中心医院2024年对口支援白溪县人民医院派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻时间"]):
        ws.write(1, j, h)
    z = ID["zhan"]
    fifteen = z[:6] + z[8:17]
    for i, (key, name, sp, dept, title, rank, period, s, e) in enumerate(
            [("dong", "董怀瑾", None, "神经内科", "副主任医师", "副高级", "2024.03.01-2024.08.31", d(2024, 3, 1),
              d(2024, 8, 31)),
             ("zhan", "展鹏飞", fifteen, "骨科", "主治医师", "中级", "2024.07.01-2024.12.31", d(2024, 7, 1),
              d(2024, 12, 31))], 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, period]):
            ws.write(1 + i, j, v)
        r = 2 + i
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category="医疗",
                                           start_date=s, end_date=e),
            {"support_hospital_id": S3, "recipient_hospital_id": R3}, ["start_date", "department"], id_number=ID[key])
        if sp:
            finding(fn, r, "ID_15_DIGIT")
    wb.save(str(path))


def f_r3_training_csv(path: Path):
    """白溪县人民医院 (CSV, GBK): 外出进修培训统计 — 进修 at its supporter, 进修 at a university hospital in no
    pairing list (held: the host does not resolve), a three-day 短期培训班 and a 规培 row (no 进修)."""
    fn = path.name
    rows = [[f"白溪县人民医院2024年外出进修培训统计（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "类型", "去向单位", "时间", "费用", "是否结业"]]
    lines = [("yu", "俞晚晴", "妇产科", "进修", S3, "2024年3月1日至2024年8月31日", "免", "是", "trainee",
              (d(2024, 3, 1), d(2024, 8, 31), 0.0, True)),
             ("fu", "傅临川", "心血管内科", "进修", OUTSIDE_HOST, "2024年4月1日至2024年9月30日", "5000", "是", "held",
              None),
             ("hua", "华清扬", "急诊科", "短期培训班", S3, "2024年6月24日至2024年6月26日", "600", "是", "not:短期培训班",
              None),
             ("ye", "叶知秋", "全科医学科", "规培", S3, "2024年9月1日至2027年8月31日", "0", "否", "not:规培", None)]
    for key, name, dept, kind, unit, period, fee, done, decision, t in lines:
        rows.append([name, use_id(key), dept, kind, unit, period, fee, done])
        r = len(rows)
        if decision == "trainee":
            s, e, feev, donev = t
            trainee(fn, None, r, dept, s, e, feev, donev, R3, unit, key)
        elif decision == "held":
            held(fn, None, r, "unresolved_hospital", f"去向单位 {unit} is in no pairing list")
        else:
            not_trainee(fn, None, r, decision[4:])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_r3_congress_xls(path: Path):
    """白溪县人民医院 (.xls): 参加学术会议登记 — congress attendance, never 进修."""
    fn, sh = path.name, "学术会议"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"白溪县人民医院2024年参加学术会议登记（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "会议名称", "主办单位", "会议时间", "天数"]):
        ws.write(1, j, h)
    for i, (key, name, dept, conf, host, when, days) in enumerate(
            [("liao", "廖星河", "外科", "琅湄省外科学术年会", "琅湄省医学会", "2024.04.19-2024.04.21", 3),
             ("xue", "薛暮云", "儿科", "沙洲市儿科疾病诊治进展学习班", S3, "2024.10.11-2024.10.12", 2)], 1):
        for j, v in enumerate([i, name, use_id(key), dept, conf, host, when, days]):
            ws.write(1 + i, j, v)
        not_trainee(fn, sh, 2 + i, "学术会议")
    wb.save(str(path))


def f_r3_monthly_csv(path: Path):
    """白溪县人民医院: monthly workload as CSV in GBK, July–December, with 下转接收."""
    fn = path.name
    rows = [[f"白溪县人民医院2024年7—12月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [11300 + 140 * m, 840 + 11 * m, 150 + 2 * m, 30 - m, 2 + m % 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R3}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_county_ods(path: Path):
    """省卫健委: county inpatient flow for the two counties (.ods)."""
    fn, sh = path.name, "县域住院"
    rows = [[f"2024年各县县域住院流向（{SYN}）"],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"]]
    for county, code, a, b in (("青梧县", "999101", 41250, 7120), ("白溪县", "999201", 26480, 5230)):
        rows.append([county, code, a, b])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=2024, resident_admissions=a,
                                                               resident_admissions_outside_county=b),
            {}, ["county_code"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "青梧县", "白溪县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅湄省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "省直", "SYNTHETIC_省一院派驻青梧县人民医院人员名册2024.xlsx"),
             (f_s1_register, "省直", "SYNTHETIC_省一院接收进修人员登记2024.xlsx"),
             (f_s2_register, "省直", "SYNTHETIC_省中医院接收青梧中医院进修人员2024.ods"),
             (f_s1_short_course, "省直", "SYNTHETIC_省一院胸痛中心短期培训班学员名单.xlsx"),
             (f_county_ods, "省直", "SYNTHETIC_县域住院流向2024.ods"),
             (f_r1_training_list, "青梧县", "SYNTHETIC_青梧县人民医院外出学习培训人员登记2024.xlsx"),
             (f_r1_monthly, "青梧县", "SYNTHETIC_青梧县人民医院业务量1-6月.xlsx"),
             (f_r1_guipei_ods, "青梧县", "SYNTHETIC_青梧县人民医院住院医师规范化培训人员.ods"),
             (f_r2_xls, "青梧县", "SYNTHETIC_青梧县中医医院外出进修学习情况.xls"),
             (f_r2_monthly_csv, "青梧县", "SYNTHETIC_青梧县中医医院业务量1-6月.csv"),
             (f_s3_roster_xls, "白溪县", "SYNTHETIC_沙洲市中心医院派驻白溪县人民医院人员.xls"),
             (f_r3_training_csv, "白溪县", "SYNTHETIC_白溪县人民医院外出进修培训统计.csv"),
             (f_r3_congress_xls, "白溪县", "SYNTHETIC_白溪县人民医院参加学术会议登记.xls"),
             (f_r3_monthly_csv, "白溪县", "SYNTHETIC_白溪县人民医院业务量7-12月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
