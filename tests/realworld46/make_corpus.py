"""realworld46 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024 whose hospitals send
registration forms drawn by hand in Excel: a 对口支援派驻人员登记表 (label | value grid, merged value cells, a 照片
block, multi-line 个人简介 / 工作内容, 签字 / 盖章 lines) one person per sheet (sheet names are the people's names),
two persons' forms stacked in one sheet, and trainees' 进修申请表 in the same style; plus a few plain lists.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省人民医院,省中医院,澄河县,柳塬县,省卫健委}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM = "霁川省人民医院", "霁川省中医院"
CH, CHTCM, LY = "澄河县人民医院", "澄河县中医医院", "柳塬县人民医院"
RECIP = {CH: ("二级", "甲等", "综合医院", "澄河县"), CHTCM: ("二级", "乙等", "中医医院", "澄河县"),
         LY: ("二级", "甲等", "综合医院", "柳塬县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("994101", "19720315", "031"), "tao": ("994101", "19880611", "042"), "he": ("994102", "19800920", "015"),
    "jiang": ("994101", "19780405", "036"), "zheng": ("994201", "19790214", "051"),
    "feng": ("994201", "19861103", "062"), "luo": ("994401", "19920506", "083"), "bai": ("994401", "19941012", "028"),
    "zhong": ("994401", "19900327", "044"), "du": ("994402", "19930809", "065"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, sheet, r, code):
    """A finding expected on a curated row. A form spans rows (r None: any row of the sheet: which row a tool
    names for a form is not for an outsider to fix), so these are checked with ``check_findings_present``."""
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=post)


# ------------------------------------------------------------------------------------------- form layout
# A form is a list of lines; a line is a list of (column, text, colspan). Six columns A–F; the photo block is
# F3:F6 (four rows high) in the person's form. Rendered to xlsx, xls and ods alike.
def deployment_form(p):
    return [
        [(0, "对口支援派驻人员登记表", 6)],
        [(0, f"（{SYN}）", 3), (3, f"填表日期：{p['filled']}", 3)],
        [(0, "姓    名", 1), (1, p["name"], 1), (2, "性  别", 1), (3, p["sex"], 1)],
        [(0, "出生年月", 1), (1, p["born"], 1), (2, "民  族", 1), (3, "汉族", 1)],
        [(0, "身份证号", 1), (1, p["id"], 3)],
        [(0, "派出单位", 1), (1, p["support"], 3)],
        [(0, "科    室", 1), (1, p["dept"], 1), (2, "职    称", 1), (3, p["title"], 1), (4, "专业类别", 1),
         (5, p["cat"], 1)],
        [(0, "受援单位", 1), (1, p["recipient"], 5)],
        [(0, "派驻时间", 1), (1, p["period"], 5)],
        [(0, "在受援单位任职", 1), (1, p["post"], 5)],
        [(0, "个人简介", 1), (1, p["bio"], 5)],
        [(0, "工作内容", 1), (1, p["work"], 5)],
        [(0, "派出单位意见", 1), (1, "同意派驻。\n\n（盖章）            年    月    日", 5)],
        [(0, "本人签字：", 1), (1, "", 2), (3, "受援单位（盖章）：", 3)],
    ]


def trainee_form(p):
    return [
        [(0, "进修申请表", 6)],
        [(0, f"（{SYN}）", 3), (3, f"申请日期：{p['filled']}", 3)],
        [(0, "申 请 人", 1), (1, p["name"], 1), (2, "性  别", 1), (3, p["sex"], 1)],
        [(0, "出生年月", 1), (1, p["born"], 1), (2, "学  历", 1), (3, "本科", 1)],
        [(0, "身份证号", 1), (1, p["id"], 3)],
        [(0, "工作单位", 1), (1, p["sender"], 3)],
        [(0, "现任科室", 1), (1, p["own_dept"], 1), (2, "职    称", 1), (3, p["title"], 1), (4, "从事专业", 1),
         (5, p["own_dept"], 1)],
        [(0, "拟进修医院", 1), (1, p["host"], 5)],
        [(0, "拟进修科室", 1), (1, p["dept"], 5)],
        [(0, "拟进修时间", 1), (1, p["period"], 5)],
        [(0, "进修费用", 1), (1, p["fee"], 5)],
        [(0, "个人简历", 1), (1, p["bio"], 5)],
        [(0, "进修目的", 1), (1, p["aim"], 5)],
        [(0, "所在单位意见", 1), (1, "同意选派。\n\n（盖章）            年    月    日", 5)],
        [(0, "申请人签字：", 1), (1, "", 2), (3, "接收医院意见（盖章）：", 3)],
    ]


PHOTO = (2, 5, 4)   # line index of its top, column, height


def xlsx_form(ws, lines, top=1):
    for i, line in enumerate(lines):
        r = top + i
        for c, text, span in line:
            cell = ws.cell(r, c + 1, text)
            cell.number_format = "@"
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if span > 1:
                ws.merge_cells(start_row=r, start_column=c + 1, end_row=r, end_column=c + span)
        if "\n" in "".join(str(t) for _, t, _ in line):
            ws.row_dimensions[r].height = 60
    pr, pc, ph = PHOTO
    ws.cell(top + pr, pc + 1, "照片")
    ws.merge_cells(start_row=top + pr, start_column=pc + 1, end_row=top + pr + ph - 1, end_column=pc + 1)
    for col, w in zip("ABCDEF", (14, 16, 10, 14, 10, 14)):
        ws.column_dimensions[col].width = w
    return top + len(lines)


def xls_form(ws, lines, top=0):
    style = xlwt.easyxf("align: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
    pr, pc, ph = PHOTO
    for i, line in enumerate(lines):
        r = top + i
        for c, text, span in line:
            if span > 1:
                ws.write_merge(r, r, c, c + span - 1, text, style)
            else:
                ws.write(r, c, text, style)
    ws.write_merge(top + pr, top + pr + ph - 1, pc, pc, "照片", style)


def ods_form_rows(lines):
    """lines → [[(text, colspan, rowspan) or COVERED]] for ods_doc."""
    pr, pc, ph = PHOTO
    out = []
    for i, line in enumerate(lines):
        cells = [None] * 6
        for c, text, span in line:
            cells[c] = (text, span, 1)
            for k in range(c + 1, c + span):
                cells[k] = "COVERED"
        if i == pr:
            cells[pc] = ("照片", 1, ph)
        elif pr < i < pr + ph:
            cells[pc] = "COVERED"
        out.append(cells)
    return out


def ods_doc(path, sheets):
    """sheets: {name: [[value | (text, colspan, rowspan) | "COVERED" | None]]} → an .ods written with odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if v == "COVERED":
                    tr.addElement(CoveredTableCell())
                    continue
                span = {}
                if isinstance(v, tuple):
                    v, cs, rs = v
                    if cs > 1:
                        span["numbercolumnsspanned"] = cs
                    if rs > 1:
                        span["numberrowsspanned"] = rs
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v, **span)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None or v == "":
                    c = TableCell(**span)
                else:
                    c = TableCell(valuetype="string", **span)
                    for part in str(v).split("\n"):
                        c.addElement(P(text=part))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "备注"])
    for i, (s, r, ag) in enumerate([(P1, CH, dt.date(2023, 12, 18)), (PTCM, CHTCM, dt.date(2023, 12, 18)),
                                    (P1, LY, dt.date(2023, 12, 22))], 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, None])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM):
        truth["hospitals"].append({"name": s})


BIO = {
    "xu": "1995年毕业于霁川医科大学临床医学专业。\n2005年起任心血管内科副主任，擅长冠心病介入诊疗。\n（虚构人物）",
    "tao": "2010年毕业于霁川护理学院。\n长期从事心内科、ICU护理工作，2019年取得主管护师资格。\n（虚构人物）",
    "he": "2004年研究生毕业。\n从事普外科临床工作二十年，擅长腹腔镜手术。\n（虚构人物）",
    "jiang": "2001年毕业于霁川医科大学麻醉学专业。\n擅长危重患者麻醉与围术期管理。\n（虚构人物）",
    "shen": "2012年毕业于霁川医科大学医学检验专业。\n从事临床检验及质控工作。\n（虚构人物）",
    "zheng": "2003年毕业于霁川中医药大学针灸推拿专业。\n擅长针药结合治疗颈肩腰腿痛。\n（虚构人物）",
    "feng": "2008年毕业于霁川中医药大学护理专业。\n擅长中医特色护理技术。\n（虚构人物）",
}
WORK = "1. 开展门诊、查房及手术带教；\n2. 每月举办业务讲座不少于1次；\n3. 协助受援科室建立质量控制制度。"


# ------------------------------------------------------------------------------------------- 省人民医院
def f_p1_forms_xlsx(path: Path):
    """Three forms, one sheet per person (sheet names 许知行 / 陶宛清 / 贺明远); 陶宛清's ID number has a wrong
    check digit; 派驻时间 written three ways; 在受援单位任职 副院长 / 无 / 科主任."""
    fn = path.name
    wrong = ID["tao"][:17] + ("0" if ID["tao"][17] != "0" else "1")
    people = [
        dict(key="xu", name="许知行", sex="男", born="1972年3月", id=use_id("xu"), support=P1, dept="心血管内科",
             title="主任医师", cat="医疗", recipient=CH, period="2024年3月5日至2024年9月4日", post="副院长",
             filled="2024年2月26日",
             truth=dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 5), d(2024, 9, 4), "副院长"),
             tid=ID["xu"]),
        dict(key="tao", name="陶宛清", sex="女", born="1988年6月", id=use_id("tao", wrong), support=P1, dept="护理部",
             title="主管护师", cat="护理", recipient=CH, period="2024.03.05—2024.09.04", post="无",
             filled="2024年2月26日",
             truth=dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 5), d(2024, 9, 4), None), tid=wrong),
        dict(key="he", name="贺明远", sex="男", born="1980年9月", id=use_id("he"), support=P1, dept="普外科",
             title="副主任医师", cat="医疗", recipient=LY, period="2024年4月1日—2024年9月30日", post="科主任",
             filled="2024年3月20日",
             truth=dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30), "科主任"),
             tid=ID["he"]),
    ]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for p in people:
        ws = wb.create_sheet(p["name"])
        xlsx_form(ws, deployment_form(dict(p, bio=BIO[p["key"]], work=WORK)))
        row("deployments", fn, p["name"], None, p["truth"],
            {"support_hospital_id": P1, "recipient_hospital_id": p["recipient"]}, ["start_date", "department"],
            id_number=p["tid"])
        if p["key"] == "tao":
            finding(fn, p["name"], None, "ID_CHECK_DIGIT")
    wb.save(path)


def f_p1_form_xls(path: Path):
    """江晚舟's form as an old .xls (xlwt, merges by write_merge), the sheet named after her; a legacy 15-digit ID
    number; 派驻时间 "2024年7月1日至12月31日" (the end's year from the start)."""
    fn, sh = path.name, "江晚舟"
    j = ID["jiang"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    p = dict(name="江晚舟", sex="女", born="1978年4月", id=use_id("jiang", fifteen), support=P1, dept="麻醉科",
             title="主治医师", cat="医疗", recipient=CH, period="2024年7月1日至12月31日", post="无",
             filled="2024年6月20日", bio=BIO["jiang"], work=WORK)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    xls_form(ws, deployment_form(p))
    wb.save(str(path))
    row("deployments", fn, sh, None, dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31), None),
        {"support_hospital_id": P1, "recipient_hospital_id": CH}, ["start_date"], id_number=ID["jiang"])
    finding(fn, sh, None, "ID_15_DIGIT")


def f_p1_form_ods(path: Path):
    """沈如意's form as .ods (spanned cells, the photo spanning four rows); 身份证号 "（待补）" — a person named
    without an ID number; 派驻时间 "自2024年6月1日起至2024年11月30日止"."""
    fn, sh = path.name, "沈如意"
    p = dict(name="沈如意", sex="女", born="1990年2月", id="（待补）", support=P1, dept="检验科", title="主管技师",
             cat="医技", recipient=LY, period="自2024年6月1日起至2024年11月30日止", post="无",
             filled="2024年5月22日", bio=BIO["shen"], work=WORK)
    ods_doc(path, {sh: ods_form_rows(deployment_form(p))})
    row("deployments", fn, sh, None, dep("检验科", "主管技师", "中级", "医技", d(2024, 6, 1), d(2024, 11, 30), None),
        {"support_hospital_id": P1, "recipient_hospital_id": LY}, ["start_date"], id_number=None)
    finding(fn, sh, None, "NAME_ONLY")


# ------------------------------------------------------------------------------------------- 省中医院
def f_ptcm_two_forms_xlsx(path: Path):
    """Two persons' forms stacked in one sheet ("Sheet1"), a blank line between them."""
    fn, sh = path.name, "Sheet1"
    people = [
        dict(key="zheng", name="郑书远", sex="男", born="1979年2月", id=use_id("zheng"), support=PTCM, dept="针灸科",
             title="副主任中医师", cat="医疗", recipient=CHTCM, period="2024年3月1日至2024年8月31日",
             post="科主任", filled="2024年2月20日",
             truth=dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "科主任")),
        dict(key="feng", name="冯若宁", sex="女", born="1986年11月", id=use_id("feng"), support=PTCM, dept="护理部",
             title="主管护师", cat="护理", recipient=CHTCM, period="2024年3月1日至2025年2月28日", post="无",
             filled="2024年2月20日",
             truth=dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2025, 2, 28), None)),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    top = 1
    for p in people:
        end = xlsx_form(ws, deployment_form(dict(p, bio=BIO[p["key"]], work=WORK)), top=top)
        row("deployments", fn, sh, None, p["truth"], {"support_hospital_id": PTCM, "recipient_hospital_id": CHTCM},
            ["start_date", "department"], id_number=ID[p["key"]])
        top = end + 1   # one blank line between the forms
    wb.save(path)


def f_ptcm_assessments_csv(path: Path):
    """UTF-8 with BOM: 郑书远 and 冯若宁 assessed by 澄河县中医医院 for May and June."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄河县中医医院派驻人员月度考核表（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"])
    r = 2
    for m, scores in ((5, (95, 92.5)), (6, (96.5, 93))):
        for key, name, sc in (("zheng", "郑书远", scores[0]), ("feng", "冯若宁", scores[1])):
            present = 3 if (key, m) == ("feng", 6) else 4
            w.writerow([name, use_id(key), PTCM, f"2024年{m}月", sc, 4, present])
            r += 1
            row("staff_monthly_assessments", fn, None, r, dict(year=2024, month=m, score=float(sc), spot_checks=4,
                                                              spot_checks_present=present),
                {"recipient_hospital_id": CHTCM}, ["month"], id_number=ID[key])
    w.writerow(["考核人：医务科", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 澄河县
def f_ch_trainee_forms_xlsx(path: Path):
    """Two 进修申请表, one sheet per applicant (罗青岚 / 白露凝); 拟进修科室 differs from the own 科室;
    进修费用 "3000元" and "免"."""
    fn = path.name
    people = [
        dict(key="luo", name="罗青岚", sex="女", born="1992年5月", id=use_id("luo"), sender=CH, own_dept="内科",
             title="主治医师", host=P1, dept="心血管内科", period="2024年3月1日至2024年8月31日", fee="3000元",
             filled="2024年2月1日", truth=dict(department="心血管内科", start_date=d(2024, 3, 1),
                                                end_date=d(2024, 8, 31), fee_charged=3000.0)),
        dict(key="bai", name="白露凝", sex="女", born="1994年10月", id=use_id("bai"), sender=CH, own_dept="急诊科",
             title="住院医师", host=P1, dept="急诊医学科", period="2024年9月1日至2025年2月28日", fee="免",
             filled="2024年8月5日", truth=dict(department="急诊医学科", start_date=d(2024, 9, 1),
                                                end_date=d(2025, 2, 28), fee_charged=0.0)),
    ]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for p in people:
        ws = wb.create_sheet(p["name"])
        xlsx_form(ws, trainee_form(dict(p, bio="2015年参加工作。\n（虚构人物）", aim="学习新技术，提高诊疗水平。")))
        row("trainees", fn, p["name"], None, p["truth"], {"recipient_hospital_id": CH, "host_hospital_id": P1},
            ["start_date"], id_number=ID[p["key"]])
    wb.save(path)


def f_chtcm_trainee_form_ods(path: Path):
    """钟子墨's 进修申请表 (.ods) from 澄河县中医医院 to 霁川省中医院; 拟进修时间 "2024年4月—2024年9月" (months only:
    the first and the last day)."""
    fn, sh = path.name, "钟子墨"
    p = dict(name="钟子墨", sex="男", born="1990年3月", id=use_id("zhong"), sender=CHTCM, own_dept="康复科",
             title="主治中医师", host=PTCM, dept="针灸科", period="2024年4月—2024年9月", fee="2400元",
             filled="2024年3月10日", bio="2014年毕业于霁川中医药大学。\n（虚构人物）", aim="学习针灸新技术。")
    ods_doc(path, {sh: ods_form_rows(trainee_form(p))})
    row("trainees", fn, sh, None, dict(department="针灸科", start_date=d(2024, 4, 1), end_date=d(2024, 9, 30),
                                       fee_charged=2400.0),
        {"recipient_hospital_id": CHTCM, "host_hospital_id": PTCM}, ["start_date"], id_number=ID["zhong"])


def f_ch_monthly_csv(path: Path):
    """GBK CSV, a title line, months "1月" … "6月" (the year in the title)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄河县人民医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(1, 7):
        v = [14100 + 230 * m, 1010 + 19 * m, 240 + 6 * m, 44 - 3 * m]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                       surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": CH}, ["month"])
    w.writerow(["合计", *[sum(f(m) for m in range(1, 7)) for f in (lambda m: 14100 + 230 * m,
                                                                  lambda m: 1010 + 19 * m,
                                                                  lambda m: 240 + 6 * m,
                                                                  lambda m: 44 - 3 * m)]])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_ch_activities_csv(path: Path):
    """GBK CSV of teaching activities by 霁川省人民医院 at 澄河县人民医院; 参加人数 "约40人" (empty + finding)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄河县人民医院对口支援带教培训活动记录（2024年）{SYN}", "", "", "", ""])
    w.writerow(["活动日期", "支援单位", "活动类型", "活动主题", "参加人数"])
    r = 2
    for day, typ, topic, n, nv in (("2024-03-12", "学术讲座", "急性胸痛的规范化诊治", "35", 35),
                                   ("2024-04-18", "技术培训", "静脉留置针维护培训", "约40人", None),
                                   ("2024-05-20", "手术示教", "腹腔镜胆囊切除术", "12", 12)):
        w.writerow([day, P1, typ, topic, n])
        r += 1
        row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": CH, "support_hospital_id": P1}, ["activity_date"])
        if nv is None:
            finding(fn, None, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_ch_assessments_xlsx(path: Path):
    """澄河县人民医院 assesses 许知行 and 江晚舟 for July and August (18-digit ID numbers here)."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄河县人民医院对口支援派驻人员月度考核（2024年7—8月）{SYN}"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "考核月份", "考核得分", "在岗抽查次数", "在岗次数"])
    i = 0
    for m in (7, 8):
        for key, name, sc in (("xu", "许知行", 94 + m - 7), ("jiang", "江晚舟", 90.5 + m - 7)):
            i += 1
            ws.append([i, name, use_id(key), f"2024年{m}月", sc, 4, 4])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row, dict(year=2024, month=m, score=float(sc),
                                                                     spot_checks=4, spot_checks_present=4),
                {"recipient_hospital_id": CH}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办", None, None, "审核：", None, "2024年9月5日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 柳塬县
def f_ly_trainee_form_xls(path: Path):
    """杜若川's 进修申请表 as .xls; 拟进修时间 "2024年3月至2024年8月" (months only); 进修费用 "3000元"."""
    fn, sh = path.name, "杜若川"
    p = dict(name="杜若川", sex="男", born="1993年8月", id=use_id("du"), sender=LY, own_dept="外科", title="住院医师",
             host=P1, dept="骨科", period="2024年3月至2024年8月", fee="3000元", filled="2024年2月18日",
             bio="2017年参加工作。\n（虚构人物）", aim="系统学习创伤骨科诊疗。")
    wb = xlwt.Workbook(encoding="utf-8")
    xls_form(wb.add_sheet(sh), trainee_form(p))
    wb.save(str(path))
    row("trainees", fn, sh, None, dict(department="骨科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                       fee_charged=3000.0),
        {"recipient_hospital_id": LY, "host_hospital_id": P1}, ["start_date"], id_number=ID["du"])


def f_ly_techniques_csv(path: Path):
    """UTF-8 (no BOM) technique list; 是否填补县域空白 是 / 否."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"柳塬县人民医院2024年新技术新项目（{SYN}）", "", "", "", "", ""])
    w.writerow(["项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"])
    r = 2
    for name, dept, day, n, gap in (("腹腔镜疝修补术", "普外科", "2024-05-16", 9, True),
                                    ("床旁快速血气分析", "检验科", "2024-07-02", 140, False)):
        w.writerow([name, dept, day, n, "是" if gap else "否", P1])
        r += 1
        row("techniques", fn, None, r, dict(name=name, department=dept, first_performed_date=day, cases=n,
                                            fills_county_gap=gap),
            {"recipient_hospital_id": LY, "support_hospital_id": P1}, ["name"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_ly_monthly_xlsx(path: Path):
    """柳塬县人民医院 July–September with 下转接收人次; months as "2024年7月"."""
    fn, sh = path.name, "7-9月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳塬县人民医院2024年第三季度业务量（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m in (7, 8, 9):
        v = [9800 + 140 * m, 700 + 11 * m, 150 + 4 * m, 30 - m, 2 + m % 3]
        ws.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": LY}, ["month"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 省卫健委
def f_county_xlsx(path: Path):
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("澄河县", "994401", 31220, 5830), ("柳塬县", "994402", 22415, 4371)):
        ws.append([county, code, 2024, tot, out])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省人民医院", "省中医院", "澄河县", "柳塬县", "省卫健委")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_forms_xlsx, "省人民医院", "SYNTHETIC_省人民医院派驻人员登记表（许知行、陶宛清、贺明远）.xlsx"),
             (f_p1_form_xls, "省人民医院", "SYNTHETIC_派驻人员登记表_江晚舟.xls"),
             (f_p1_form_ods, "省人民医院", "SYNTHETIC_派驻人员登记表_沈如意.ods"),
             (f_ptcm_two_forms_xlsx, "省中医院", "SYNTHETIC_省中医院派驻人员登记表（两人）.xlsx"),
             (f_ptcm_assessments_csv, "省中医院", "SYNTHETIC_澄河县中医医院派驻人员考核5-6月.csv"),
             (f_ch_trainee_forms_xlsx, "澄河县", "SYNTHETIC_澄河县人民医院进修申请表.xlsx"),
             (f_chtcm_trainee_form_ods, "澄河县", "SYNTHETIC_澄河县中医医院进修申请表_钟子墨.ods"),
             (f_ch_monthly_csv, "澄河县", "SYNTHETIC_澄河县人民医院业务量1-6月.csv"),
             (f_ch_activities_csv, "澄河县", "SYNTHETIC_澄河县人民医院带教培训活动记录.csv"),
             (f_ch_assessments_xlsx, "澄河县", "SYNTHETIC_澄河县人民医院派驻人员考核7-8月.xlsx"),
             (f_ly_trainee_form_xls, "柳塬县", "SYNTHETIC_柳塬县人民医院进修申请表_杜若川.xls"),
             (f_ly_techniques_csv, "柳塬县", "SYNTHETIC_柳塬县人民医院新技术2024.csv"),
             (f_ly_monthly_xlsx, "柳塬县", "SYNTHETIC_柳塬县人民医院业务量第三季度.xlsx"),
             (f_county_xlsx, "省卫健委", "SYNTHETIC_县域住院流向2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["pairing_file"] = "SYNTHETIC_附件1_霁川省对口支援关系表（2024—2026年）.xlsx"
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
