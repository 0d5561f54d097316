"""realworld78 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024, focused on the rosters
of dispatched staff (派驻人员名册) as different clerks write them: 派驻形式 and 挂职职务 columns, a person rotated
twice, a stay given as 派驻时长 "6个月" or as 派驻天数, ID numbers typed with spaces, dashes or a lowercase x, a
stay from last year, stays not ended (至今 / 在岗), one stay listed by both the support hospital and the recipient,
English titles (Associate Chief Physician), a recipient written as county + 县医院 — plus the pairing list and a
few files of the other forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,沂宁市,县区}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the wrong-check-digit spelling is a spelling of a valid one). Written without reading the
tool's parser.
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


def check(body: str) -> str:
    return "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def idn(region: str, birth: str, seq: str) -> str:
    return region + birth + seq + check(region + birth + seq)


def idn_x(region: str, birth: str) -> str:
    """The first ID number of that region and birth date whose check digit is X (for the lowercase-x spelling)."""
    for n in range(11, 999):
        body = region + birth + f"{n:03d}"
        if check(body) == "X":
            return body + "X"
    raise AssertionError("no X")


SP, STCM, YNC = "霁川省人民医院", "霁川省中医院", "沂宁市中心医院"
PX, PXTCM, SN, SNMCH, QL = "蒲溪县人民医院", "蒲溪县中医医院", "石楠县人民医院", "石楠县妇幼保健院", "青芦县人民医院"
RECIP = {PX: ("二级", "甲等", "综合医院", "蒲溪县"), PXTCM: ("二级", "甲等", "中医医院", "蒲溪县"),
         SN: ("二级", "乙等", "综合医院", "石楠县"), SNMCH: ("二级", None, "妇幼保健院", "石楠县"),
         QL: ("二级", "乙等", "综合医院", "青芦县")}
COUNTY_CODE = {"蒲溪县": "999401", "石楠县": "999402", "青芦县": "999403"}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19800101", "001"), "gu": ("990101", "19850315", "012"), "qiao": ("990102", "19870822", "024"),
    "wei": ("990103", "19860704", "033"), "pang": ("990101", "19700218", "045"), "zou": ("990104", "19891130", "051"),
    "ding": ("990102", "19850612", "002"), "fei": ("990105", "19900419", "063"), "ge": ("990105", "19880901", "077"),
    "yin": ("990201", "19760505", "018"), "su": ("990202", "19900303", "026"),
    "nie": ("990301", "19820709", "031"), "ke": ("990301", "19741012", "042"), "yanb": ("990302", "19910125", "057"),
    "lux": ("990303", "19790614", "068"), "wen": ("990303", "19880228", "074"), "qi": ("990304", "19720917", "085"),
    "hexd": ("990106", "19811111", "091"), "qian": ("990106", "19860520", "019"),
    "tr1": ("990402", "19930402", "035"), "tr2": ("990402", "19950716", "046"),
}.items()}
ID["han"] = idn_x("990101", "19780808")

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def spaced(s: str) -> str:        # 9901 0119 8001 0100 14
    return " ".join(s[i:i + 4] for i in range(0, 18, 4))


def dashed(s: str) -> str:        # 990102-19850612-0027
    return f"{s[:6]}-{s[6:14]}-{s[14:]}"


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet, row), …] — more than one when the same record is listed in several files."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, pos, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=pos,
                start_date=start, end_date=end)


def one_of(*vals):
    return {"one_of": list(vals)}


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 with the period in the title only (2023—2025年), 受援医院 first, 协议签订日期 as date cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期"])
    pairs = [(SP, PX, dt.date(2022, 12, 20)), (SP, SN, dt.date(2022, 12, 20)), (STCM, PXTCM, dt.date(2022, 12, 26)),
             (YNC, SNMCH, dt.date(2022, 12, 28)), (YNC, QL, dt.date(2022, 12, 28))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2023, 1, 1),
                                  "end_date": d(2025, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP, STCM, YNC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
SP_ROSTER = "SYNTHETIC_省人民医院2024年派驻人员名册.xlsx"
PX_ROSTER = "SYNTHETIC_蒲溪县人民医院接收派驻人员名册（受援单位填报）.xlsx"
SHARED: dict[str, list] = {}      # person key → the places where the same stay is listed


def f_sp_roster(path: Path):
    """省人民医院 (xlsx): 派驻形式 (长期驻点 / 短期轮换 / 巡回) and 挂职职务 (业务副院长 / 科主任 / 护士长 / 无);
    顾岸 rotated twice (two rows, two stays); an ID typed with spaces, one with a lowercase x; 在岗 as the end;
    dates as date cells; 合计 and 制表 rows."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年城乡医院对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "身份证号", "派出科室", "职称", "派驻单位", "派驻形式", "挂职职务", "派驻开始时间",
               "派驻结束时间", "备注"])
    people = [  # key, name, id as typed, dept, title, recipient, form, post, start, end, fields
        ("lin", "林素航", spaced(ID["lin"]), "心血管内科", "主任医师", PX, "长期驻点", "业务副院长",
         dt.date(2024, 1, 8), dt.date(2024, 12, 31),
         dep("心血管内科", "主任医师", "正高级", "医疗", "副院长", d(2024, 1, 8), d(2024, 12, 31))),
        ("gu", "顾岸", None, "呼吸与危重症医学科", "主治医师", PX, "短期轮换", "无", dt.date(2024, 3, 1),
         dt.date(2024, 5, 31), dep("呼吸与危重症医学科", "主治医师", "中级", "医疗", None, d(2024, 3, 1), d(2024, 5, 31))),
        ("qiao", "乔晚晴", None, "护理部", "主管护师", PX, "长期驻点", "护士长", dt.date(2024, 4, 1), "在岗",
         dep("护理部", "主管护师", "中级", "护理", "护士长", d(2024, 4, 1), None)),
        ("han", "韩叙", ID["han"].lower(), "普外科", "副主任医师", SN, "长期驻点", "科主任", dt.date(2024, 2, 19),
         dt.date(2024, 8, 18), dep("普外科", "副主任医师", "副高级", "医疗", "科主任", d(2024, 2, 19), d(2024, 8, 18))),
        ("wei", "魏清禾", None, "骨科", "主治医师", PX, "长期驻点", "无", dt.date(2024, 5, 6), dt.date(2024, 11, 5),
         dep("骨科", "主治医师", "中级", "医疗", None, d(2024, 5, 6), d(2024, 11, 5))),
        ("pang", "庞一舟", None, "神经内科", "主任医师", SN, "巡回", "无", dt.date(2024, 6, 1), dt.date(2024, 6, 30),
         dep("神经内科", "主任医师", "正高级", "医疗", None, d(2024, 6, 1), d(2024, 6, 30))),
        ("gu", "顾岸", None, "呼吸与危重症医学科", "主治医师", SN, "短期轮换", "无", dt.date(2024, 9, 2),
         dt.date(2024, 11, 29), dep("呼吸与危重症医学科", "主治医师", "中级", "医疗", None, d(2024, 9, 2),
                                   d(2024, 11, 29))),
    ]
    for i, (key, name, sp, dept, title, rec, form, post, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, rec, form, post, s, e, "第二轮" if i == 7 else None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (9, 10):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        place = (fn, sh, r)
        if key in ("wei", "qiao"):           # the same stay is in the recipient's own roster too
            SHARED[key] = [place, f, rec]
        else:
            row("deployments", [place], f, {"support_hospital_id": SP, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    ws.append(["合计", "6人7人次"])
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月8日"])
    wb.save(path)


def f_sp_short_xls(path: Path):
    """省人民医院 (xls, xlwt): 派驻时长 "6个月" with only a start (no end column); an ID typed with dashes; a
    挂职职务 "/" (an empty placeholder); one row with the start 待定 (unusable: quarantined)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川省人民医院下派人员登记表（短期）（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "受援医院", "派驻开始日期", "派驻时长", "挂职职务"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("ding", "丁若谷", dashed(ID["ding"]), "麻醉科", "主治医师", PX, "2024.03.01", "6个月", "无",
               dep("麻醉科", "主治医师", "中级", "医疗", None, d(2024, 3, 1), d(2024, 8, 31))),
              ("fei", "费星澜", None, "检验科", "主管技师", SN, "2024.07.01", "6个月", "/",
               dep("检验科", "主管技师", "中级", "医技", None, d(2024, 7, 1), d(2024, 12, 31))),
              ("ge", "葛文澈", None, "眼科", "副主任医师", SN, "待定", "6个月", "无", None)]
    for i, (key, name, sp, dept, title, rec, s, dur, post, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, rec, s, dur, post]):
            ws.write(1 + i, j, v)
        r = 2 + i
        if f is None:
            truth["quarantines"].append({"file": fn, "sheet": sh, "row": r, "category": "missing_required",
                                         "why": "派驻开始日期 待定: no start date"})
        else:
            row("deployments", [(fn, sh, r)], f, {"support_hospital_id": SP, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    ws.write(5, 0, "填表人：医务部  联系电话：0000-0000000")
    wb.save(str(path))


def f_sp_county_hospital(path: Path):
    """省人民医院 (xlsx): the recipient written as 石楠县县医院 (county + 县医院 = 石楠县人民医院), 派驻时间 in one
    cell "2024.05.13-2024.11.12"; 挂职职务 科主任 / 护士长."""
    fn, sh = path.name, "石楠"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院派驻石楠县县医院医务人员名单（第二批）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "挂职职务", "派驻时间"])
    for i, (key, name, dept, title, post, f) in enumerate(
            [("hexd", "何晓渡", "泌尿外科", "副主任医师", "科主任",
              dep("泌尿外科", "副主任医师", "副高级", "医疗", "科主任", d(2024, 5, 13), d(2024, 11, 12))),
             ("qian", "钱穆清", "护理部", "主管护师", "护士长",
              dep("护理部", "主管护师", "中级", "护理", "护士长", d(2024, 5, 13), d(2024, 11, 12)))], 1):
        ws.append([i, name, use_id(key), dept, title, "石楠县县医院", post, "2024.05.13-2024.11.12"])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", [(fn, sh, ws.max_row)], f, {"support_hospital_id": SP, "recipient_hospital_id": SN},
            ["start_date"], id_number=ID[key])
    wb.save(path)


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


def f_stcm_ods(path: Path):
    """省中医院 (ods): 派驻期间 "2023.10—2024.03" (a stay from last year, ended this year), "2024.09—至今"; a
    person without an ID number (NAME_ONLY); 挂职职务 科主任 / 无."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"霁川省中医院对口支援蒲溪县中医医院派驻人员名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻形式", "挂职职务", "派驻期间"]]
    people = [("yin", "尹松年", "针灸科", "副主任中医师", "长期驻点", "科主任", "2023.10—2024.03",
               dep("针灸科", "副主任中医师", "副高级", "医疗", "科主任", d(2023, 10, 1), d(2024, 3, 31))),
              ("su", "苏闻笛", "脾胃病科", "主治中医师", "长期驻点", "无", "2024.09—至今",
               dep("脾胃病科", "主治中医师", "中级", "医疗", None, d(2024, 9, 1), None)),
              (None, "严可期", "康复科", "主治中医师", "短期轮换", "无", "2024.04—2024.09",
               dep("康复科", "主治中医师", "中级", "医疗", None, d(2024, 4, 1), d(2024, 9, 30)))]
    for i, (key, name, dept, title, form, post, period, f) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else "", dept, title, PXTCM, form, post, period])
        r = len(rows)
        row("deployments", [(fn, sh, r)], f, {"support_hospital_id": STCM, "recipient_hospital_id": PXTCM},
            ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, sh, r, "NAME_ONLY")
    rows.append(["填报人：人事科", None, None, None, "填报日期：2025年1月6日"])
    ods_doc(path, {sh: rows})


def f_county_flow(path: Path):
    """省卫健委 (xlsx): 2024 county inpatient flow, the year in the title."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, tot, out in (("蒲溪县", 31240, 5120), ("石楠县", 26610, 4388), ("青芦县", 18075, 3921)):
        ws.append([county, COUNTY_CODE[county], tot, out])
        row("county_inpatient_stats", [(fn, sh, ws.max_row)],
            dict(county_code=COUNTY_CODE[county], year=2024, resident_admissions=tot,
                 resident_admissions_outside_county=out), {}, ["county_code"])
    ws.append([f"注：{SYN}"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 沂宁市
def f_ync_days_gbk(path: Path):
    """市中心医院 (CSV, GBK, CRLF): 派驻天数 instead of an end (the end read inclusively — 91 days from 4月1日 is
    6月30日 — or as start + days: either accepted); an ID with a wrong check digit; 挂职职务 业务副院长."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"沂宁市中心医院2024年派驻人员情况（{SYN}）", "", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "受援单位", "派驻形式", "挂职职务", "开始日期", "派驻天数"])
    wrong = ID["yanb"][:17] + ("0" if ID["yanb"][17] != "0" else "1")
    people = [("nie", "聂川", None, "儿科", "副主任医师", SNMCH, "短期轮换", "无", "2024-04-01", 91,
               dep("儿科", "副主任医师", "副高级", "医疗", None, d(2024, 4, 1), one_of(d(2024, 6, 30), d(2024, 7, 1))),
               ID["nie"]),
              ("ke", "柯映雪", None, "妇产科", "主任医师", SNMCH, "长期驻点", "业务副院长", "2024-01-02", 365,
               dep("妇产科", "主任医师", "正高级", "医疗", "副院长", d(2024, 1, 2),
                   one_of(d(2024, 12, 31), d(2025, 1, 1))), ID["ke"]),
              ("yanb", "晏北辰", wrong, "急诊科", "主治医师", QL, "巡回", "无", "2024-10-08", 30,
               dep("急诊科", "主治医师", "中级", "医疗", None, d(2024, 10, 8), one_of(d(2024, 11, 6), d(2024, 11, 7))),
               wrong)]
    r = 2
    for key, name, sp, dept, title, rec, form, post, s, days, f, tid in people:
        w.writerow([name, use_id(key, sp), dept, title, rec, form, post, s, days])
        r += 1
        row("deployments", [(fn, None, r)], f, {"support_hospital_id": YNC, "recipient_hospital_id": rec},
            ["start_date"], id_number=tid)
        if sp == wrong:
            finding(fn, None, r, "ID_CHECK_DIGIT")
    w.writerow(["合计：3人", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_ync_english_utf8(path: Path):
    """市中心医院 (CSV, UTF-8 with BOM): titles with ranks in English (Associate Chief Physician, Attending
    Physician, Chief Physician); 派驻时间 "2024-03-04至2024-09-03" and "2024-09-09至今"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"沂宁市中心医院派驻青芦县人民医院人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "派驻单位", "挂职职务", "派驻时间"])
    people = [("lux", "陆星河", "呼吸内科", "Associate Chief Physician", "科主任", "2024-03-04至2024-09-03",
               dep("呼吸内科", "副主任医师", "副高级", "医疗", "科主任", d(2024, 3, 4), d(2024, 9, 3))),
              ("wen", "温既白", "心血管内科", "Attending Physician", "无", "2024-03-04至2024-09-03",
               dep("心血管内科", "主治医师", "中级", "医疗", None, d(2024, 3, 4), d(2024, 9, 3))),
              ("qi", "戚远", "肿瘤科", "Chief Physician", "无", "2024-09-09至今",
               dep("肿瘤科", "主任医师", "正高级", "医疗", None, d(2024, 9, 9), None))]
    r = 2
    for key, name, dept, title, post, period, f in people:
        w.writerow([name, use_id(key), dept, title, QL, post, period])
        r += 1
        row("deployments", [(fn, None, r)], f, {"support_hospital_id": YNC, "recipient_hospital_id": QL},
            ["start_date"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_ync_activities_xls(path: Path):
    """市中心医院 (xls): activities, dates as text "2024/4/18", 参加人数 with 人."""
    fn, sh = path.name, "活动"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"沂宁市中心医院2024年对口帮扶活动记录（{SYN}）")
    for j, h in enumerate(["活动日期", "受援单位", "活动类型", "活动主题", "参加人数"]):
        ws.write(1, j, h)
    acts = [("2024/4/18", SNMCH, "学术讲座", "儿童哮喘规范化诊治", "42人", d(2024, 4, 18), 42),
            ("2024/6/6", QL, "教学查房", "急性胸痛查房", "18", d(2024, 6, 6), 18),
            ("2024/9/20", QL, "义诊", "慢病义诊", "120人", d(2024, 9, 20), 120)]
    for i, (day, rec, typ, topic, n, dv, nv) in enumerate(acts, 1):
        for j, v in enumerate([day, rec, typ, topic, n]):
            ws.write(1 + i, j, v)
        row("activities", [(fn, sh, 2 + i)], dict(activity_date=dv, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": YNC}, ["activity_date"])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 县区
def f_px_received(path: Path):
    """蒲溪县人民医院 (xlsx), the recipient's own register of staff received: 魏清禾 and 乔晚晴 are the same stays
    as in the 省人民医院 roster (one deployment each; 魏清禾's ID typed with spaces here); 邹衡 only here."""
    fn, sh = path.name, "接收名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蒲溪县人民医院2024年接收上级医院派驻人员名册（受援单位填报）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "挂职职务", "到岗时间", "离岗时间"])
    entries = [("wei", "魏清禾", spaced(ID["wei"]), "骨科", "主治医师", "无", dt.date(2024, 5, 6), dt.date(2024, 11, 5)),
               ("qiao", "乔晚晴", None, "护理部", "主管护师", "护士长", dt.date(2024, 4, 1), "在岗"),
               ("zou", "邹衡", None, "消化内科", "副主任医师", "科主任", dt.date(2024, 7, 15), dt.date(2025, 1, 14))]
    for i, (key, name, sp, dept, title, post, s, e) in enumerate(entries, 1):
        ws.append([i, name, use_id(key, sp), SP, dept, title, post, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (8, 9):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy/m/d"
        if key in SHARED:
            place, f, rec = SHARED[key]
            row("deployments", [place, (fn, sh, r)], f, {"support_hospital_id": SP, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
        else:
            row("deployments", [(fn, sh, r)],
                dep("消化内科", "副主任医师", "副高级", "医疗", "科主任", d(2024, 7, 15), d(2025, 1, 14)),
                {"support_hospital_id": SP, "recipient_hospital_id": PX}, ["start_date"], id_number=ID[key])
    ws.append(["填报人：办公室", None, None, "填报日期：2025年1月10日"])
    wb.save(path)


def f_px_assessments(path: Path):
    """蒲溪县人民医院 (xlsx): monthly assessment, one sheet per month ("5月", "6月", the year in the title); one ID
    typed with dashes."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("lin", "林素航", dashed(ID["lin"])), ("wei", "魏清禾", None)]
    for m, scores in ((5, (95, 92)), (6, (96.5, 90))):
        sh = f"{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"蒲溪县人民医院2024年{m}月派驻人员考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"])
        for i, ((key, name, sp), sc) in enumerate(zip(people, scores), 1):
            ws.append([i, name, use_id(key, sp), SP, sc, 4, 4 if (key, m) != ("wei", 6) else 3])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                dict(year=2024, month=m, score=float(sc), spot_checks=4,
                     spot_checks_present=4 if (key, m) != ("wei", 6) else 3),
                {"recipient_hospital_id": PX}, ["month"], id_number=ID[key])
        ws.append(["考核人：院办"])
    wb.save(path)


def f_px_techniques_ods(path: Path):
    """蒲溪县人民医院 (ods): new techniques, 支援医院 column, 开展例数 with 例."""
    fn, sh = path.name, "新技术"
    rows = [[f"蒲溪县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, gap, dv, cv, gv) in enumerate(
            [("冠状动脉造影术", "心血管内科", "2024-03-12", "26例", "是", d(2024, 3, 12), 26, True),
             ("经支气管镜肺活检", "呼吸与危重症医学科", "2024-04-22", "9", "否", d(2024, 4, 22), 9, False)], 1):
        rows.append([i, name, dept, day, cases, gap, SP])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=dv, cases=cv,
                                                       fills_county_gap=gv),
            {"recipient_hospital_id": PX, "support_hospital_id": SP}, ["name"])
    ods_doc(path, {sh: rows})


def f_sn_trainees(path: Path):
    """石楠县人民医院 (xlsx): trainees sent to 霁川省人民医院; fees in yuan; 是否结业 是/否."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石楠县人民医院2024年外出进修人员（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "进修开始时间", "进修结束时间", "进修费用（元）", "是否结业"])
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            [("tr1", "彭以安", "内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是"),
             ("tr2", "骆书影", "手术室", dt.date(2024, 9, 1), dt.date(2025, 2, 28), 0, "否")], 1):
        ws.append([i, name, use_id(key), dept, SP, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", [(fn, sh, r)], dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                            fee_charged=float(fee), completed=done == "是"),
            {"recipient_hospital_id": SN, "host_hospital_id": SP}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_ql_monthly_gbk(path: Path):
    """青芦县人民医院 (CSV, GBK): twelve months of workload, months "1月" … with the year in the title."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青芦县人民医院2024年1-12月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(1, 13):
        v = [8200 + 130 * m, 610 + 9 * m, 140 + 3 * m, 30 - m]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QL}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "沂宁市", "县区"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    truth["pairing_file"] = "SYNTHETIC_附件1_霁川省对口支援关系表（2023—2025年）.xlsx"
    pairing_list(raw / "reference" / truth["pairing_file"])
    files = [(f_sp_roster, "省直", SP_ROSTER),
             (f_sp_short_xls, "省直", "SYNTHETIC_省人民医院下派人员登记（短期）.xls"),
             (f_sp_county_hospital, "省直", "SYNTHETIC_省人民医院派驻石楠县县医院人员名单.xlsx"),
             (f_stcm_ods, "省直", "SYNTHETIC_省中医院派驻人员名册2024.ods"),
             (f_county_flow, "省直", "SYNTHETIC_县域住院流向2024.xlsx"),
             (f_ync_days_gbk, "沂宁市", "SYNTHETIC_市中心医院派驻人员2024_GBK.csv"),
             (f_ync_english_utf8, "沂宁市", "SYNTHETIC_市中心医院派驻青芦人员_UTF8.csv"),
             (f_ync_activities_xls, "沂宁市", "SYNTHETIC_市中心医院帮扶活动2024.xls"),
             (f_px_received, "县区", PX_ROSTER),        # after the 省人民医院 roster (SHARED)
             (f_px_assessments, "县区", "SYNTHETIC_蒲溪县人民医院派驻人员月考核5-6月.xlsx"),
             (f_px_techniques_ods, "县区", "SYNTHETIC_蒲溪县人民医院新技术2024.ods"),
             (f_sn_trainees, "县区", "SYNTHETIC_石楠县人民医院进修人员2024.xlsx"),
             (f_ql_monthly_gbk, "县区", "SYNTHETIC_青芦县人民医院业务量2024_GBK.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
