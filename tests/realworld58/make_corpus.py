"""realworld58 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁原省) for 2024: the pairing list in
data/raw/reference/ and fifteen submissions in the encodings and delimiters that e-mail and old software produce
(semicolon CSV from WPS in a European locale, TSV saved as .txt and as .csv, Excel's UTF-16 LE "Unicode text",
GB18030 with rare characters in names, GBK without BOM beside UTF-8 with BOM, CRLF and LF mixed, title and blank
lines before the header, quoted fields with commas and line breaks, a .csv that is really an xlsx). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,栖梧市,苇溪县,砚坪县,蔺川县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
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


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


SP1, SP2, SP3 = "霁原省人民医院", "霁原省中医院", "栖梧市中心医院"
WX, WXTCM, YP, YPMCH, LC = "苇溪县人民医院", "苇溪县中医医院", "砚坪县人民医院", "砚坪县妇幼保健院", "蔺川县人民医院"
RECIP = {WX: ("二级", "甲等", "综合医院", "苇溪县"), WXTCM: ("二级", "乙等", "中医医院", "苇溪县"),
         YP: ("二级", "甲等", "综合医院", "砚坪县"), YPMCH: ("二级", "乙等", "妇幼保健院", "砚坪县"),
         LC: ("二级", "乙等", "综合医院", "蔺川县")}
PAIRS = [(SP1, WX), (SP2, WXTCM), (SP1, YP), (SP3, YPMCH), (SP3, LC)]

ID = {k: idn(*v) for k, v in {
    "zhao": ("990101", "19790312", "031"), "qian": ("990101", "19850624", "042"), "sun": ("990102", "19760915", "013"),
    "zhou": ("990103", "19820108", "054"), "wu": ("990201", "19870419", "025"), "zheng": ("990201", "19900730", "066"),
    "chen": ("990311", "19930211", "037"), "han": ("990311", "19950506", "028"), "yang": ("990321", "19920817", "049"),
    "zhu": ("990321", "19961125", "012"), "qin": ("990331", "19910302", "075"), "xu": ("990331", "19940614", "036"),
    "he": ("990103", "19840927", "018"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": [], "same_person": {}}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def csv_text(rows, delimiter=",", eol="\r\n"):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=eol).writerows(rows)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁原省城乡医院对口支援关系表（2024—2026年）{SYN}"])
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    for i, (s, r) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, dt.date(2024, 1, 10), "2024-01-01至2026-12-31"])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1), "end_date": d(2026, 12, 31),
                                  "agreement_date": d(2024, 1, 10), "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP1, SP2, SP3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_sp1_deploy_semicolon(path: Path):
    """省人民医院: WPS export in a European locale — semicolons, UTF-8 with BOM, CRLF; a title line first; a 备注
    holding a semicolon (quoted); one ID with a wrong check digit, one 15-digit ID; 赵䶮 (a rare character)."""
    fn = path.name
    wrong = ID["qian"][:17] + ("0" if ID["qian"][17] != "0" else "1")
    s = ID["sun"]
    fifteen = s[:6] + s[8:14] + s[14:17]
    rows = [[f"霁原省人民医院2024年派驻人员名单（{SYN}）", "", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期", "备注"]]
    people = [("zhao", "赵䶮", None, "心血管内科", "主任医师", WX, d(2024, 3, 1), d(2024, 8, 31), "组长; 每周查房两次",
               "正高级"),
              ("qian", "钱望舒", wrong, "普外科", "主治医师", WX, d(2024, 3, 1), d(2024, 8, 31), "", "中级"),
              ("sun", "孙既白", fifteen, "麻醉科", "副主任医师", YP, d(2024, 4, 1), d(2024, 9, 30), "", "副高级"),
              ("he", "何知秋", None, "护理部", "主管护师", YP, d(2024, 4, 1), d(2024, 9, 30), "", "中级")]
    for i, (key, name, sp, dept, title, rec, sd, ed, note, rank) in enumerate(people, 1):
        rows.append([str(i), name, use_id(key, sp), dept, title, rec, sd, ed, note])
        r = len(rows)
        cat = "护理" if "护" in title else "医疗"
        row("deployments", fn, None, r, dep(dept, title, rank, cat, sd, ed),
            {"support_hospital_id": SP1, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=sp if sp == wrong else ID[key])
        if sp == wrong:
            finding(fn, None, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, None, r, "ID_15_DIGIT")
    path.write_bytes(("\ufeff" + csv_text(rows, ";")).encode("utf-8"))


def f_sp2_deploy_utf16(path: Path):
    """省中医院: Excel "Unicode text" (UTF-16 LE with BOM, tabs, CRLF) saved as .txt; 周𠈌 (a character beyond the
    BMP); a title line; a quoted field with an embedded tab-free comma."""
    fn = path.name
    rows = [[f"霁原省中医院派驻苇溪县中医医院人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"]]
    people = [("zhou", "周𠈌", "针灸科", "主治中医师", "中级", d(2024, 5, 6), d(2024, 11, 5)),
              ("wu", "吴清砚", "脾胃病科", "副主任中医师", "副高级", d(2024, 5, 6), d(2024, 11, 5))]
    for key, name, dept, title, rank, sd, ed in people:
        rows.append([name, use_id(key), dept, title, WXTCM, sd.replace("-", "/"), ed.replace("-", "/")])
        row("deployments", fn, None, len(rows), dep(dept, title, rank, "医疗", sd, ed),
            {"support_hospital_id": SP2, "recipient_hospital_id": WXTCM}, ["start_date"], id_number=ID[key])
    path.write_bytes(b"\xff\xfe" + csv_text(rows, "\t").encode("utf-16-le"))


def f_county_csv(path: Path):
    """省卫健委 clerk: UTF-8 with BOM, LF; a title line and two blank lines before the header; quoted numbers with
    thousands commas ("38,120")."""
    fn = path.name
    lines = [[f"霁原省2024年县域住院流向统计（{SYN}）"], [], [],
             ["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"]]
    for county, code, tot, out in (("苇溪县", "999101", 38120, 6904), ("砚坪县", "999102", 27730, 5018),
                                   ("蔺川县", "999103", 19844, 4410)):
        lines.append([county, code, "2024", f"{tot:,}", f"{out:,}"])
        row("county_inpatient_stats", fn, None, len(lines), dict(county_code=code, year=2024, resident_admissions=tot,
                                                                   resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    path.write_bytes(("\ufeff" + csv_text(lines, ",", "\n")).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 栖梧市
def f_sp3_deploy_fake_csv(path: Path):
    """市中心医院: an .xlsx workbook saved with a .csv name (the mail client renamed it); 郑㛃 (a rare character)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖梧市中心医院2024年派驻人员（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻起始", "派驻截止"])
    people = [("zheng", "郑㛃", "儿科", "主治医师", "中级", LC, dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
              ("chen", "陈砚秋", "妇产科", "副主任医师", "副高级", YPMCH, dt.date(2024, 6, 3), dt.date(2024, 12, 2))]
    for i, (key, name, dept, title, rank, rec, sd, ed) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, sd, ed])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", sd.isoformat(), ed.isoformat()),
            {"support_hospital_id": SP3, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    wb.save(path)


def ods_doc(path, sheets):
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


def f_sp3_activities_ods(path: Path):
    """市中心医院 activities at 砚坪县妇幼保健院 (.ods)."""
    fn, sh = path.name, "活动"
    rows = [[f"栖梧市中心医院对口帮扶活动记录（{SYN}）"],
            ["日期", "受援单位", "活动形式", "主题", "参加人数"]]
    for day, typ, topic, n in (("2024-07-10", "学术讲座", "产后出血的早期识别", 35),
                               ("2024-08-22", "教学查房", "妊娠期高血压查房", 18)):
        rows.append([day, YPMCH, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": YPMCH, "support_hospital_id": SP3}, ["activity_date", "activity_type"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 苇溪县
def f_wx_trainees_gb18030(path: Path):
    """苇溪县人民医院: GB18030 (陈𠈌 needs its four-byte form), LF; a title and two blank lines before the header;
    a quoted 备注 with a comma and a line break; 林㛃 without an ID number."""
    fn = path.name
    lines = [[f"苇溪县人民医院2024年进修人员（{SYN}）"], [], [],
             ["姓名", "身份证号", "科室", "进修医院", "进修开始", "进修结束", "进修费用（元）", "是否结业", "备注"]]
    people = [("han", "陈𠈌", "内科", d(2024, 3, 4), d(2024, 8, 30), 3000, "是", "已结业,成绩优秀\n推荐留用", True),
              (None, "林㛃", "急诊科", d(2024, 9, 2), d(2024, 12, 31), 0, "否", "", False),
              ("yang", "韩疏桐", "放射科", d(2024, 4, 1), d(2024, 9, 30), 2500, "是", "", True)]
    for key, name, dept, sd, ed, fee, done, note, donev in people:
        lines.append([name, use_id(key) if key else "", dept, SP1, sd, ed, str(fee), done, note])
        r = len(lines)
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                           completed=donev),
            {"recipient_hospital_id": WX, "host_hospital_id": SP1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, None, r, "NAME_ONLY")
    path.write_bytes(csv_text(lines, ",", "\n").encode("gb18030"))


def f_wx_techniques_gbk(path: Path):
    """苇溪县人民医院: GBK without BOM, CRLF, comma; a technique name with a comma (quoted) and a 备注 with a line
    break; 例数 "约20例" (→ empty + finding)."""
    fn = path.name
    lines = [[f"苇溪县人民医院2024年新技术新项目（{SYN}）", "", "", "", "", "", ""],
             ["项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援医院", "备注"]]
    items = [("经皮穿刺,置管引流术", "普外科", "2024-04-15", "12", "是", "首例于4月15日完成\n由省医专家指导", 12, True),
             ("无痛胃肠镜", "消化内科", "2024-06-03", "约20例", "否", "", None, False)]
    for name, dept, day, cases, gap, note, casesv, gapv in items:
        lines.append([name, dept, day, cases, gap, SP1, note])
        r = len(lines)
        row("techniques", fn, None, r, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                             fills_county_gap=gapv),
            {"recipient_hospital_id": WX, "support_hospital_id": SP1}, ["name"])
        if casesv is None:
            finding(fn, None, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(csv_text(lines).encode("gbk"))


def f_wx_monthly_semicolon_gbk(path: Path):
    """苇溪县人民医院 monthly figures: WPS European locale — semicolons, GBK without BOM, CRLF."""
    fn = path.name
    lines = [[f"苇溪县人民医院2024年1—4月业务量（{SYN}）", "", "", "", ""],
             ["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"]]
    for m in range(1, 5):
        v = [15200 + 210 * m, 1120 + 17 * m, 260 + 5 * m, 40 - 2 * m]
        lines.append([f"2024年{m}月", *map(str, v)])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": WX}, ["month"])
    path.write_bytes(csv_text(lines, ";").encode("gbk"))


def f_wx_assessments_xlsx(path: Path):
    """苇溪县人民医院 assessments of 省人民医院's staff, by ID number: 赵䶮 and 钱望舒 (here with the right ID)."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇溪县人民医院派驻人员月度考核（{SYN}）"])
    ws.append(["姓名", "身份证号", "派出单位", "考核年月", "考核分数", "抽查次数", "在岗次数"])
    for key, name, m, sc, present in (("zhao", "赵䶮", 4, 95, 4), ("zhao", "赵䶮", 5, 96.5, 4),
                                      ("qian", "钱望舒", 4, 90, 3)):
        ws.append([name, use_id(key), SP1, f"2024年{m}月", sc, 4, present])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": WX}, ["month"], id_number=ID[key])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 砚坪县
def f_yp_trainees_tsv_txt(path: Path):
    """砚坪县人民医院: TSV saved as .txt, GBK without BOM, CRLF and LF mixed (lines edited in two editors)."""
    fn = path.name
    lines = [["姓名", "身份证号码", "进修科室", "进修医院", "开始日期", "结束日期", "费用", "结业"]]
    people = [("zhu", "朱晚晴", "骨科", d(2024, 3, 1), d(2024, 8, 31), 3000, "是", True),
              ("qin", "秦照川", "儿科", d(2024, 9, 1), d(2025, 2, 28), 0, "否", False)]
    for key, name, dept, sd, ed, fee, done, donev in people:
        lines.append([name, use_id(key), dept, SP1, sd, ed, str(fee), done])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                                    completed=donev),
            {"recipient_hospital_id": YP, "host_hospital_id": SP1}, ["start_date"], id_number=ID[key])
    lines.append([f"填报：科教科 {SYN}"])
    text = "".join("\t".join(x) + ("\r\n" if i % 2 == 0 else "\n") for i, x in enumerate(lines))
    path.write_bytes(text.encode("gbk"))


def f_yp_techniques_xls(path: Path):
    """砚坪县人民医院 techniques, an old .xls."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"砚坪县人民医院2024年新技术（{SYN}）")
    for j, h in enumerate(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"]):
        ws.write(1, j, h)
    for i, (name, dept, day, cases, gap) in enumerate((("椎管内分娩镇痛", "麻醉科", "2024-05-20", 30, "是"),
                                                       ("床旁超声引导穿刺", "重症医学科", "2024-07-08", 9, "否")), 1):
        for j, v in enumerate([i, name, dept, day, cases, gap, SP1]):
            ws.write(1 + i, j, v)
        row("techniques", fn, sh, 2 + i, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                               fills_county_gap=gap == "是"),
            {"recipient_hospital_id": YP, "support_hospital_id": SP1}, ["name"])
    wb.save(str(path))


def f_yp_assessments_ods(path: Path):
    """砚坪县人民医院: assessments by name only (no ID column) in two month sheets — 孙既白 and 何知秋 must be one
    person each across the sheets."""
    fn = path.name
    sheets = {}
    for m, scores in ((5, (93, 91)), (6, (94, 92.5))):
        sh = f"{m}月"
        rows = [[f"砚坪县人民医院2024年{m}月派驻人员考核（{SYN}）"],
                ["姓名", "派出单位", "考核分数", "抽查次数", "在岗次数"]]
        for name, sc in zip(("孙既白", "何知秋"), scores):
            rows.append([name, SP1, sc, 4, 4])
            r = len(rows)
            row("staff_monthly_assessments", fn, sh, r,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=4),
                {"recipient_hospital_id": YP}, ["month"])
            finding(fn, sh, r, "NAME_ONLY")
            truth["same_person"].setdefault(name, []).append(["staff_monthly_assessments", fn, sh, r])
        sheets[sh] = rows
    ods_doc(path, sheets)


# ------------------------------------------------------------------------------------------- 蔺川县
def f_lc_trainees_tsv_csv(path: Path):
    """蔺川县人民医院: tab-delimited text saved with a .csv name, UTF-8 with BOM, LF."""
    fn = path.name
    lines = [["姓名", "身份证号", "科室", "进修医院", "进修开始", "进修结束", "进修费用", "是否结业"],
             ["许怀瑾", use_id("xu"), "检验科", SP3, d(2024, 4, 1), d(2024, 6, 30), "1500", "是"]]
    row("trainees", fn, None, 2, dict(department="检验科", start_date=d(2024, 4, 1), end_date=d(2024, 6, 30),
                                       fee_charged=1500.0, completed=True),
        {"recipient_hospital_id": LC, "host_hospital_id": SP3}, ["start_date"], id_number=ID["xu"])
    lines.append([f"注：{SYN}"])
    path.write_bytes(("\ufeff" + csv_text(lines, "\t", "\n")).encode("utf-8"))


def f_lc_monthly_xls(path: Path):
    """蔺川县人民医院 monthly figures, .xls."""
    fn, sh = path.name, "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"蔺川县人民医院2024年7—9月业务量（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for i, m in enumerate(range(7, 10)):
        v = [8100 + 95 * m, 602 + 6 * m, 98 + m, 21 - m // 2]
        for j, x in enumerate([f"2024年{m}月", *v]):
            ws.write(2 + i, j, x)
        row("hospital_monthly_stats", fn, sh, 3 + i,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LC}, ["month"])
    wb.save(str(path))


def f_lc_activities_csv(path: Path):
    """栖梧市中心医院 at 蔺川县人民医院: UTF-8 with BOM, CRLF, comma; topics with commas and a line break (quoted);
    参加人数 "约40人" (→ empty + finding)."""
    fn = path.name
    lines = [["活动日期", "支援医院", "受援医院", "活动形式", "主题", "参加人数"]]
    for day, typ, topic, n, nv in (("2024-05-08", "技术培训", "心肺复苏,气道管理培训", "30", 30),
                                   ("2024-06-12", "学术讲座", "慢病管理\n（高血压、糖尿病）", "约40人", None),
                                   ("2024-08-15", "义诊", "慢病义诊", "80", 80)):
        lines.append([day, SP3, LC, typ, topic, n])
        r = len(lines)
        row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": LC, "support_hospital_id": SP3}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, None, r, "UNPARSEABLE_OPTIONAL")
    lines.append([f"注：{SYN}"])
    path.write_bytes(("\ufeff" + csv_text(lines)).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "栖梧市", "苇溪县", "砚坪县", "蔺川县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁原省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_sp1_deploy_semicolon, "省直", "SYNTHETIC_省人民医院派驻人员2024(WPS导出).csv"),
             (f_sp2_deploy_utf16, "省直", "SYNTHETIC_省中医院派驻人员(Unicode文本).txt"),
             (f_county_csv, "省直", "SYNTHETIC_县域住院流向2024.csv"),
             (f_sp3_deploy_fake_csv, "栖梧市", "SYNTHETIC_市中心医院派驻人员2024.csv"),
             (f_sp3_activities_ods, "栖梧市", "SYNTHETIC_市中心医院帮扶活动（砚坪妇幼）.ods"),
             (f_wx_trainees_gb18030, "苇溪县", "SYNTHETIC_苇溪县人民医院进修人员2024.csv"),
             (f_wx_techniques_gbk, "苇溪县", "SYNTHETIC_苇溪县人民医院新技术2024.csv"),
             (f_wx_monthly_semicolon_gbk, "苇溪县", "SYNTHETIC_苇溪县人民医院业务量1-4月.csv"),
             (f_wx_assessments_xlsx, "苇溪县", "SYNTHETIC_苇溪县人民医院派驻人员考核.xlsx"),
             (f_yp_trainees_tsv_txt, "砚坪县", "SYNTHETIC_砚坪县人民医院进修人员.txt"),
             (f_yp_techniques_xls, "砚坪县", "SYNTHETIC_砚坪县人民医院新技术.xls"),
             (f_yp_assessments_ods, "砚坪县", "SYNTHETIC_砚坪县人民医院派驻人员考核5-6月.ods"),
             (f_lc_trainees_tsv_csv, "蔺川县", "SYNTHETIC_蔺川县人民医院进修人员(制表符).csv"),
             (f_lc_monthly_xls, "蔺川县", "SYNTHETIC_蔺川县人民医院业务量7-9月.xls"),
             (f_lc_activities_csv, "蔺川县", "SYNTHETIC_蔺川县人民医院帮扶活动.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
