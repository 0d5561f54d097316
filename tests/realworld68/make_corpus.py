"""realworld68 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岚省) for 2024, with trainee lists
(进修人员) in depth: written by the sending recipients and by the hosts, completion in words, 进修专业 beside 科室,
durations with only a start, fees in words, a person with two stays at two hosts, stays crossing the year boundary,
trainees without an ID number, hosts by their short names (省人医, 市一院), the sending hospital only in the title, a
corrected list replacing an earlier one; plus a few files of the other forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,泸汀市,岫川县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
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
OPEN_DONE = {"one_of": [False, None]}    # 在修 / 进修中: not (yet) completed — false or unknown, both defensible


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澄岚省人民医院", "泸汀市第一人民医院", "澄岚省中医院"
R1, R2, R3, R4, R5 = "岫川县人民医院", "岫川县中医医院", "蔺溪县人民医院", "蔺溪县妇幼保健院", "鹤坪县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "岫川县"), R2: ("二级", "乙等", "中医医院", "岫川县"),
         R3: ("二级", "甲等", "综合医院", "蔺溪县"), R4: ("二级", None, "妇幼保健院", "蔺溪县"),
         R5: ("二级", "乙等", "综合医院", "鹤坪县")}

ID = {k: idn(*v) for k, v in {
    # trainees
    "an": ("990601", "19900212", "031"), "bo": ("990601", "19880730", "052"), "cai": ("990601", "19930415", "024"),
    "ehe": ("990703", "19910922", "013"), "fan": ("990703", "19870106", "046"), "gu": ("990703", "19850318", "071"),
    "hua": ("990703", "19890527", "038"), "ji": ("990805", "19920811", "065"), "jing": ("990805", "19940203", "022"),
    "kang": ("990805", "19860624", "017"), "lu": ("990601", "19900903", "058"), "mao": ("990805", "19911115", "043"),
    "ou": ("990602", "19880419", "036"), "pei": ("990602", "19930707", "029"), "qu": ("990704", "19900116", "064"),
    "rong": ("990704", "19920228", "087"), "su": ("990704", "19950509", "012"),
    # other forms
    "tang": ("990101", "19700321", "035"), "wen": ("990101", "19820910", "046"), "xia": ("990201", "19781204", "027"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def tr(start, end, fee="-", done="-", dept="-"):
    """A trainee's fields; "-" leaves a field out of the truth (a careful reader could not decide it)."""
    f = {"start_date": start, "end_date": end}
    for k, v in (("fee_charged", fee), ("completed", done), ("department", dept)):
        if v != "-":
            f[k] = v
    return f


def save_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (pandas cannot write merged titles or text
    cells that look like numbers the way a clerk's LibreOffice does; odfpy writes exactly the cells given)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            r = TableRow()
            for v in vals:
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                r.addElement(c)
            t.addElement(r)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 等级 in one cell ("二级甲等"), the period only in the title (2023—2025年), 协议签订日期 as dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岚省城乡医院对口支援关系表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期"])
    pairs = [(S1, R1, dt.date(2022, 12, 16)), (S3, R2, dt.date(2022, 12, 16)), (S2, R3, dt.date(2022, 12, 20)),
             (S2, R4, dt.date(2022, 12, 20)), (S1, R5, dt.date(2022, 12, 28))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2023, 1, 1), "end_date": d(2025, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- trainees
def f_t1_xiuchuan_xlsx(path: Path):
    """岫川县人民医院 (sender), xlsx: 科室 beside 进修专业 (which one is the training's department a reader cannot
    tell: left out), host "省人医" and once the full name of another hospital (one person, two stays, two hosts),
    进修起止时间 "2024.01.02-2024.06.30", fees 免收 / ¥3,000.00 / 免费 / 0 / 叁仟元, completion 已结业 / 结业 / 在修 /
    中途退出, a stay from 2023 into 2024 and one from 2024 into 2025, one wrong check digit, one trainee without an
    ID number, 合计 and 填表人 rows."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫川县人民医院2024年度外出进修人员统计表（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "科室", "进修专业", "进修单位", "进修起止时间", "进修费用", "结业情况", "备注"])
    wrong = ID["cai"][:17] + ("0" if ID["cai"][17] != "0" else "1")
    people = [("an", None, "安若溪", "内科", "心血管内科", "省人医", "2024.01.02-2024.06.30", "免收", "已结业",
               tr(d(2024, 1, 2), d(2024, 6, 30), 0.0, True), S1),
              ("an", None, "安若溪", "内科", "心血管介入", S2, "2024.08.01-2024.10.31", "¥3,000.00", "结业",
               tr(d(2024, 8, 1), d(2024, 10, 31), 3000.0, True), S2),
              ("bo", None, "柏临风", "外科", "普外科", "省人医", "2023.11.01-2024.04.30", "免费", "结业",
               tr(d(2023, 11, 1), d(2024, 4, 30), 0.0, True), S1),
              ("cai", wrong, "蔡映雪", "护理部", "重症护理", "省人医", "2024.10.08-2025.04.07", 0, "在修",
               tr(d(2024, 10, 8), d(2025, 4, 7), 0.0, OPEN_DONE), S1),
              (None, None, "戴晓川", "放射科", "影像诊断", "省人医", "2024.03.01-2024.08.31", "叁仟元", "中途退出",
               tr(d(2024, 3, 1), d(2024, 8, 31), 3000.0, False), S1)]
    for i, (key, sp, name, dept, major, host, period, fee, done, f, hosp) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else None, dept, major, host, period, fee, done,
                   "第二次进修" if i == 2 else None])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        row("trainees", [(fn, sh, r)], f, {"recipient_hospital_id": R1, "host_hospital_id": hosp}, ["start_date"],
            id_number=sp or (ID[key] if key else None))
        if sp:
            finding(fn, sh, r, ["ID_CHECK_DIGIT", "id_number"])
        if key is None:
            finding(fn, sh, r, ["NAME_ONLY", "id_number", "person_id"])
    ws.append(["合计", "5人次"])
    ws.append(["填表人：科教科", None, None, None, "审核：", None, "填报日期：2025年1月8日"])
    wb.save(path)


def f_t2_linxi_csv_gbk(path: Path):
    """蔺溪县人民医院 (sender), CSV in GBK: the sender only in the title line; 开始时间 + 进修时长 (半年 / 6个月 /
    3个月 / 一年); hosts 市一院, the full name, 省人医; fees 免费 / 每月500元（共6个月） / 减半 / 自费 (the last two
    leave the amount undecidable); completion 已结业 / 结业 / 未结业 / 延期结业 (undecidable); a 15-digit ID."""
    fn = path.name
    g = ID["gu"]
    fifteen = g[:6] + g[8:17]
    rows = [[f"蔺溪县人民医院2024年外出进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修医院", "进修科室", "开始时间", "进修时长", "费用", "是否结业"]]
    people = [("ehe", None, "鄂知秋", "市一院", "骨科", "2024-03-01", "半年", "免费", "已结业",
               tr(d(2024, 3, 1), d(2024, 8, 31), 0.0, True, "骨科"), S2),
              ("fan", None, "范听澜", "市一院", "儿科", "2024-04-01", "6个月", "每月500元（共6个月）", "结业",
               tr(d(2024, 4, 1), d(2024, 9, 30), 3000.0, True, "儿科"), S2),
              ("gu", fifteen, "顾南星", S2, "麻醉科", "2024-07-01", "3个月", "减半", "未结业",
               tr(d(2024, 7, 1), d(2024, 9, 30), "-", False, "麻醉科"), S2),
              ("hua", None, "华书砚", "省人医", "检验科", "2023-09-01", "一年", "自费", "延期结业",
               tr(d(2023, 9, 1), d(2024, 8, 31), "-", "-", "检验科"), S1)]
    for key, sp, name, host, dept, start, dur, fee, done, f, hosp in people:
        rows.append([name, use_id(key, sp), host, dept, start, dur, fee, done])
        r = len(rows)
        row("trainees", [(fn, None, r)], f, {"recipient_hospital_id": R3, "host_hospital_id": hosp}, ["start_date"],
            id_number=ID[key])
        if sp:
            finding(fn, None, r, ["ID_15_DIGIT", "id_number"])
    rows.append(["填表人：医务科", "", "", "", "", "", "", ""])
    save_csv(path, rows, "gbk")


def f_t3_heping_xls(path: Path):
    """鹤坪县人民医院 (sender), xls: the title "…赴省人医进修…" names the host by its short name; 单位 column (the
    sender); 进修时间 "2024年3月起进修6个月"; fees 0 / 免收 / 1500; completion 结业 / 进修中."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"鹤坪县人民医院2024年赴省人医进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "单位", "进修科室", "进修时间", "费用（元）", "结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("ji", "季云舒", "消化内科", "2024年3月起进修6个月", 0, "结业", tr(d(2024, 3, 1), d(2024, 8, 31), 0.0, True)),
              ("jing", "景初夏", "妇产科", "2024年9月起进修6个月", "免收", "进修中",
               tr(d(2024, 9, 1), d(2025, 2, 28), 0.0, OPEN_DONE)),
              ("kang", "康望舒", "急诊科", "2024年1月起进修3个月", 1500, "结业",
               tr(d(2024, 1, 1), d(2024, 3, 31), 1500.0, True))]
    for i, (key, name, dept, period, fee, done, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), R5, dept, period, fee, done]):
            ws.write(1 + i, j, v)
        f["department"] = dept
        row("trainees", [(fn, sh, 2 + i)], f, {"recipient_hospital_id": R5, "host_hospital_id": S1}, ["start_date"],
            id_number=ID[key])
    ws.write(2 + len(people), 0, f"填表人：人事科  {SYN}")
    wb.save(str(path))


def f_t4_host_ods(path: Path):
    """澄岚省人民医院 (host), ods: 接收 list, 派出单位 column, 进修开始 / 进修结束, 收费 免收 / 0, completion 已结业 /
    在修 / 进修中, a stay into 2025, a trainee without an ID number."""
    fn, sh = path.name, "接收进修"
    rows = [[f"澄岚省人民医院2024年接收对口支援医院进修人员登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修开始", "进修结束", "收费", "结业情况", "备注"]]
    people = [("lu", "陆知远", R1, "神经内科", "2024-02-19", "2024-08-18", "免收", "已结业",
               tr(d(2024, 2, 19), d(2024, 8, 18), 0.0, True)),
              ("mao", "茅清和", R5, "超声科", "2024-06-03", "2024-12-02", 0, "在修",
               tr(d(2024, 6, 3), d(2024, 12, 2), 0.0, OPEN_DONE)),
              (None, "聂小禾", R1, "药剂科", "2024-11-04", "2025-05-03", "免收", "进修中",
               tr(d(2024, 11, 4), d(2025, 5, 3), 0.0, OPEN_DONE))]
    for i, (key, name, rec, dept, s, e, fee, done, f) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else None, rec, dept, s, e, fee, done,
                     "身份证号待补" if key is None else None])
        r = len(rows)
        f["department"] = dept
        row("trainees", [(fn, sh, r)], f, {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, sh, r, ["NAME_ONLY", "id_number", "person_id"])
    rows.append(["制表：科教处", None, None, None, "填报日期：2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_t5_tcm_csv_utf8(path: Path):
    """澄岚省中医院 (host), CSV UTF-8 with BOM: 派出医院 once by its short name (岫川县中医院); 进修专业 the only
    department column; 进修期间 "2024年4月—2024年9月" (whole months); 进修费 免费; 是否结业 是 / 否."""
    fn = path.name
    rows = [[f"澄岚省中医院2024年接收受援医院进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "派出医院", "进修专业", "进修期间", "进修费", "是否结业"]]
    people = [("ou", "欧阳砚", R2, "针灸推拿", "2024年4月—2024年9月", "免费", "是",
               tr(d(2024, 4, 1), d(2024, 9, 30), 0.0, True, "针灸推拿")),
              ("pei", "裴映川", "岫川县中医院", "中医内科", "2024年10月—2025年3月", "免费", "否",
               tr(d(2024, 10, 1), d(2025, 3, 31), 0.0, False, "中医内科"))]
    for i, (key, name, rec, major, period, fee, done, f) in enumerate(people, 1):
        rows.append([i, name, use_id(key), rec, major, period, fee, done])
        row("trainees", [(fn, None, len(rows))], f, {"recipient_hospital_id": R2, "host_hospital_id": S3},
            ["start_date"], id_number=ID[key])
    save_csv(path, rows, "utf-8", bom=True)


MCH_PEOPLE = [("qu", "瞿晚晴", "妇产科", "产科"), ("rong", "荣书禾", "儿科", "儿童保健科"), ("su", "苏暮雨", "儿科", "新生儿科")]


def mch_trainees(path: Path, corrected: bool):
    """蔺溪县妇幼保健院 (sender), xlsx, twice: the list and its 更正 (a later 填报日期; one end date and one fee
    changed). 所在科室 beside 进修科室 (the latter is the training's); host 市一院; dates as date cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进修人员"
    ws.append([f"蔺溪县妇幼保健院2024年外出进修人员情况表{'（更正）' if corrected else ''}（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "所在科室", "进修科室", "进修医院", "开始日期", "结束日期", "费用", "结业情况"])
    data = [(dt.date(2024, 3, 1), dt.date(2024, 9, 30) if corrected else dt.date(2024, 8, 31), "免收", "结业"),
            (dt.date(2024, 5, 6), dt.date(2024, 11, 5), "免收" if corrected else "3000", "已结业"),
            (dt.date(2024, 10, 8), dt.date(2025, 1, 7), "免费", "在修")]
    for i, ((key, name, own, dept), (s, e, fee, done)) in enumerate(zip(MCH_PEOPLE, data), 1):
        ws.append([i, name, use_id(key), own, dept, "市一院", s, e, fee, done])
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 3).number_format = "@"
    ws.append([None, "填报日期：2025年1月20日" if corrected else "填报日期：2025年1月6日"])
    wb.save(path)


def f_t6_mch_pair(path_v1: Path, path_v2: Path):
    mch_trainees(path_v1, corrected=False)
    mch_trainees(path_v2, corrected=True)
    ends = [d(2024, 9, 30), d(2024, 11, 5), d(2025, 1, 7)]
    starts = [d(2024, 3, 1), d(2024, 5, 6), d(2024, 10, 8)]
    done = [True, True, OPEN_DONE]
    for i, (key, _name, _own, dept) in enumerate(MCH_PEOPLE):
        r = 3 + i
        # the corrected values; the row may keep either file as its provenance (the correction replaces the list)
        row("trainees", [(path_v2.name, "进修人员", r), (path_v1.name, "进修人员", r)],
            tr(starts[i], ends[i], 0.0, done[i], dept), {"recipient_hospital_id": R4, "host_hospital_id": S2},
            ["start_date"], id_number=ID[key])


# ------------------------------------------------------------------------------------------- other forms
def f_deployments_xlsx(path: Path):
    """澄岚省人民医院 派驻人员花名册, plain."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始", "派驻结束"])
    people = [("tang", "唐怀瑾", "心血管内科", "主任医师", R1, dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dict(department="心血管内科", title="主任医师", title_rank="正高级", staff_category="医疗")),
              ("wen", "温如晦", "护理部", "主管护师", R5, dt.date(2024, 7, 1), dt.date(2024, 12, 31),
               dict(department="护理部", title="主管护师", title_rank="中级", staff_category="护理"))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, ws.max_row)], dict(f, start_date=s.isoformat(), end_date=e.isoformat()),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_techniques_csv_utf8(path: Path):
    """蔺溪县人民医院 新技术, CSV UTF-8 without BOM."""
    fn = path.name
    rows = [[f"蔺溪县人民医院2024年新技术新项目（{SYN}）", "", "", "", "", ""],
            ["项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"]]
    for name, dept, when, cases, gap, day, gapv in (("关节镜下半月板修复术", "骨科", "2024-04-15", 12, "是", d(2024, 4, 15), True),
                                                   ("小儿雾化规范化治疗", "儿科", "2024-06-03", 85, "否", d(2024, 6, 3), False)):
        rows.append([name, dept, when, cases, gap, S2])
        row("techniques", [(fn, None, len(rows))], dict(name=name, department=dept, first_performed_date=day,
                                                        cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": R3, "support_hospital_id": S2}, ["name"])
    save_csv(path, rows, "utf-8")


def f_activities_xls(path: Path):
    """泸汀市第一人民医院 帮扶活动, xls."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"泸汀市第一人民医院2024年对口帮扶活动登记表（{SYN}）")
    for j, h in enumerate(["日期", "受援单位", "活动形式", "主题", "参加人数"]):
        ws.write(1, j, h)
    style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    acts = [(dt.date(2024, 5, 14), R3, "学术讲座", "骨质疏松性骨折的规范治疗", 42),
            (dt.date(2024, 9, 10), R4, "教学查房", "高危妊娠查房", 18)]
    for i, (day, rec, typ, topic, n) in enumerate(acts, 2):
        ws.write(i, 0, day, style)
        for j, v in enumerate([rec, typ, topic, n], 1):
            ws.write(i, j, v)
        row("activities", [(fn, sh, i + 1)], dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S2}, ["activity_date"])
    wb.save(str(path))


def f_monthly_ods(path: Path):
    """岫川县人民医院 1—6月业务量, ods, months "1月" under a title naming the year."""
    fn, sh = path.name, "业务量"
    rows = [[f"岫川县人民医院2024年1—6月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [12100 + 150 * m, 930 + 11 * m, 210 + 4 * m, 31 - m]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    ods_doc(path, {sh: rows})


def f_assessments_csv_gbk(path: Path):
    """鹤坪县人民医院 派驻人员月度考核, CSV GBK, 考核月份 column."""
    fn = path.name
    rows = [[f"鹤坪县人民医院派驻人员月度考核表（{SYN}）", "", "", "", ""],
            ["姓名", "身份证号", "派出单位", "考核月份", "考核分数"]]
    for m, sc in ((7, 95), (8, 92.5)):
        rows.append(["温如晦", use_id("wen"), S1, f"2024年{m}月", sc])
        row("staff_monthly_assessments", [(fn, None, len(rows))], dict(year=2024, month=m, score=float(sc)),
            {"recipient_hospital_id": R5}, ["month"], id_number=ID["wen"])
    save_csv(path, rows, "gbk")


def f_county_xlsx(path: Path):
    """省卫健委 县域住院流向 2024, xlsx."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, a, b in (("岫川县", "999601", 30412, 5120), ("蔺溪县", "999703", 25118, 4388),
                               ("鹤坪县", "999805", 18203, 3907)):
        ws.append([county, code, a, b])
        row("county_inpatient_stats", [(fn, sh, ws.max_row)],
            dict(county_code=code, year=2024, resident_admissions=a, resident_admissions_outside_county=b),
            {}, ["county_code"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "泸汀市", "岫川县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岚省对口支援关系表（2023—2025年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_澄岚省对口支援关系表（2023—2025年）.xlsx"
    files = [(f_t1_xiuchuan_xlsx, "岫川县", "SYNTHETIC_岫川县人民医院外出进修人员2024.xlsx"),
             (f_t2_linxi_csv_gbk, "泸汀市", "SYNTHETIC_外出进修人员名单2024.csv"),
             (f_t3_heping_xls, "省直", "SYNTHETIC_鹤坪县人民医院进修登记.xls"),
             (f_t4_host_ods, "省直", "SYNTHETIC_省人民医院接收进修人员2024.ods"),
             (f_t5_tcm_csv_utf8, "省直", "SYNTHETIC_省中医院接收进修人员名单.csv"),
             (f_deployments_xlsx, "省直", "SYNTHETIC_省人民医院派驻人员花名册2024.xlsx"),
             (f_techniques_csv_utf8, "泸汀市", "SYNTHETIC_蔺溪县人民医院新技术2024.csv"),
             (f_activities_xls, "泸汀市", "SYNTHETIC_市一院帮扶活动登记2024.xls"),
             (f_monthly_ods, "岫川县", "SYNTHETIC_岫川县人民医院业务量1-6月.ods"),
             (f_assessments_csv_gbk, "省直", "SYNTHETIC_鹤坪县人民医院派驻人员考核7-8月.csv"),
             (f_county_xlsx, "省直", "SYNTHETIC_县域住院流向2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    v1 = raw / "泸汀市" / "SYNTHETIC_蔺溪县妇幼保健院进修人员2024.xlsx"
    v2 = raw / "泸汀市" / "SYNTHETIC_蔺溪县妇幼保健院进修人员2024（更正）.xlsx"
    f_t6_mch_pair(v1, v2)
    truth["submission_files"] += [v1.name, v2.name]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
