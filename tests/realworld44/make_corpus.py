"""realworld44 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/ and fifteen submissions typed by hurried clerks — Excel error cells (#VALUE!, #REF!, #N/A) in
optional and required fields, numbers with units inside ("35人次", "3例", "12 人"), "—" / "/" / "无" / "0" / blank,
impossible dates (2024-02-30), an end before its start, names with spaces inside ("许  明", "欧阳 明"), leading,
trailing and non-breaking spaces, exact duplicate rows, empty rows inside tables, a table that goes on after two
blank rows, a row of column numbers under the header, numbers typed as text with a leading apostrophe. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,溪宁市,县区}/…, OUT/truth.json

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
NB = "\u00a0"        # non-breaking space (UTF-8 files and workbooks)
FW = "\u3000"        # full-width space (GBK files: GBK has no U+00A0)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


SP, STCM, XC = "霁川省人民医院", "霁川省中医院", "溪宁市中心医院"
WP, WPT, RC, RCM, QY = "雾坪县人民医院", "雾坪县中医医院", "箬川县人民医院", "箬川县妇幼保健院", "栖砚县人民医院"
RECIP = {WP: ("二级", "甲等", "综合医院", "雾坪县"), WPT: ("二级", "乙等", "中医医院", "雾坪县"),
         RC: ("二级", "甲等", "综合医院", "箬川县"), RCM: ("二级", None, "妇幼保健院", "箬川县"),
         QY: ("二级", "乙等", "综合医院", "栖砚县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990411", "19740312", "031"), "tao": ("990411", "19870621", "042"), "he": ("990412", "19810915", "015"),
    "jiang": ("990411", "19790408", "026"), "shen": ("990413", "19830702", "037"), "ouyq": ("990412", "19930514", "048"),
    "wei": ("990413", "19860716", "052"), "cen": ("990411", "19880930", "063"),
    "kong": ("990421", "19760827", "074"), "zhong": ("990421", "19700105", "085"),
    "luo": ("990511", "19920506", "083"), "bai": ("990511", "19941012", "028"), "du": ("990511", "19900327", "044"),
    "qin": ("990512", "19930809", "065"), "shao": ("990512", "19951201", "016"),
    "tian": ("990521", "19890113", "071"), "ye": ("990521", "19910224", "092"), "miao": ("990522", "19960318", "013"),
    "jan": ("990522", "19870429", "054"),
    "han": ("990611", "19780610", "025"), "lin": ("990611", "19850719", "036"), "fan": ("990612", "19720830", "047"),
    "guo": ("990612", "19970904", "058"), "ding": ("990613", "19940120", "069"),
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


def quarantine(file, sheet, r, category, why, reason_code=None):
    q = {"file": file, "sheet": sheet, "row": r, "category": category, "why": why}
    if reason_code:
        q["reason_code"] = reason_code
    truth["quarantines"].append(q)


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def same_person(who, table, file, sheet, r):
    truth["same_person"].setdefault(who, []).append([table, file, sheet, r])


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def either(*vals):
    return {"one_of": list(vals)}


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def fifteen(idn18: str) -> str:
    return idn18[:6] + idn18[8:17]


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (an empty list is a blank row)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals or [None]:
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


def date_cells(ws, r, cols, fmt="yyyy-mm-dd"):
    for c in cols:
        if isinstance(ws.cell(r, c).value, (dt.date, dt.datetime)):
            ws.cell(r, c).number_format = fmt


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """序号 | 受援医院 | 等级 ("二级甲等" in one cell) | 类别 | 所在县 | 支援医院 | 协议签订日期, a row of column numbers
    under the header, an empty row between the pairings, non-breaking and ordinary spaces around names, one
    agreement date typed as text "2023.12.8"; the period only in the title (2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    ws.append([1, 2, 3, 4, 5, 6, 7])
    pairs = [(WP, "二级甲等", SP, dt.date(2023, 12, 8), None),
             (WPT + NB, "二级乙等", STCM, dt.date(2023, 12, 8), None),
             (None, None, None, None, None),
             (RC, " 二级甲等", SP + " ", dt.date(2023, 12, 15), None),
             (RCM, "二级", " " + XC, None, "2023.12.8"),
             (QY, "二级乙等", XC + NB, dt.date(2023, 12, 20), None)]
    i = 0
    for r, lvl, s, ag, ag_text in pairs:
        if r is None:
            ws.append([])
            continue
        i += 1
        rname = r.strip(" " + NB)
        level, grade, cat, county = RECIP[rname]
        ws.append([i, r, lvl, cat, county + NB if i == 3 else county, s, ag if ag else ag_text])
        date_cells(ws, ws.max_row, [7])
        truth["pairings"].append({"support": s.strip(" " + NB), "recipient": rname, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31),
                                  "agreement_date": (ag or dt.date(2023, 12, 8)).isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP, STCM, XC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_sp_roster(path: Path):
    """省人民医院 (xlsx): column numbers under the header, names "许  明" / "陶 清", an ID typed with a leading
    apostrophe (quotePrefix), a wrong check digit, a 15-digit ID, an empty row, an end before its start, an exact
    duplicate row, two blank rows and the table going on, an impossible start 2024-02-30, #REF! as the recipient,
    #N/A / 无 / "/" as 在受援医院任职."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "在受援医院任职",
               "备注"])
    ws.append(list(range(1, 11)))
    hosp = lambda rec: {"support_hospital_id": SP, "recipient_hospital_id": rec}  # noqa: E731
    wrong = ID["tao"][:17] + ("0" if ID["tao"][17] != "0" else "1")

    # 4: apostrophe ID
    ws.append([1, "许  明", use_id("xu"), "心血管内科" + NB, "主任医师", WP, dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               "副院长", None])
    ws.cell(4, 3).quotePrefix = True
    date_cells(ws, 4, [7, 8])
    row("deployments", fn, sh, 4, dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3),
                                      position_at_recipient="副院长"), hosp(WP), ["start_date"], ID["xu"])
    # 5: wrong check digit, dates as text with a trailing space, 无 = no post
    ws.append([2, "陶 清", use_id("tao", wrong), "普外科", " 主治医师", WP + " ", "2024-03-04 ", "2024-09-03", "无", None])
    ws.cell(5, 3).number_format = "@"
    row("deployments", fn, sh, 5, dep("普外科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3),
                                      position_at_recipient=None), hosp(WP), ["start_date"], wrong)
    finding(fn, sh, 5, ["ID_CHECK_DIGIT"])
    ws.append([])                                                           # 6: empty row inside the table
    # 7: 15-digit ID, "主治 医师" with a space inside, "/" = no post
    ws.append([3, "贺远", use_id("he", fifteen(ID["he"])), "麻醉科", "主治 医师", RC, dt.date(2024, 4, 1),
               dt.date(2024, 9, 30), "/", None])
    ws.cell(7, 3).number_format = "@"
    date_cells(ws, 7, [7, 8])
    row("deployments", fn, sh, 7, dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30),
                                      position_at_recipient=None), hosp(RC), ["start_date"], ID["he"])
    finding(fn, sh, 7, ["ID_15_DIGIT"])
    # 8: end before start — the start and everything else usable: curated, the end doubtful (empty or as written)
    ws.append([4, "江舟", use_id("jiang"), "护理部", "主管护师", RC, dt.date(2024, 4, 1), dt.date(2024, 3, 31), None,
               None])
    date_cells(ws, 8, [7, 8])
    row("deployments", fn, sh, 8, dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1),
                                      either(None, d(2024, 3, 31))), hosp(RC), ["start_date"], ID["jiang"])
    finding(fn, sh, 8, ["end_date", "start_date"])
    # 9 and its exact duplicate 10; #N/A (an error cell) as the post
    for _ in range(2):
        ws.append([5, "沈  宁", use_id("shen"), "儿科", "副主任医师", WP, dt.date(2024, 5, 6), dt.date(2024, 11, 5),
                   "#N/A", None])
        date_cells(ws, ws.max_row, [7, 8])
    row("deployments", fn, sh, 9, dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5),
                                      position_at_recipient=None), hosp(WP), ["start_date"], ID["shen"])
    quarantine(fn, sh, 10, "duplicate_row", "an exact copy of row 9", reason_code="DUPLICATE_ROW")
    ws.append([])
    ws.append([])                                                           # 11, 12: two blank rows, then more
    ws.append([6, "欧阳 晴", use_id("ouyq"), NB + "妇产科", "住院医师", RC, dt.date(2024, 7, 1), dt.date(2024, 12, 31),
               "科主任", None])
    date_cells(ws, 13, [7, 8])
    row("deployments", fn, sh, 13, dep("妇产科", "住院医师", "初级", "医疗", d(2024, 7, 1), d(2024, 12, 31),
                                       position_at_recipient="科主任"), hosp(RC), ["start_date"], ID["ouyq"])
    ws.append([7, "韦山", use_id("wei"), "检验科", "主管技师", WP, "2024-02-30", "2024-08-29", None, None])
    quarantine(fn, sh, 14, "unusable_required", "start date 2024-02-30 does not exist")
    ws.append([8, "岑言", use_id("cen"), "药剂科", "主管药师", "#REF!", dt.date(2024, 6, 3), dt.date(2024, 12, 2), None,
               None])
    date_cells(ws, 15, [7, 8])
    quarantine(fn, sh, 15, "missing_required", "the recipient hospital is #REF! (an error cell)")
    ws.append(["合计", "8人"])
    ws.append(["制表：医务部", None, None, None, "2025年1月6日"])
    wb.save(path)


def f_stcm_roster_xls(path: Path):
    """省中医院 (xls): the recipient only in the title; "欧阳 明" without an ID number; "孔  怡"; 工作年限 "12年" /
    "20 年" / "#N/A"; 受援医院补助(元) "无" / "3000元" / "0"; 职务 "/"; dates as text "2024.3.4"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川省中医院派驻雾坪县中医医院人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻时间起", "派驻时间止", "工作年限", "受援医院补助(元)", "职务"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    hosp = {"support_hospital_id": STCM, "recipient_hospital_id": WPT}
    people = [
        (None, "欧阳 明", "针灸科", "主治中医师", "2024-03-04", "2024-09-03", "12年", "无", "/",
         dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3), years_of_service=12,
             paid_by_recipient=either(0, None), position_at_recipient=None)),
        ("kong", "孔  怡", "脾胃病科", "副主任中医师", "2024.3.4", "2024.9.3", "20 年", "3000元", "科主任",
         dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3), years_of_service=20,
             paid_by_recipient=3000, position_at_recipient="科主任")),
        ("zhong", "钟 墨", "骨伤科", "主任中医师 ", "2024-09-02", "2025-03-01", "#N/A", "0", "副院长",
         dep("骨伤科", "主任中医师", "正高级", "医疗", d(2024, 9, 2), d(2025, 3, 1), years_of_service=None,
             paid_by_recipient=either(0, None), position_at_recipient="副院长")),
    ]
    for i, (key, name, dept, title, s, e, yrs, paid, post, f) in enumerate(people, 1):
        r = 1 + i
        idv = (NB + use_id(key) + NB) if key == "zhong" else (use_id(key) if key else "")
        for j, v in enumerate([i, name, idv, dept, title, s, e, yrs, paid, post]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, hosp, ["start_date"], ID[key] if key else None)
        if key is None:
            finding(fn, sh, r + 1, ["NAME_ONLY"])
            same_person("欧阳明 (霁川省中医院)", "deployments", fn, sh, r + 1)
        if yrs == "#N/A":
            finding(fn, sh, r + 1, ["UNPARSEABLE_OPTIONAL", "years_of_service"])
    ws.write(5, 0, "填表人：人事科")
    wb.save(str(path))


def f_county_ods(path: Path):
    """省卫健委 (ods): a row of column numbers under the header, counts with units ("38,120人次", "5,018 人次"),
    spaces around county names, one code as a number."""
    fn, sh = path.name, "2024年"
    rows = [[f"2024年各县县域住院流向统计（{SYN}）"],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"],
            [1, 2, 3, 4],
            ["雾坪县 ", "999101", "38,120人次", "6904"],
            ["箬川县" + NB, "999102", "27730", "5,018 人次"],
            [" 栖砚县", 999201, 19844, "4410人次"],
            ["注：数据虚构，仅供测试。"]]
    for r, code, a, b in ((4, "999101", 38120, 6904), (5, "999102", 27730, 5018), (6, "999201", 19844, 4410)):
        row("county_inpatient_stats", fn, sh, r, dict(county_code=code, year=2024, resident_admissions=a,
                                                      resident_admissions_outside_county=b), {}, ["county_code"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 溪宁市
def f_wp_trainees_csv(path: Path):
    """雾坪县人民医院 (CSV, GBK): IDs typed with a leading apostrophe, a full-width space inside a name, an empty
    line, an impossible start 2024-02-30, an exact duplicate line, fees "3000元" / "无" / "/" / "'2500",
    是否结业 "—"."""
    fn = path.name
    rows = [[f"填报单位：雾坪县人民医院（{SYN}）"] + [""] * 8,
            ["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用", "是否结业"]]
    hosp = {"recipient_hospital_id": WP, "host_hospital_id": SP}

    def tr(r, dept, s, e, fee, done, key):
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=fee, completed=done),
            hosp, ["start_date", "department"], ID[key])

    rows.append([1, "罗" + FW + "岚", "'" + use_id("luo"), "内科", SP, "2024-03-04", "2024-09-03", "3000元", "是"])
    tr(3, "内科", d(2024, 3, 4), d(2024, 9, 3), 3000, True, "luo")
    rows.append([2, "白露", "'" + use_id("bai"), "急诊科", SP + " ", "2024-03-04", "2024-09-03", "无", "是"])
    tr(4, "急诊科", d(2024, 3, 4), d(2024, 9, 3), either(0, None), True, "bai")
    rows.append([""] * 9)                                                   # 5: empty line
    rows.append([3, "杜川", "'" + use_id("du"), "骨科", SP, "2024-02-30", "2024-08-29", "0", "否"])
    quarantine(fn, None, 6, "unusable_required", "start date 2024-02-30 does not exist")
    for _ in range(2):                                                      # 7 and its exact duplicate 8
        rows.append([4, "秦桐", "'" + use_id("qin"), "儿科", SP, "2024-09-02", "2025-03-01", "/", "—"])
    tr(7, "儿科", d(2024, 9, 2), d(2025, 3, 1), either(None, 0), None, "qin")
    quarantine(fn, None, 8, "duplicate_row", "an exact copy of line 7", reason_code="DUPLICATE_ROW")
    rows.append([5, "邵歌", "'" + use_id("shao"), "妇产科", SP, "2024-09-02", "2025-03-01", "'2500", "否"])
    tr(9, "妇产科", d(2024, 9, 2), d(2025, 3, 1), 2500, False, "shao")
    rows.append(["合计：5人"] + [""] * 8)
    for r in rows[2:]:
        if str(r[2]).startswith("'"):
            spell[r[2][1:]].add(r[2])
    write_csv(path, rows, "gbk")


def f_rc_trainees_xlsx(path: Path):
    """箬川县人民医院 (xlsx): column numbers under the header, #VALUE! as a fee (optional: empty), #REF! as a start
    (required: quarantined), two blank rows and the table going on, a fee typed '1800 (quotePrefix), "—" fee,
    dates "2024/7/1" as text, 结业情况 "已结业" / "在修" / "是"."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"箬川县人民医院2024年赴上级医院进修人员登记表（{SYN}）"])
    ws.append(["姓名", "身份证号", "科室", "进修单位", "进修起始", "进修结束", "费用（元）", "结业情况"])
    ws.append(list(range(1, 9)))
    hosp = {"recipient_hospital_id": RC, "host_hospital_id": SP}
    ws.append(["田  野", use_id("tian"), "心内科", SP, dt.date(2024, 3, 11), dt.date(2024, 9, 10), "#VALUE!", "已结业"])
    row("trainees", fn, sh, 4, dict(department="心内科", start_date=d(2024, 3, 11), end_date=d(2024, 9, 10),
                                    fee_charged=None, completed=True), hosp, ["start_date"], ID["tian"])
    ws.append(["叶 舟", use_id("ye"), "神经内科", SP, "#REF!", dt.date(2024, 9, 10), 2000, "已结业"])
    quarantine(fn, sh, 5, "missing_required", "the start date is #REF! (an error cell)")
    ws.append([])
    ws.append([])
    ws.append(["苗禾", use_id("miao"), "影像科", SP, dt.date(2024, 6, 3), dt.date(2024, 12, 2), "1800", "在修"])
    ws.cell(8, 7).quotePrefix = True
    row("trainees", fn, sh, 8, dict(department="影像科", start_date=d(2024, 6, 3), end_date=d(2024, 12, 2),
                                    fee_charged=1800, completed=False), hosp, ["start_date"], ID["miao"])
    ws.append(["江  岸", use_id("jan"), "检验科", " " + SP, "2024/7/1", "2024/12/31", "—", "是"])
    row("trainees", fn, sh, 9, dict(department="检验科", start_date=d(2024, 7, 1), end_date=d(2024, 12, 31),
                                    fee_charged=either(None, 0), completed=True), hosp, ["start_date"], ID["jan"])
    for r in range(4, 10):
        ws.cell(r, 2).number_format = "@"
        date_cells(ws, r, [5, 6])
    ws.append(["合计", "4人"])
    wb.save(path)


def f_wp_techniques_xlsx(path: Path):
    """雾坪县人民医院 (xlsx): 例数 "3例" / "12 例" / #N/A / "—"; a technique name #REF! (quarantined); an empty row;
    填补空白 "/"; an impossible date 2024-09-31 (quarantined); trailing non-breaking spaces."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雾坪县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    hosp = {"recipient_hospital_id": WP, "support_hospital_id": SP}

    def tech(r, name, dept, day, cases, gap):
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                          fills_county_gap=gap), hosp, ["name"])

    ws.append([1, "经皮冠状动脉介入治疗 ", "心内科", dt.date(2024, 4, 15), "3例", "是", SP])
    tech(3, "经皮冠状动脉介入治疗", "心内科", d(2024, 4, 15), 3, True)
    ws.append([2, "无痛胃肠镜" + NB, "消化内科", "2024-05-08", "12 例", "否", SP + NB])
    tech(4, "无痛胃肠镜", "消化内科", d(2024, 5, 8), 12, False)
    ws.append([3, "#REF!", "普外科", dt.date(2024, 5, 20), "5例", "是", SP])
    quarantine(fn, sh, 5, "missing_required", "the technique's name is #REF! (an error cell)")
    ws.append([])
    ws.append([4, "腹腔镜胆囊切除术", "普外科", dt.date(2024, 6, 20), "#N/A", "是", SP])
    tech(7, "腹腔镜胆囊切除术", "普外科", d(2024, 6, 20), None, True)
    ws.append([5, "经鼻高流量氧疗", "重症医学科", dt.date(2024, 7, 2), "—", "/", SP])
    tech(8, "经鼻高流量氧疗", "重症医学科", d(2024, 7, 2), None, either(None, False))
    ws.append([6, "床旁超声", "急诊科", "2024-09-31", "7例", "否", SP])
    quarantine(fn, sh, 9, "unusable_required", "first performed 2024-09-31 does not exist")
    for r in range(3, 10):
        date_cells(ws, r, [4])
    ws.append(["填报人：医务科", None, None, "2025年1月10日"])
    wb.save(path)


def f_rcm_techniques_ods(path: Path):
    """箬川县妇幼保健院 (ods): the support hospital in the title, a date with spaces around it, "约10例" (empty with a
    finding), cases as text "35", two blank rows and the table going on, "是 "."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"箬川县妇幼保健院2024年新技术开展情况（溪宁市中心医院帮扶）{SYN}"],
            ["项目名称", "科室", "开展时间", "例数", "填补县域空白"],
            ["无创产前筛查", "产科", " 2024-05-06 ", "约10例", "是"],
            ["新生儿听力筛查", "儿科", "2024-06-11", "35", "否"],
            [], [],
            ["宫颈癌筛查HPV分型", "妇科", "2024-08-20", "21例", "是 "],
            [f"备注：{SYN}"]]
    hosp = {"recipient_hospital_id": RCM, "support_hospital_id": XC}
    for r, name, dept, day, cases, gap in ((3, "无创产前筛查", "产科", d(2024, 5, 6), None, True),
                                           (4, "新生儿听力筛查", "儿科", d(2024, 6, 11), 35, False),
                                           (7, "宫颈癌筛查HPV分型", "妇科", d(2024, 8, 20), 21, True)):
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                          fills_county_gap=gap), hosp, ["name"])
    finding(fn, sh, 3, ["UNPARSEABLE_OPTIONAL", "cases"])
    ods_doc(path, {sh: rows})


def f_xc_activities_xlsx(path: Path):
    """溪宁市中心医院 → 栖砚县人民医院 (xlsx): column numbers under the header, 参加人数 "35人次" / "12 人" / '40 /
    "/" / #N/A, an impossible date 2024-02-30 (quarantined), #REF! as a date (quarantined), an empty row, an exact
    duplicate row, a type with spaces around it."""
    fn, sh = path.name, "栖砚"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"溪宁市中心医院对口帮扶栖砚县人民医院活动记录（2024年）{SYN}"])
    ws.append(["序号", "日期", "活动类型", "主题", "参加人数", "主讲人"])
    ws.append([1, 2, 3, 4, 5, 6])
    hosp = {"recipient_hospital_id": QY, "support_hospital_id": XC}

    def act(r, day, typ, n):
        row("activities", fn, sh, r, dict(activity_date=day, activity_type=typ, participants=n), hosp,
            ["activity_date"])

    ws.append([1, dt.date(2024, 3, 15), "学术讲座", "高血压规范化管理", "35人次", "某主任"])
    act(4, d(2024, 3, 15), "学术讲座", 35)
    ws.append([2, dt.date(2024, 4, 10), " 教学查房" + NB, "慢阻肺查房", "12 人", "某主任"])
    act(5, d(2024, 4, 10), "教学查房", 12)
    ws.append([3, "2024-02-30", "技术培训", "心肺复苏", 20, "某护士长"])
    quarantine(fn, sh, 6, "unusable_required", "activity date 2024-02-30 does not exist")
    ws.append([])
    ws.append([4, dt.date(2024, 5, 20), "手术示教", "腹腔镜疝修补", "40", "某主任"])
    ws.cell(8, 5).quotePrefix = True
    act(8, d(2024, 5, 20), "手术示教", 40)
    for _ in range(2):                                                      # 9 and its exact duplicate 10
        ws.append([5, dt.date(2024, 6, 18), "疑难病例讨论", "发热待查", "/", "某主任"])
    act(9, d(2024, 6, 18), "疑难病例讨论", None)
    quarantine(fn, sh, 10, "duplicate_row", "an exact copy of row 9", reason_code="DUPLICATE_ROW")
    ws.append([6, dt.date(2024, 7, 9), "义诊", "慢病义诊", "#N/A", "某主任"])
    act(11, d(2024, 7, 9), "义诊", None)
    ws.append([7, "#REF!", "远程会诊", "疑难影像", 6, "某主任"])
    quarantine(fn, sh, 12, "missing_required", "the activity date is #REF! (an error cell)")
    for r in range(4, 13):
        date_cells(ws, r, [2], "yyyy/m/d")
    ws.append(["合计", None, None, None, "=SUM(E4:E12)"])
    wb.save(path)


def f_xc_roster_csv(path: Path):
    """溪宁市中心医院 (CSV, UTF-8 with BOM): column numbers under the header, apostrophe IDs (one 15 digits),
    non-breaking spaces in names and hospital names, an empty line, an exact duplicate line, an impossible
    start 2024-13-01 (quarantined), dates "2024/3/4"."""
    fn = path.name
    rows = [[f"溪宁市中心医院2024年对口支援派驻人员花名册（{SYN}）"] + [""] * 8,
            ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始", "派驻结束", "备注"],
            [str(i) for i in range(1, 10)]]

    def dp(r, rec, f, key):
        row("deployments", fn, None, r, f, {"support_hospital_id": XC, "recipient_hospital_id": rec}, ["start_date"],
            ID[key])

    rows.append([1, "韩" + NB + "雪", "'" + use_id("han"), "妇产科", "副主任医师", RCM + NB, "2024-03-04", "2024-09-03",
                 ""])
    dp(4, RCM, dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), "han")
    rows.append([2, " 林 泉 ", "'" + use_id("lin", fifteen(ID["lin"])), "儿科", "主治医师", RCM, "2024/3/4", "2024/9/3",
                 ""])
    dp(5, RCM, dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), "lin")
    finding(fn, None, 5, ["ID_15_DIGIT"])
    rows.append([""] * 9)
    rows.append([3, "范 舟", "'" + use_id("fan"), "内科", "主任医师", QY, "2024-05-06", "2024-11-05", ""])
    dp(7, QY, dep("内科", "主任医师", "正高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)), "fan")
    for _ in range(2):                                                      # 8 and its exact duplicate 9
        rows.append([4, "郭 遥", "'" + use_id("guo"), "外科", "住院医师", QY, "2024-05-06", "2024-11-05", ""])
    dp(8, QY, dep("外科", "住院医师", "初级", "医疗", d(2024, 5, 6), d(2024, 11, 5)), "guo")
    quarantine(fn, None, 9, "duplicate_row", "an exact copy of line 8", reason_code="DUPLICATE_ROW")
    rows.append([5, "丁宁", "'" + use_id("ding"), "护理部", "护师", QY, "2024-13-01", "2025-05-31", ""])
    quarantine(fn, None, 10, "unusable_required", "start date 2024-13-01 does not exist")
    rows.append(["合计：5人"] + [""] * 8)
    for r in rows[3:]:
        if len(r) > 2 and str(r[2]).startswith("'"):
            spell[next(k for k, v in spell.items() if r[2][1:] == k or r[2][1:] in v)].add(r[2])
    write_csv(path, rows, "utf-8", bom=True)


# ------------------------------------------------------------------------------------------- 县区
def f_wp_monthly_csv(path: Path):
    """雾坪县人民医院 (CSV, UTF-8): a row of column numbers 1…6 under the header (not January), "15,200人次",
    "无" (0), "—" / "/" / blank (not reported), "0", "279台", non-breaking spaces around a number, an empty
    line, two blank lines and the second half-year going on, "#VALUE!" typed into a cell."""
    fn = path.name
    rows = [[f"雾坪县人民医院2024年月度业务统计{NB}（{SYN}）"] + [""] * 5,
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"],
            ["1", "2", "3", "4", "5", "6"]]
    hosp = {"recipient_hospital_id": WP}
    data = {1: (["15,200人次", "1120", "260", "38", "3"], [15200, 1120, 260, 38, 3]),
            2: (["14900", "1,098 ", "241", "无", "—"], [14900, 1098, 241, 0, None]),
            3: ([NB + "15630" + NB, "1150", "270", "35", "/"], [15630, 1150, 270, 35, None]),
            4: (["15820", "1168", "275", "0", "0"], [15820, 1168, 275, 0, 0]),
            5: (["16010", "1180", "279台", "33", ""], [16010, 1180, 279, 33, None]),
            6: (["16200", "1195", "283", "31", "2"], [16200, 1195, 283, 31, 2]),
            7: (["16420", "1210", "288", "30", "4"], [16420, 1210, 288, 30, 4]),
            8: (["16650", "1222", "291", "—", "3"], [16650, 1222, 291, None, 3]),
            9: (["16100", "1201", "285", "28", "1"], [16100, 1201, 285, 28, 1]),
            10: (["15980", "1189", "#VALUE!", "27", "2"], [15980, 1189, None, 27, 2]),
            11: (["15760", "1176", "276", "29", "无"], [15760, 1176, 276, 29, 0]),
            12: (["15500", "1160", "270", "26", "3"], [15500, 1160, 270, 26, 3])}
    keys = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_down_received"]
    for m in range(1, 13):
        if m == 5:
            rows.append([""] * 6)                                           # an empty line inside the table
        if m == 7:
            rows += [[""] * 6, [""] * 6]                                    # two blank lines, then July on
        cells, vals = data[m]
        rows.append([f"{m}月", *cells])
        row("hospital_monthly_stats", fn, None, len(rows), dict(year=2024, month=m, **dict(zip(keys, vals))), hosp,
            ["month"])
    rows.append(["合计", "190790", "", "", "", ""])
    write_csv(path, rows, "utf-8")


def f_rcm_monthly_xls(path: Path):
    """箬川县妇幼保健院 (xls): months "2024年1月", numbers typed as text with units ("6,120人次", "402人"), "—",
    "无", an empty row, an exact duplicate row (June twice)."""
    fn, sh = path.name, "月报"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"箬川县妇幼保健院2024年业务量月报（{SYN}）")
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    keys = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_down_received"]
    lines = []
    for m in range(1, 13):
        ov, dis, su, ro, rd = 6000 + 40 * m, 400 + 3 * m, 80 + m, 12 - m // 3, 2 + m % 3
        cells = [ov, dis, su, ro, rd]
        vals = list(cells)
        if m == 1:
            cells = ["6,040人次", "403人", su, ro, rd]
        if m == 3:
            cells = [str(ov), str(dis), "—", ro, "无"]
            vals[2], vals[4] = None, 0
        if m == 8:
            cells = [ov, dis, su, " " + str(ro) + " ", rd]
        lines.append((m, cells, vals))
    r = 2
    for m, cells, vals in lines:
        if m == 4:
            r += 1                                                          # an empty row inside the table
        for _ in range(2 if m == 6 else 1):                                 # June typed twice, exactly
            ws.write(r, 0, f"2024年{m}月")
            for j, v in enumerate(cells, 1):
                ws.write(r, j, v)
            r += 1
        first = r - (2 if m == 6 else 1) + 1
        row("hospital_monthly_stats", fn, sh, first, dict(year=2024, month=m, **dict(zip(keys, vals))),
            {"recipient_hospital_id": RCM}, ["month"])
        if m == 6:
            quarantine(fn, sh, first + 1, "duplicate_row", "an exact copy of the June row", reason_code="DUPLICATE_ROW")
    ws.write(r, 0, "填报人：统计室")
    wb.save(str(path))


def f_qy_monthly_ods(path: Path):
    """栖砚县人民医院 (ods): January–June, two blank rows, July–December with no header again; "—" and "0"."""
    fn, sh = path.name, "2024"
    rows = [[f"栖砚县人民医院2024年主要业务量统计（{SYN}）"], ["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"]]
    for m in range(1, 13):
        if m == 7:
            rows += [[], []]
        v = [9100 + 75 * m, 640 + 9 * m, 150 + 2 * m, 20 - m]
        cells = list(v)
        vals = list(v)
        if m == 7:
            cells[3], vals[3] = "—", None
        if m == 12:
            cells[3], vals[3] = "0", 0
        rows.append([f"{m}月", *cells])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=vals[0], discharges=vals[1], surgeries=vals[2],
                 referrals_out=vals[3]), {"recipient_hospital_id": QY}, ["month"])
    rows.append(["制表：统计室"])
    ods_doc(path, {sh: rows})


def f_wpt_assessments_xlsx(path: Path):
    """雾坪县中医医院 (xlsx): 省中医院 staff's monthly assessments, "欧阳明" without an ID number (the roster wrote
    "欧阳 明"), "95分" / "93 分", "4次", "—" / "/" / "0" in the spot checks, a score #VALUE! (quarantined), an
    empty row."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"雾坪县中医医院派驻人员月度考核汇总（2024年）{SYN}"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"])
    hosp = {"recipient_hospital_id": WPT}

    def asm(r, m, score, sc, pr, key):
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=score, spot_checks=sc,
                                                         spot_checks_present=pr), hosp, ["month"],
            ID[key] if key else None)
        if key is None:
            finding(fn, sh, r, ["NAME_ONLY"])
            same_person("欧阳明 (霁川省中医院)", "staff_monthly_assessments", fn, sh, r)

    ws.append([1, "欧阳明", None, STCM, "2024年4月", "95分", "4次", "4次"])
    asm(3, 4, 95, 4, 4, None)
    ws.append([2, "孔  怡", use_id("kong"), STCM, "2024年4月", 92.5, 4, 3])
    asm(4, 4, 92.5, 4, 3, "kong")
    ws.append([3, "欧阳 明", "", STCM + NB, "2024年5月", 96, "—", "—"])
    asm(5, 5, 96, None, None, None)
    ws.append([4, "孔 怡", use_id("kong"), STCM, "2024年5月", "93 分", "4", "0"])
    asm(6, 5, 93, 4, 0, "kong")
    ws.append([])
    ws.append([5, "钟 墨", use_id("zhong"), STCM, "2024年9月", "#VALUE!", 4, 4])
    quarantine(fn, sh, 8, "missing_required", "the score is #VALUE! (an error cell)")
    ws.append([6, "钟  墨", use_id("zhong"), STCM, "2024年10月", 90, "/", "/"])
    asm(9, 10, 90, None, None, "zhong")
    for r in range(3, 10):
        ws.cell(r, 3).number_format = "@"
    ws.append(["考核人：院办", None, None, None, "2024年11月5日"])
    wb.save(path)


def f_rc_assessments_csv(path: Path):
    """箬川县人民医院 (CSV, GBK): 省人民医院 staff's assessments, months "2024-05", full-width spaces in names,
    apostrophe IDs (one 15-digit, as the roster had it), "'88.5", "4次", "94分"."""
    fn = path.name
    rows = [[f"箬川县人民医院派驻人员考核登记（{SYN}）"] + [""] * 6,
            ["姓名", "身份证号", "派出医院", "考核月份", "得分", "抽查次数", "在岗次数"],
            ["贺" + FW + "远", "'" + use_id("he", fifteen(ID["he"])), SP, "2024-05", "91", "4", "4"],
            ["江舟", "'" + use_id("jiang"), "", "2024-05", "'88.5", "4次", "3次"],
            ["欧阳" + FW + "晴", "'" + use_id("ouyq"), SP + FW, "2024-07", "94分", "2", "2"]]
    for r, key, m, score, sc, pr in ((3, "he", 5, 91, 4, 4), (4, "jiang", 5, 88.5, 4, 3), (5, "ouyq", 7, 94, 2, 2)):
        row("staff_monthly_assessments", fn, None, r, dict(year=2024, month=m, score=score, spot_checks=sc,
                                                           spot_checks_present=pr), {"recipient_hospital_id": RC},
            ["month"], ID[key])
        spell[ID[key]].add(rows[r - 1][1])
    finding(fn, None, 3, ["ID_15_DIGIT"])
    write_csv(path, rows, "gbk")


def f_wp_activities_csv(path: Path):
    """雾坪县人民医院 (CSV, GBK): 参加人数 "'30", "25 人", "约50人" (empty with a finding), "120人次", "#N/A" typed
    as text (empty with a finding), an empty line, a full-width space after a hospital name."""
    fn = path.name
    rows = [[f"填报单位：雾坪县人民医院（{SYN}）", "", "", "", ""],
            ["日期", "支援医院", "活动类型", "活动内容", "参加人数"],
            ["2024-03-20", SP, "学术讲座", "糖尿病足防治", "'30"],
            ["2024-04-17", SP, "教学查房", "心衰查房", "25 人"],
            ["2024-05-22", SP + FW, "手术示教", "腹腔镜阑尾切除", "约50人"],
            ["", "", "", "", ""],
            ["2024-06-12", SP, "义诊", "乡镇巡回义诊", "120人次"],
            ["2024-07-03", SP, "远程会诊", "疑难心电图", "#N/A"]]
    hosp = {"recipient_hospital_id": WP, "support_hospital_id": SP}
    for r, day, typ, n in ((3, d(2024, 3, 20), "学术讲座", 30), (4, d(2024, 4, 17), "教学查房", 25),
                           (5, d(2024, 5, 22), "手术示教", None), (7, d(2024, 6, 12), "义诊", 120),
                           (8, d(2024, 7, 3), "远程会诊", None)):
        row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, participants=n), hosp,
            ["activity_date"])
    finding(fn, None, 5, ["UNPARSEABLE_OPTIONAL", "participants"])
    finding(fn, None, 8, ["UNPARSEABLE_OPTIONAL", "participants"])
    write_csv(path, rows, "gbk")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "溪宁市", "县区"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表（2024—2026年）.xlsx"
    files = [(f_sp_roster, "省直", "SYNTHETIC_省人民医院派驻人员名单2024.xlsx"),
             (f_stcm_roster_xls, "省直", "SYNTHETIC_省中医院派驻雾坪县中医医院人员.xls"),
             (f_county_ods, "省直", "SYNTHETIC_各县县域住院流向2024.ods"),
             (f_wp_trainees_csv, "溪宁市", "SYNTHETIC_雾坪县人民医院进修人员2024.csv"),
             (f_rc_trainees_xlsx, "溪宁市", "SYNTHETIC_箬川县人民医院进修人员登记.xlsx"),
             (f_wp_techniques_xlsx, "溪宁市", "SYNTHETIC_雾坪县人民医院新技术新项目2024.xlsx"),
             (f_rcm_techniques_ods, "溪宁市", "SYNTHETIC_箬川县妇幼保健院新技术.ods"),
             (f_xc_activities_xlsx, "溪宁市", "SYNTHETIC_溪宁市中心医院帮扶活动记录2024.xlsx"),
             (f_xc_roster_csv, "溪宁市", "SYNTHETIC_溪宁市中心医院派驻人员花名册.csv"),
             (f_wp_monthly_csv, "县区", "SYNTHETIC_雾坪县人民医院2024年月度业务统计.csv"),
             (f_rcm_monthly_xls, "县区", "SYNTHETIC_箬川县妇幼保健院月报1-12月.xls"),
             (f_qy_monthly_ods, "县区", "SYNTHETIC_栖砚县人民医院业务量统计2024.ods"),
             (f_wpt_assessments_xlsx, "县区", "SYNTHETIC_雾坪县中医医院派驻人员月考核.xlsx"),
             (f_rc_assessments_csv, "县区", "SYNTHETIC_箬川县人民医院派驻人员考核.csv"),
             (f_wp_activities_csv, "县区", "SYNTHETIC_雾坪县人民医院接受帮扶活动台账.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
