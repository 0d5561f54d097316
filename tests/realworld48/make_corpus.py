"""realworld48 corpus generator — SYNTHETIC / 合成数据. A fictional province (昙川省) for 2024 whose programme
reaches an ethnic autonomous prefecture (雪拉藏族自治州), a Mongol autonomous county (敖仁蒙古族自治县) and a
banner (乌苏图旗): hospital names with 自治州 / 自治县 / 旗 and their short forms (敖仁县医院, 乌苏图旗蒙医院,
雪拉州藏医院), people's names transliterated with a middle dot written five ways (· • . ・ and with spaces), long
names, 民族 columns, bilingual titles (Chinese plus a Latin transliteration) and 蒙医 / 藏医 titles. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,敖仁县,乌苏图旗,雪拉州}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
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


# support hospitals
S1, S2, S3, S4 = "昙川省人民医院", "昙川省藏医院", "雪拉藏族自治州人民医院", "昙川省国际蒙医医院"
# recipients
R1, R2, R3, R4, R5 = ("敖仁蒙古族自治县人民医院", "乌苏图旗蒙医医院", "雪拉藏族自治州藏医院", "岗措县人民医院",
                      "乌苏图旗人民医院")
C_AO, C_WU, C_GC = "敖仁蒙古族自治县", "乌苏图旗", "岗措县"
RECIP = {R1: ("二级", "甲等", "综合医院", C_AO), R2: ("二级", "甲等", "民族医医院", C_WU),
         R3: ("二级", "甲等", "民族医医院", C_GC), R4: ("二级", "乙等", "综合医院", C_GC),
         R5: ("二级", "甲等", "综合医院", C_WU)}
COUNTY_CODE = {C_AO: "999411", C_WU: "999421", C_GC: "999431"}

ID = {k: idn(*v) for k, v in {
    # 昙川省人民医院 → 敖仁 / 乌苏图旗
    "abd": ("999411", "19800312", "035"), "ayg": ("999411", "19850706", "046"), "mhm": ("999101", "19781121", "017"),
    "btr": ("999101", "19830215", "053"), "nrg": ("999101", "19900930", "024"),
    # 昙川省藏医院 → 雪拉州藏医院
    "zxd": ("999201", "19760418", "031"), "cml": ("999201", "19880801", "062"), "gsy": ("999201", "19821009", "045"),
    # 国际蒙医医院 → 乌苏图旗蒙医医院
    "wlj": ("999102", "19790605", "018"), "ssr": ("999102", "19870127", "029"), "bym": ("999102", "19911113", "040"),
    # 州人民医院 → 岗措县
    "dzq": ("999301", "19810722", "057"), "yzk": ("999301", "19890310", "068"),
    # trainees
    "tr1": ("999411", "19920402", "072"), "tr2": ("999411", "19930816", "083"), "tr3": ("999411", "19950119", "094"),
    "tr4": ("999421", "19910525", "015"), "tr5": ("999421", "19940903", "026"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "same_person": {}}
spell: dict = {}


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
    e = {"file": file, "row": r, "code": code}
    if e not in truth["findings"]:
        truth["findings"].append(e)


def same_person(who, table, file, sheet, r):
    truth["same_person"].setdefault(who, []).append([table, file, sheet, r])


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def title_of(written):
    """蒙医 / 藏医 titles: kept as written or read as the general title of the same rank — a careful reader
    accepts either (the contract lists only 医师 titles as examples)."""
    general = written.replace("蒙医", "医").replace("藏医", "医")
    return written if general == written else {"one_of": [written, general]}


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title_of(title), title_rank=rank, staff_category=cat, start_date=start,
                end_date=end)


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


def write_csv(path: Path, rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue()
    path.write_bytes((("\ufeff" + data) if encoding == "utf-8-sig" else data).encode(
        "utf-8" if encoding == "utf-8-sig" else encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The province's 附件1: full official names with 自治州 / 自治县 / 旗, a bilingual title, the period in the
    title (2024—2026年), one pairing with its own 支援期限."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：昙川省城乡医院对口支援关系一览表（2024—2026年） Tanchuan Province counterpart support "
               f"pairings  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区、旗）", "协议签订日期", "支援期限"])
    pairs = [(S1, R1, dt.date(2023, 12, 12), None), (S1, R5, dt.date(2023, 12, 12), None),
             (S4, R2, dt.date(2023, 12, 18), None), (S2, R3, dt.date(2024, 1, 9), "2024-3-1~2027-2-28"),
             (S3, R4, dt.date(2023, 12, 26), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、地名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省人民医院 roster (xlsx): bilingual title, a 民族 column, names with · and ASCII ".", a long name with two
    dots, recipients written short (敖仁县医院, 乌苏图旗医院), one ID with a wrong check digit, one person
    without an ID number, real date cells."""
    fn, sh = path.name, "花名册 Huamingce"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"昙川省人民医院2024年对口支援派驻人员花名册 Tanchuan Sheng Renmin Yiyuan paizhu renyuan huamingce（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "民族", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"])
    wrong = ID["mhm"][:17] + ("0" if ID["mhm"][17] != "0" else "1")
    people = [
        ("abd", "阿卜杜拉·买买提", "男", "维吾尔族", None, "普外科", "主治医师", "敖仁县医院", (2024, 3, 4), (2024, 8, 31),
         "医疗", "中级", "主治医师", R1),
        ("ayg", "阿依古丽·艾合买提江·吐尔逊", "女", "维吾尔族", None, "妇产科", "副主任医师", "敖仁县医院", (2024, 3, 4),
         (2024, 8, 31), "医疗", "副高级", "副主任医师", R1),
        ("mhm", "穆罕默德.阿不都热合曼", "男", "回族", wrong, "心血管内科", "主任医师", "乌苏图旗医院", (2024, 4, 1),
         (2024, 9, 30), "医疗", "正高级", "主任医师", R5),
        (None, "艾克拜尔·吐尔逊", "男", "哈萨克族", None, "麻醉科", "主治医师", "敖仁县医院", (2024, 3, 4), (2024, 8, 31),
         "医疗", "中级", "主治医师", R1),
        ("btr", "巴特尔·额尔敦毕力格", "男", "蒙古族", None, "骨科", "副主任医师", "乌苏图旗医院", (2024, 4, 1),
         (2024, 9, 30), "医疗", "副高级", "副主任医师", R5),
        ("nrg", "娜仁格日勒", "女", "蒙古族", None, "护理部", "主管护师", "乌苏图旗医院", (2024, 7, 1), (2024, 12, 31),
         "护理", "中级", "主管护师", R5),
    ]
    for i, (key, name, sex, nation, sp, dept, title, rec_w, s, e, cat, rank, t_norm, rec) in enumerate(people, 1):
        ws.append([i, name, sex, nation, use_id(key, sp) if key else None, dept, title, rec_w, dt.date(*s),
                   dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 5).number_format = "@"
        ws.cell(r, 9).number_format = ws.cell(r, 10).number_format = "yyyy-mm-dd"
        tid = sp if sp else (ID[key] if key else None)
        row("deployments", fn, sh, r, dep(dept, t_norm, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["department"], id_number=tid)
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
            same_person("艾克拜尔·吐尔逊", "deployments", fn, sh, r)
    ws.append(["合计", "6人"])
    ws.append([f"制表：医务部    {SYN}"])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """省藏医院 (xls, xlwt): the recipient as 雪拉州藏医院 in the title only, Tibetan names with • and with spaces
    around ·, 藏医 titles (副主任藏医师, 主治藏医师), a 15-digit ID, one person without an ID number, 派驻时间 as
    one text "2024.3.1-2024.8.31"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"昙川省藏医院派驻雪拉州藏医院人员名单 Paizhu Xuela Zhou Zangyiyuan（{SYN}）")
    hdr = ["序号", "姓名", "民族", "身份证号码", "科室", "职称", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    g = ID["gsy"]
    fifteen = g[:6] + g[8:14] + g[14:17]
    people = [("zxd", "扎西•顿珠", None, "藏医内科", "副主任藏医师", "副高级", "2024.3.1-2024.8.31",
               d(2024, 3, 1), d(2024, 8, 31)),
              ("cml", "次仁 · 卓玛", None, "藏医外治科", "主治藏医师", "中级", "2024.3.1-2024.8.31",
               d(2024, 3, 1), d(2024, 8, 31)),
              ("gsy", "格桑•央金", fifteen, "藏药制剂室", "主管药师", "中级", "2024.9.1-2025.2.28",
               d(2024, 9, 1), d(2025, 2, 28)),
              (None, "旦增·格列", None, "藏医内科", "主治藏医师", "中级", "2024.9.1-2025.2.28",
               d(2024, 9, 1), d(2025, 2, 28))]
    for i, (key, name, sp, dept, title, rank, period, s, e) in enumerate(people, 1):
        r0 = 1 + i
        vals = [i, name, "藏族", use_id(key, sp) if key else "", dept, title, period]
        for j, v in enumerate(vals):
            ws.write(r0, j, v)
        cat = "药学" if "药" in title else "医疗"
        row("deployments", fn, sh, r0 + 1, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": R3}, ["department", "start_date"],
            id_number=ID[key] if key else None)
        if sp:
            finding(fn, r0 + 1, "ID_15_DIGIT")
        if key is None:
            finding(fn, r0 + 1, "NAME_ONLY")
    ws.write(2 + len(people), 0, "填表人：人事科")
    wb.save(str(path))


def f_s4_roster_ods(path: Path):
    """国际蒙医医院 (ods): bilingual sheet title with a Mongolian transliteration, recipient written short
    (乌苏图旗蒙医院), names with the katakana middle dot ・ and with no separator, 蒙医 titles, 民族 column."""
    fn, sh = path.name, "派驻 Paizhu"
    rows = [[f"昙川省国际蒙医医院派驻人员名册 Olon Ulsyn Mongol Emnelge — paizhu renyuan（{SYN}）"],
            ["填报单位：昙川省国际蒙医医院"],
            ["序号", "姓名", "民族", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"]]
    people = [("wlj", "乌力吉・巴图", "蒙古族", "蒙医骨伤科", "主任蒙医师", "正高级", (2024, 5, 6), (2024, 11, 5)),
              ("ssr", "苏布道・斯琴", "蒙古族", "蒙医心身医学科", "主治蒙医师", "中级", (2024, 5, 6), (2024, 11, 5)),
              ("bym", "包玉梅", "蒙古族", "蒙医护理部", "护师", "初级", (2024, 6, 3), (2024, 12, 2))]
    for i, (key, name, nation, dept, title, rank, s, e) in enumerate(people, 1):
        rows.append([i, name, nation, use_id(key), dept, title, "乌苏图旗蒙医院", dt.date(*s), dt.date(*e)])
        cat = "护理" if "护" in title else "医疗"
        row("deployments", fn, sh, len(rows), dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": S4, "recipient_hospital_id": R2}, ["department"], id_number=ID[key])
    rows.append([f"备注：{SYN}"])
    ods_doc(path, {sh: rows})


def f_county_csv(path: Path):
    """省卫健委 clerk: county inpatient flow in GBK, the counties named with 自治县 / 旗."""
    fn = path.name
    rows = [[f"2024年各县（旗）县域住院流向（{SYN}）", "", "", "", ""],
            ["县（市、旗）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"]]
    for county, a, b in ((C_AO, 21480, 4120), (C_WU, 16355, 3871), (C_GC, 9822, 2975)):
        rows.append([county, COUNTY_CODE[county], 2024, a, b])
        row("county_inpatient_stats", fn, None, len(rows),
            dict(county_code=COUNTY_CODE[county], year=2024, resident_admissions=a,
                 resident_admissions_outside_county=b), {}, ["county_code"])
    rows.append(["注：数据虚构。", "", "", "", ""])
    write_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- 敖仁县
def f_r1_trainees_csv(path: Path):
    """敖仁蒙古族自治县人民医院 (CSV UTF-8 BOM): 填报单位 line, 民族 column, names with • and ".", dates typed
    "2024年3月1日", fees "3000", "约3000元" (→ empty + finding), "免"; 是否结业 是/否."""
    fn = path.name
    rows = [[f"填报单位：{R1}（{SYN}）", "", "", "", "", "", "", "", ""],
            ["2024年度外出进修人员登记 Aoren Monggol Zizhixian — jinxiu renyuan", "", "", "", "", "", "", "", ""],
            ["姓名", "民族", "身份证号", "科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"]]
    people = [("tr1", "热依拉•阿布都克力木", "维吾尔族", "内科", "2024年3月1日", "2024年8月31日", "3000", "是",
               d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
              ("tr2", "哈斯.其其格", "蒙古族", "儿科", "2024年3月1日", "2024年8月31日", "约3000元", "是",
               d(2024, 3, 1), d(2024, 8, 31), None, True),
              ("tr3", "那日苏", "蒙古族", "检验科", "2024年9月1日", "2024年12月31日", "免", "否",
               d(2024, 9, 1), d(2024, 12, 31), 0.0, False)]
    for key, name, nation, dept, s, e, fee, done, sd, ed, feev, donev in people:
        rows.append([name, nation, use_id(key), dept, S1, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["department"], id_number=ID[key])
        if feev is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["合计：3人", "", "", "", "", "", "", "", ""])
    write_csv(path, rows, "utf-8-sig")


def f_r1_monthly_xlsx(path: Path):
    """敖仁县医院 monthly workload (xlsx): the hospital by its full name in a bilingual title, the sheet named
    in Latin letters only."""
    fn, sh = path.name, "Aoren 2024"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R1}2024年1—6月业务量统计 Aoren Monggol Zizhixian Renmin Yiyuan yewuliang（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "备注"])
    for m in range(1, 7):
        v = [9800 + 150 * m, 640 + 11 * m, 131 + 3 * m, 29 - m]
        ws.append([f"{m}月", *v, None])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)", None])
    wb.save(path)


def f_r1_assessment_xlsx(path: Path):
    """敖仁县医院 monthly assessment (xlsx): people with one score column per month under a title saying 考核;
    the same people as the 省人民医院 roster with the dot written otherwise (• and a spaced ・); the person
    without an ID number as 艾克拜尔.吐尔逊."""
    fn, sh = path.name, "考核 Shalgalt"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"敖仁县医院派驻人员2024年3—5月考核得分 Aoren — Shalgalt（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "民族", "身份证号", "派出单位", "3月", "4月", "5月"])
    people = [("abd", "阿卜杜拉•买买提", "维吾尔族", [95, 96, 94.5]),
              ("ayg", "阿依古丽 ・ 艾合买提江 ・ 吐尔逊", "维吾尔族", [97, 95.5, 96]),
              (None, "艾克拜尔.吐尔逊", "哈萨克族", [92, 93, 91])]
    for i, (key, name, nation, scores) in enumerate(people, 1):
        ws.append([i, name, nation, use_id(key) if key else None, S1, *scores])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for m, sc in zip((3, 4, 5), scores):
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": R1}, ["month"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
            same_person("艾克拜尔·吐尔逊", "staff_monthly_assessments", fn, sh, r)
    ws.append(["考核人：敖仁县医院医务科"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 乌苏图旗
def f_r2_techniques_xlsx(path: Path):
    """乌苏图旗蒙医院 new techniques (xlsx): the recipient short in the title, 蒙医 technique names, 例数 "12例",
    "约20例" (→ empty + finding), 是否填补县域空白 是/否, the support hospital by its full name."""
    fn, sh = path.name, "新技术 Shine arga"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"乌苏图旗蒙医院2024年新技术新项目 Usutu Hoshuu Mongol Emnelge — shine arga（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"])
    items = [("蒙医正骨手法整复术", "蒙医骨伤科", dt.date(2024, 6, 12), "12例", "是", 12, True),
             ("蒙医温针疗法", "蒙医心身医学科", dt.date(2024, 7, 3), "约20例", "否", None, False),
             ("蒙药熏蒸疗法", "蒙医康复科", dt.date(2024, 9, 18), "35", "是", 35, True)]
    for i, (name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, S4])
        r = ws.max_row
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                          cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": R2, "support_hospital_id": S4}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["填报人：医务科", None, None, "2025年1月8日"])
    wb.save(path)


def f_r5_trainees_xls(path: Path):
    """乌苏图旗医院 trainees (xls): the hospital short (乌苏图旗医院) in a bilingual title, long names with ·
    written with spaces, 性别 and 民族 columns, dates as text "2024-04-01"."""
    fn, sh = path.name, "进修 Jinxiu"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"乌苏图旗医院2024年外出进修人员登记表 Usutu Hoshuu Emnelge jinxiu（{SYN}）")
    hdr = ["序号", "姓名", "性别", "民族", "身份证号码", "进修科室", "进修单位", "开始时间", "结束时间", "费用（元）", "结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("tr4", "图尔逊娜依·阿不都许库尔 ", "女", "维吾尔族", "超声科", "2024-04-01", "2024-09-30", 4500, "是",
               4500.0, True),
              ("tr5", "斯琴 · 高娃", "女", "蒙古族", "急诊科", "2024-04-01", "2024-09-30", 4500, "是", 4500.0, True)]
    for i, (key, name, sex, nation, dept, s, e, fee, done, feev, donev) in enumerate(people, 1):
        r0 = 1 + i
        for j, v in enumerate([i, name, sex, nation, use_id(key), dept, S1, s, e, fee, done]):
            ws.write(r0, j, v)
        row("trainees", fn, sh, r0 + 1, dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                              completed=donev),
            {"recipient_hospital_id": R5, "host_hospital_id": S1}, ["department"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_r5_activities_ods(path: Path):
    """乌苏图旗人民医院 activities (ods): the recipient's full name in a 填报单位 line, the support by its full
    name in a column, 参加人数 "约40人" (→ empty + finding), a Latin sheet-name suffix."""
    fn, sh = path.name, "活动 Uil ajillagaa"
    rows = [[f"乌苏图旗人民医院2024年对口帮扶活动登记（{SYN}）"],
            [f"填报单位：{R5}"],
            ["日期", "支援单位", "活动类型", "内容", "参加人数"]]
    acts = [(dt.date(2024, 4, 18), "学术讲座", "高血压基层管理", 36, 36),
            (dt.date(2024, 5, 9), "教学查房", "骨科术后查房", "约40人", None),
            (dt.date(2024, 6, 27), "义诊", "那达慕大会义诊", 120, 120)]
    for day, typ, topic, n, nv in acts:
        rows.append([day, S1, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ,
                                                   participants=nv),
            {"recipient_hospital_id": R5, "support_hospital_id": S1}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 雪拉州
def f_s3_roster_xlsx(path: Path):
    """州人民医院 → 岗措县医院 (xlsx): the support as the full 自治州 name in a 填报单位 line, the recipient short
    (岗措县医院), Tibetan names with ・ and ·, 派驻时间 in one cell "2024年3月1日—2024年8月31日"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雪拉藏族自治州人民医院派驻人员名册 Xuela Zangzu Zizhizhou Renmin Yiyuan（{SYN}）"])
    ws.append([f"填报单位：{S3}"])
    ws.append(["序号", "姓名", "民族", "身份证号", "科室", "职称", "受援单位", "派驻时间"])
    people = [("dzq", "达瓦・泽仁", "藏族", "急诊科", "副主任医师", "副高级", "2024年3月1日—2024年8月31日",
               d(2024, 3, 1), d(2024, 8, 31)),
              ("yzk", "央宗·卡卓", "藏族", "儿科", "主治医师", "中级", "2024年3月1日—2024年8月31日",
               d(2024, 3, 1), d(2024, 8, 31))]
    for i, (key, name, nation, dept, title, rank, period, s, e) in enumerate(people, 1):
        ws.append([i, name, nation, use_id(key), dept, title, "岗措县医院", period])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": S3, "recipient_hospital_id": R4}, ["department"], id_number=ID[key])
    ws.append(["制表人：医务科"])
    wb.save(path)


def f_r4_monthly_csv(path: Path):
    """岗措县人民医院 (CSV GBK): months 7–12 as "2024年7月", 下转接收人次."""
    fn = path.name
    rows = [[f"岗措县人民医院2024年7—12月业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [4300 + 60 * m, 288 + 4 * m, 52 + m, 21 - m, 2 + m % 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R4}, ["month"])
    write_csv(path, rows, "gbk")


def f_r3_activities_xlsx(path: Path):
    """雪拉州藏医院 activities (xlsx): the recipient short in the title (雪拉州藏医院), the support by full name
    in a column, Tibetan-medicine activities, dates as date cells."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雪拉州藏医院2024年帮扶活动登记 Xuela Zhou Zangyiyuan bangfu huodong（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "活动日期", "支援医院", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 21), "教学查房", "藏医内科查房", 18), (dt.date(2024, 4, 25), "疑难病例讨论", "藏医外治病例", 14),
            (dt.date(2024, 7, 16), "技术培训", "藏药浴疗法培训", 42)]
    for i, (day, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, S2, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R3, "support_hospital_id": S2}, ["activity_date"])
    wb.save(path)


def f_r3_assessment_ods(path: Path):
    """雪拉州藏医院 assessments (ods): one sheet per month ("2024年4月", "2024年5月"), the people of the 省藏医院
    list with the dot written otherwise (· with no spaces, ASCII "."), 旦增 without an ID number again."""
    fn = path.name
    sheets = {}
    people = [("zxd", "扎西·顿珠"), ("cml", "次仁.卓玛")]
    for m, scores in ((4, [94, 92.5]), (5, [95, 93])):
        sh = f"2024年{m}月"
        rows = [[f"雪拉藏族自治州藏医院派驻人员月度考核表 Xuela Zhou Zangyiyuan kaohe（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核分数", "抽查(次)", "在岗(次)"]]
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            rows.append([i, name, use_id(key), S2, sc, 4, 4])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=4),
                {"recipient_hospital_id": R3}, ["month"], id_number=ID[key])
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "敖仁县", "乌苏图旗", "雪拉州")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_昙川省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员花名册2024.xlsx"),
             (f_s2_roster_xls, "省直", "SYNTHETIC_省藏医院派驻名单2024.xls"),
             (f_s4_roster_ods, "省直", "SYNTHETIC_国际蒙医医院派驻人员2024.ods"),
             (f_county_csv, "省直", "SYNTHETIC_各县旗县域住院流向2024.csv"),
             (f_r1_trainees_csv, "敖仁县", "SYNTHETIC_敖仁县人民医院进修人员2024.csv"),
             (f_r1_monthly_xlsx, "敖仁县", "SYNTHETIC_敖仁县医院业务量1-6月.xlsx"),
             (f_r1_assessment_xlsx, "敖仁县", "SYNTHETIC_敖仁县医院派驻人员考核3-5月.xlsx"),
             (f_r2_techniques_xlsx, "乌苏图旗", "SYNTHETIC_乌苏图旗蒙医院新技术2024.xlsx"),
             (f_r5_trainees_xls, "乌苏图旗", "SYNTHETIC_乌苏图旗医院进修登记2024.xls"),
             (f_r5_activities_ods, "乌苏图旗", "SYNTHETIC_乌苏图旗人民医院帮扶活动2024.ods"),
             (f_s3_roster_xlsx, "雪拉州", "SYNTHETIC_州人民医院派驻岗措县人员2024.xlsx"),
             (f_r4_monthly_csv, "雪拉州", "SYNTHETIC_岗措县人民医院业务量7-12月.csv"),
             (f_r3_activities_xlsx, "雪拉州", "SYNTHETIC_雪拉州藏医院帮扶活动2024.xlsx"),
             (f_r3_assessment_ods, "雪拉州", "SYNTHETIC_雪拉州藏医院派驻人员考核4-5月.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
