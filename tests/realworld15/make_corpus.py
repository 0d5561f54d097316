"""realworld15 corpus generator — SYNTHETIC / 合成数据. A fictional province (璟溪省) for 2024: the pairing list in
data/raw/reference/ and twelve submissions as a province's data manager receives them (one folder per city,
省直 for the provincial hospitals), written the way different clerks would. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,棠州市,桐岭市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong, 15-digit and number-stored spellings are spellings of valid ones).
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, TZ1 = "璟溪省人民医院", "璟溪省中医院", "棠州市第一人民医院"
ZT, ZTTCM, MG, MGMCH, YB = "柘塘县人民医院", "柘塘县中医医院", "鸣皋县人民医院", "鸣皋县妇幼保健院", "云坂县人民医院"
RECIP = {ZT: ("二级", "甲等", "综合医院", "柘塘县"), ZTTCM: ("二级", "乙等", "中医医院", "柘塘县"),
         MG: ("二级", "甲等", "综合医院", "鸣皋县"), MGMCH: ("二级", None, "妇幼保健院", "鸣皋县"),
         YB: ("二级", "乙等", "综合医院", "云坂县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990201", "19720315", "031"), "tao": ("990201", "19880611", "042"), "he": ("990202", "19800920", "015"),
    "jiang": ("990201", "19780405", "036"), "shen": ("990203", "19750801", "024"),
    "zheng": ("990101", "19890214", "051"), "feng": ("990101", "19910718", "062"), "kong": ("990102", "19801103", "017"),
    "luo": ("990211", "19920506", "083"), "bai": ("990211", "19941012", "028"),
    "du": ("990221", "19900327", "044"), "qin": ("990221", "19930809", "065"), "shao": ("990222", "19951201", "016"),
    "wei": ("990301", "19860716", "072"), "ouyang": ("990301", "19820423", "047"), "cen": ("990302", "19870930", "038"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {}


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


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """支援医院 first, 级别 and 等次 in two columns, 协议签订日期 typed as text "2023年12月8日", 支援期限 as
    "2024-3-1~2027-2-28" for one pairing and blank (→ the title's 2024—2026年) for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：璟溪省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(P1, ZT, "2023年12月8日", dt.date(2023, 12, 8), None),
             (PTCM, ZTTCM, "2023年12月8日", dt.date(2023, 12, 8), None),
             (P1, MG, "2024年1月16日", dt.date(2024, 1, 16), "2024-3-1~2027-2-28"),
             (TZ1, MGMCH, "2023年12月20日", dt.date(2023, 12, 20), None),
             (TZ1, YB, "2023年12月20日", dt.date(2023, 12, 20), None)]
    for i, (s, r, agt, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, agt, per])
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, TZ1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院: sorted by department (科室 merged down its group), blank separator columns, 派驻时间 as
    "2024-3-5~2024-9-4" / "2024-4-1~至今", titles "主任医师 教授" / "副主任医师(副高)", one ID with a wrong check
    digit, one 15-digit ID, a hidden row (作废), a hidden old draft sheet, sheet protection, 合计 and 制表 rows."""
    fn, sh = path.name, "派驻花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"璟溪省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "科室", None, "姓名", "身份证号", "职称", None, "派驻单位", "派驻时间", "备注"])
    wrong = ID["tao"][:17] + ("0" if ID["tao"][17] != "0" else "1")
    j = ID["jiang"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    people = [  # key, name, id text, dept, title as written, recipient, period, fields, truth id
        ("xu", "许知行", None, "心血管内科", "主任医师 教授", ZT, "2024-3-5~2024-9-4",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 5), d(2024, 9, 4)), ID["xu"]),
        ("tao", "陶宛清", wrong, "心血管内科", "主治医师", ZT, "2024-3-5~2024-9-4",
         dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 3, 5), d(2024, 9, 4)), wrong),
        ("he", "贺明远", None, "普外科", "副主任医师(副高)", MG, "2024-4-1~至今",
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), None), ID["he"]),
        ("jiang", "江晚舟", fifteen, "麻醉科", "主治医师", MG, "2024-7-1~2024-12-31",
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), ID["jiang"]),
        ("shen", "沈如意", None, "护理部", "副主任护师", ZT, "2024-3-5~2024-9-4",
         dep("护理部", "副主任护师", "副高级", "护理", d(2024, 3, 5), d(2024, 9, 4)), ID["shen"]),
    ]
    first_row = {}
    for i, (key, name, sp, dept, title, rec, period, f, tid) in enumerate(people, 1):
        ws.append([i, dept if dept not in first_row else None, None, name, use_id(key, sp), title, None, rec, period,
                   None])
        ws.cell(ws.max_row, 5).number_format = "@"
        first_row.setdefault(dept, ws.max_row)
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, ws.max_row, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, ws.max_row, "ID_15_DIGIT")
        if key == "he":  # a hidden row: a line the clerk struck out (作废) and hid — not data
            ws.append([None, None, None, "贺明远", None, "副主任医师", None, YB, "2024-1-2~2024-3-31", "作废"])
            ws.row_dimensions[ws.max_row].hidden = True
    ws.merge_cells(start_row=first_row["心血管内科"], end_row=first_row["心血管内科"] + 1, start_column=2, end_column=2)
    ws.append(["合计", None, None, "5人"])
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月6日"])
    ws.column_dimensions["C"].width = 2
    ws.column_dimensions["G"].width = 2
    ws.protection.sheet = True
    draft = wb.create_sheet("草稿（旧）")
    draft.append(["序号", "科室", "姓名", "职称", "派驻单位", "派驻时间"])
    draft.append([1, "心血管内科", "许知行", "主任医师", YB, "2024-1-2~2024-6-30"])
    draft.append([2, "骨科", "邹远山", "主治医师", ZT, "2024-2-1~2024-7-31"])
    draft.sheet_state = "hidden"
    wb.save(path)


def f_ptcm_word_paste(path: Path):
    """省中医院: a Word table pasted into Excel: the recipient only in the title, and written short
    (柘塘县中医院); one cell holding two people separated by a line break (names and ID numbers alike);
    派驻时间 "2024年3月5日——9月4日" and "2024年9月上旬——2025年3月4日"; cells wrapped."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"璟溪省中医院派驻柘塘县中医院医务人员名单\n（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "姓  名", "身份证号", "科室", "职称", "派驻时间"])
    ws.append([1, "郑书远\n冯若宁", use_id("zheng") + "\n" + use_id("feng"), "针灸科", "主治中医师",
               "2024年3月5日——9月4日"])
    for key in ("zheng", "feng"):
        row("deployments", fn, sh, 3, dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 5), d(2024, 9, 4)),
            {"support_hospital_id": PTCM, "recipient_hospital_id": ZTTCM}, ["start_date"], id_number=ID[key])
    ws.append([2, "孔令仪", use_id("kong"), "脾胃病科", "副主任中医师", "2024年9月上旬——2025年3月4日"])
    row("deployments", fn, sh, 4, dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 9, 1), d(2025, 3, 4)),
        {"support_hospital_id": PTCM, "recipient_hospital_id": ZTTCM}, ["start_date"], id_number=ID["kong"])
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


def f_county_two_years(path: Path):
    """省卫健委 clerk: two years side by side (2023年 | 2024年 merged over the two counts), locked cells."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向（2023、2024年）{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["县（市、区）", "行政区划代码", "2023年", None, "2024年", None])
    ws.append([None, None, "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内常住居民住院总人次",
               "其中：县域外住院人次"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:F2")
    for county, code, a, b, c, e in (("柘塘县", "999201", 38120, 6904, 39455, 6211),
                                     ("鸣皋县", "999202", 27730, 5018, 28102, 4760),
                                     ("云坂县", "999301", 19844, 4410, 20317, 4102)):
        ws.append([county, code, a, b, c, e])
        r = ws.max_row
        for y, tot, out in ((2023, a, b), (2024, c, e)):
            row("county_inpatient_stats", fn, sh, r, dict(county_code=code, year=y, resident_admissions=tot,
                                                          resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    ws.protection.sheet = True
    ws.protection.password = "1234"
    wb.save(path)


# ------------------------------------------------------------------------------------------- 棠州市
def f_zt_trainees_csv(path: Path):
    """柘塘县人民医院: CSV UTF-8 with BOM, two comment lines, the header in row 3, a trailing empty column;
    进修时间 "2024年3月5日——9月4日" and "2024-3-5~2024-9-4"; fees "¥3,000.00元", "叁仟元", "免";
    是否结业 "否（在修）"; one trainee without an ID number."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：柘塘县人民医院（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["2024年度赴支援医院进修人员情况", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "进修时间", "进修费用", "是否结业", ""])
    people = [("luo", "罗青岚", "内科", "2024年3月5日——9月4日", "¥3,000.00元", "是", d(2024, 3, 5), d(2024, 9, 4),
               3000.0, True),
              ("bai", "白露凝", "急诊科", "2024-3-5~2024-9-4", "叁仟元", "是", d(2024, 3, 5), d(2024, 9, 4), 3000.0, True),
              (None, "钟子墨", "放射科", "2024年9月1日——12月31日", "免", "否（在修）", d(2024, 9, 1), d(2024, 12, 31),
               0.0, False)]
    r = 3
    for key, name, dept, period, fee, done, sd, ed, feev, donev in people:
        w.writerow([name, use_id(key) if key else "", dept, P1, period, fee, done, ""])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": ZT, "host_hospital_id": P1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    w.writerow(["合计：3人", "", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_mg_trainees_xls(path: Path):
    """鸣皋县人民医院, saved by an old Kingsoft: 'Sheet1' (上半年) and its copy 'Sheet1 (2)' reused for 下半年
    (different people); 开始/结束 typed as numbers 2024.3 / 2024.8 (month only), one start an Excel serial
    stored as text ("45536"); 费用(千元) (the unit in the header only); 结业 是/否."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    hdr = ["序号", "姓名", "性别", "身份证号码", "进修科室", "进修医院", "开始时间", "结束时间", "费用(千元)", "结业"]
    halves = {"Sheet1": ("上半年", [("du", "杜若川", "男", "骨科", 2024.3, 2024.8, 3, "是", d(2024, 3, 1), d(2024, 8, 31),
                                    3000.0, True),
                                   ("qin", "秦雨桐", "女", "儿科", 2024.3, 2024.8, 2.5, "是", d(2024, 3, 1),
                                    d(2024, 8, 31), 2500.0, True)]),
              "Sheet1 (2)": ("下半年", [("shao", "邵安歌", "女", "妇产科", "45536", 2025.2, 0, "否", d(2024, 9, 1),
                                        d(2025, 2, 28), 0.0, False)])}
    for sh, (half, people) in halves.items():
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"鸣皋县人民医院2024年{half}外出进修人员登记表（{SYN}）")
        for j, h in enumerate(hdr):
            ws.write(1, j, h)
        for i, (key, name, sex, dept, s, e, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
            r = 1 + i
            for j, v in enumerate([i, name, sex, use_id(key), dept, P1, s, e, fee, done]):
                ws.write(r, j, v)
            row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                 completed=donev),
                {"recipient_hospital_id": MG, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
        ws.write(2 + len(people), 0, "填表人：科教科")
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


def f_mg_techniques_ods(path: Path):
    """鸣皋县人民医院 (.ods): dates "2024年3月上旬", "3月底", "二〇二四年五月"; two techniques in March;
    例数 "8例", "126", "约20例"; 填补空白 "是（填补县域空白）" / "否"; a 帮扶单位 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"鸣皋县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"]]
    items = [("经皮冠状动脉介入治疗", "心内科", "2024年3月上旬", "8例", "是（填补县域空白）", d(2024, 3, 1), 8, True),
             ("动态心电图远程判读", "心内科", "3月底", "126", "否", d(2024, 3, 31), 126, False),
             ("腹腔镜阑尾切除术", "普外科", "二〇二四年五月", "约20例", "是", d(2024, 5, 1), None, True)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": MG, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_zt_assessments_ods(path: Path):
    """柘塘县人民医院 (.ods): a 填表说明 sheet first, then one sheet per month named "2024年5月" / "2024年6月",
    units in the header only (抽查(次), 在岗(次)), the support hospital as a column."""
    fn = path.name
    sheets = {"填表说明": [["填表说明"], ["1. 每月一张表，工作表名为考核月份。"], ["2. 考核分数满分100分。"], [f"3. {SYN}"]]}
    people = [("xu", "许知行"), ("tao", "陶宛清"), ("shen", "沈如意")]
    for m, scores in ((5, [96, 91.5, 94]), (6, [97, 90, 93.5])):
        sh = f"2024年{m}月"
        rows = [[f"柘塘县人民医院派驻人员月度考核表（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核分数", "抽查(次)", "在岗(次)"]]
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 3 if (key, m) == ("tao", 6) else 4
            rows.append([i, name, use_id(key), P1, sc, 4, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": ZT}, ["month"], id_number=ID[key])
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_zt_monthly_xlsx(path: Path):
    """"县医院" only, the county in the title; 业务收入(千元) (unit in the header), 病床使用率 "85.2%", an
    #DIV/0! in 平均住院日, a 合计 row with #REF!."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柘塘县县医院2024年1—6月主要业务量统计（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次", "业务收入(千元)", "病床使用率", "平均住院日"])
    for m in range(1, 7):
        v = [15200 + 210 * m, 1120 + 17 * m, 260 + 5 * m, 40 - 2 * m]
        ws.append([f"{m}月", *v, 9800 + 120 * m, f"{80 + m * 1.5:.1f}%", "#DIV/0!" if m == 2 else 7.5 + m / 10])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": ZT}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)", "#REF!", None, None])
    wb.save(path)


def f_mgmch_monthly_csv(path: Path):
    """鸣皋县妇幼保健院: CSV in GBK, two comment lines, the header in row 3, a trailing empty column, 下转接收."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"鸣皋县妇幼保健院2024年7—12月业务量（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["报送：统计室", "", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次", ""])
    r = 3
    for m in range(7, 13):
        v = [6100 + 95 * m, 402 + 6 * m, 88 + m, 15 - m // 2, 3 + m % 4]
        w.writerow([f"2024年{m}月", *v, ""])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": MGMCH}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_tz1_activities_xlsx(path: Path):
    """市一院: two activities of one type on one day (different topics), "约40人" and #N/A in 参加人数; a second
    sheet where the clerk swapped 支援单位 and 受援单位 relative to the pairing list (read as the pairing says)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "鸣皋妇幼"
    ws.append([f"棠州市第一人民医院对口帮扶活动登记（2024年）{SYN}"])
    ws.append(["日期", "受援单位", "活动形式", "主题", "参加人数", "主讲"])
    acts = [(dt.date(2024, 4, 12), "学术讲座", "产后出血的早期识别", 35, 35),
            (dt.date(2024, 4, 12), "学术讲座", "新生儿复苏新指南", "约40人", None),
            (dt.date(2024, 6, 20), "教学查房", "妊娠期高血压查房", "#N/A", None),
            (dt.date(2024, 6, 21), "手术示教", "剖宫产术", 12, 12)]
    for day, typ, topic, n, nv in acts:
        ws.append([day, MGMCH, typ, topic, n, "某主任"])
        ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": MGMCH, "support_hospital_id": TZ1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws2 = wb.create_sheet("云坂")
    ws2.append([f"帮扶活动登记（{SYN}）"])
    ws2.append(["日期", "支援单位", "受援单位", "活动形式", "主题", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 5, 8), "技术培训", "心肺复苏培训", 30),
                               (dt.date(2024, 8, 15), "义诊", "慢病义诊", 80)):
        ws2.append([day, YB, TZ1, typ, topic, n])  # swapped: the recipient written as 支援单位
        ws2.cell(ws2.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, "云坂", ws2.max_row, dict(activity_date=day.isoformat(), activity_type=typ,
                                                         participants=n),
            {"recipient_hospital_id": YB, "support_hospital_id": TZ1}, ["activity_date"])
        # lead's correction (README "AFTER THE FIXES"): curated as the pairing list has them, the swap is a finding
        finding(fn, ws2.max_row, "SWAPPED_HOSPITALS")
    wb.save(path)


def f_tz1_english_xlsx(path: Path):
    """市一院 with a foreign-aid style template: English headers (Name, ID No., Start date…), 填报单位 line,
    one ID stored by Excel as a number (digits lost), an End date "在岗", a Start date serial stored as text."""
    fn, sh = path.name, "Staff"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"Counterpart support: staff dispatched 2024 / 派驻人员（{SYN}）"])
    ws.append([f"填报单位：{TZ1}"])
    ws.append(["No.", "Name", "ID No.", "Department", "Title", "Host hospital", "Start date", "End date"])
    oy = ID["ouyang"]
    as_number = float(oy)
    spell.setdefault(oy, set())
    spell[oy].add(repr(as_number))
    people = [("wei", "韦山河", use_id("wei"), "儿科", "主治医师", YB, dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["wei"]),
              ("ouyang", "欧阳晴", as_number, "妇产科", "副主任医师", MGMCH, dt.date(2024, 5, 6), "在岗",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), None), None),
              ("cen", "岑伯言", use_id("cen"), "检验科", "主管技师", YB, "45474", "2024-12-31",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), d(2024, 12, 31)), ID["cen"])]
    for i, (key, name, idv, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, idv, dept, title, rec, s, e])
        r = ws.max_row
        if isinstance(idv, str):
            ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": TZ1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=tid)
        if tid is None:
            finding(fn, r, "ID_STORED_AS_NUMBER")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 桐岭市
def f_yb_self_assessment(path: Path):
    """云坂县人民医院 annual 自评表: counts inside sentences — no row of any curated table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append([f"云坂县人民医院2024年度城乡医院对口支援工作自评表（{SYN}）"])
    ws.merge_cells("A1:D1")
    ws.append(["评价项目", "分值", "自评情况", "自评得分"])
    ws.append(["人员派驻", 30, "支援医院全年派驻医务人员2人，均在岗。", 28])
    ws.append(["人才培养", 20, "全年共接收进修人员3人，开展技术培训1次，参加30人。", 18])
    ws.append(["新技术", 20, "开展新技术2项，其中填补县域空白1项。", 17])
    ws.append(["合计", 70, None, 63])
    ws.append(["单位（盖章）：云坂县人民医院", None, "2025年1月15日"])
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True)
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    ref = raw / "reference"
    for sub in ("reference", "省直", "棠州市", "桐岭市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(ref / "SYNTHETIC_附件1_璟溪省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻花名册(按科室)2024.xlsx"),
             (f_ptcm_word_paste, "省直", "SYNTHETIC_省中医院派驻名单（从word复制）.xlsx"),
             (f_county_two_years, "省直", "SYNTHETIC_县域住院流向2023-2024.xlsx"),
             (f_zt_trainees_csv, "棠州市", "SYNTHETIC_柘塘县人民医院进修人员2024.csv"),
             (f_mg_trainees_xls, "棠州市", "SYNTHETIC_鸣皋县医院进修登记.xls"),
             (f_mg_techniques_ods, "棠州市", "SYNTHETIC_鸣皋县人民医院新技术2024.ods"),
             (f_zt_assessments_ods, "棠州市", "SYNTHETIC_柘塘派驻人员考核5-6月.ods"),
             (f_zt_monthly_xlsx, "棠州市", "SYNTHETIC_柘塘县县医院业务量1-6月.xlsx"),
             (f_mgmch_monthly_csv, "棠州市", "SYNTHETIC_鸣皋妇幼下半年业务量.csv"),
             (f_tz1_activities_xlsx, "棠州市", "SYNTHETIC_市一院帮扶活动登记2024.xlsx"),
             (f_tz1_english_xlsx, "棠州市", "SYNTHETIC_市一院派驻人员(template).xlsx"),
             (f_yb_self_assessment, "桐岭市", "SYNTHETIC_云坂县人民医院2024年度自评表.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
