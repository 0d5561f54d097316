"""realworld145 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅澈省) for 2024 whose hospitals kept
only the stamped PDF of their returns: someone ran a PDF-to-Excel converter or retyped the scan. The pairing list in
data/raw/reference/ is ordinary; the submissions in 省直/ and 澈州市/ mix converted or retyped files (header repeated
at each page break, 续表 / 续上表 lines, page footers 第 1 页 共 2 页 / 盖章处 / 负责人签字, a cell's text wrapped onto a
row of its own, numbers with stray spaces or full-width digits, O for 0 and l for 1, every value as text, empty
spacer columns, a converter's note line) with ordinary provincial forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澈州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the full-width and spaced spellings are spellings of valid ones). Written without reading the tool's
parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, C1 = "琅澈省人民医院", "琅澈省中医院", "澈州市中心医院"
QT, QTTCM, YM, YMMCH, SX = "青檀县人民医院", "青檀县中医医院", "雁鸣县人民医院", "雁鸣县妇幼保健院", "石溆县人民医院"
RECIP = {QT: ("二级甲等", "二级", "甲等", "综合医院", "青檀县"), QTTCM: ("二级乙等", "二级", "乙等", "中医医院", "青檀县"),
         YM: ("二级甲等", "二级", "甲等", "综合医院", "雁鸣县"), YMMCH: ("二级", "二级", None, "妇幼保健院", "雁鸣县"),
         SX: ("二级乙等", "二级", "乙等", "综合医院", "石溆县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19720315", "031"), "lin": ("990102", "19850611", "042"), "he": ("990101", "19800920", "015"),
    "fang": ("990103", "19880405", "036"), "tang": ("990101", "19890214", "051"), "zhou": ("990102", "19910718", "062"),
    "shen": ("990101", "19750801", "024"),
    "qiu": ("990211", "19920506", "083"), "bai": ("990211", "19941012", "028"), "du": ("990212", "19900327", "044"),
    "qin": ("990211", "19930809", "065"),
    "wei": ("990301", "19860716", "072"), "ouyang": ("990301", "19820423", "047"), "cen": ("990302", "19870930", "038"),
    "lu": ("990301", "19900101", "019"),
    "luo": ("990321", "19920506", "011"), "song": ("990321", "19950101", "027"), "zhong": ("990322", "19910202", "035"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def held(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def freeze(path: Path):
    """A zip-based workbook written again with fixed entry times and document dates (openpyxl and odfpy stamp the
    time of saving): the same bytes on every run."""
    src = zipfile.ZipFile(path)
    entries = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2025-01-10T08:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 10, 8, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def save(wb, path: Path):
    wb.save(path)
    freeze(path)


def text_sheet(ws, rows):
    """Every value as text (a converter's output): None stays an empty cell."""
    for vals in rows:
        ws.append([None if v is None else str(v) for v in vals])


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy; every value a string cell."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals or [None]:
                if v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=str(v)))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))
    freeze(path)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1, ordinary: 受援医院 | 等级 ("二级甲等" in one cell) | 类别 | 所在县 | 支援医院 | 协议签订日期 (date cells) |
    支援期限 (one pairing "2024.1.1—2025.12.31", the others blank → the title's 2023—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅澈省城乡医院对口支援关系表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QT, P1, dt.date(2022, 12, 20), None), (YM, P1, dt.date(2022, 12, 20), None),
             (QTTCM, PTCM, dt.date(2023, 1, 6), None), (YMMCH, C1, dt.date(2023, 12, 18), "2024.1.1—2025.12.31"),
             (SX, C1, dt.date(2023, 1, 10), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    save(wb, path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster_pdf(path: Path):
    """省人民医院's stamped roster run through a PDF converter: a converter's note in row 1, empty spacer columns
    (B, E, H), every value as text, one 派驻起止时间 cell; page 1 ends with 第 1 页 共 2 页, page 2 starts 续表 and the
    header again; a recipient wrapped onto a row of its own (雁鸣县人民 / 医院); "副主任 医师" (a converter's space);
    dates with O and l for 0 and 1; an ID number in full-width digits; one start a scan's boxes (□) — held; 合计,
    盖章处 / 负责人签字 and 第 2 页 共 2 页 at the end."""
    fn, sh = path.name, "Table 1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    hdr = ["序号", None, "姓名", "身份证号", None, "科室", "职称", None, "派驻单位", "派驻起止时间"]
    fang_fw = ID["fang"].translate(FW)
    text_sheet(ws, [
        ["本文件由「飞鸽PDF转换器」试用版自动转换生成，排版可能与原件不同，请以盖章原件为准。"],
        [f"琅澈省人民医院2024年对口支援派驻人员名册（{SYN}）"],
        hdr,
        ["1", None, "许知远", use_id("xu"), None, "心血管内科", "主任医师", None, QT, "2024.03.01-2024.08.31"],
        ["2", None, "林晚照", use_id("lin"), None, "普外科", "副主任医师", None, YM, "2O24.O3.01-2O24.O8.31"],
        ["3", None, "贺清川", use_id("he"), None, "神经内科", "副主任 医师", None, "雁鸣县人民", "2024.03.04-2024.09.03"],
        [None, None, None, None, None, None, None, None, "医院", None],
        ["4", None, "方若溪", use_id("fang", fang_fw), None, "呼吸内科", "主治医师", None, QT, "2024.04.01-2024.09.30"],
        [None, None, None, None, None, "第 1 页 共 2 页"],
        ["续表"],
        hdr,
        ["5", None, "唐以宁", use_id("tang"), None, "麻醉科", "主治医师", None, YM, "2024.07.0l-2024.l2.3l"],
        ["6", None, "周慕白", use_id("zhou"), None, "骨科", "主治医师", None, YM, "□□□□.□□.□□-2024.12.31"],
        ["7", None, "沈如意", use_id("shen"), None, "护理部", "副主任护师", None, QT, "2024.07.01-2024.12.31"],
        ["合计：7人"],
        ["盖章处：", None, None, None, None, None, "负责人签字："],
        [None, None, None, None, None, "第 2 页 共 2 页"],
    ])
    ws.merge_cells("A2:J2")
    for c in ("B", "E", "H"):
        ws.column_dimensions[c].width = 1.5
    both = {"support_hospital_id": P1}
    row("deployments", fn, sh, 4, dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
        both | {"recipient_hospital_id": QT}, ["start_date"], ID["xu"])
    row("deployments", fn, sh, 5, dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
        both | {"recipient_hospital_id": YM}, ["start_date"], ID["lin"])
    finding(fn, 5, "OCR_DIGITS")
    row("deployments", fn, sh, 6, dep("神经内科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)),
        both | {"recipient_hospital_id": YM}, ["start_date"], ID["he"])
    row("deployments", fn, sh, 8, dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30)),
        both | {"recipient_hospital_id": QT}, ["start_date"], ID["fang"])
    row("deployments", fn, sh, 12, dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)),
        both | {"recipient_hospital_id": YM}, ["start_date"], ID["tang"])
    finding(fn, 12, "OCR_DIGITS")
    held(fn, sh, 13, "missing_required", "派驻起止时间's start is a scan's boxes (□□□□.□□.□□): no start date")
    row("deployments", fn, sh, 14, dep("护理部", "副主任护师", "副高级", "护理", d(2024, 7, 1), d(2024, 12, 31)),
        both | {"recipient_hospital_id": QT}, ["start_date"], ID["shen"])
    save(wb, path)


def f_ptcm_trainees_retyped_xls(path: Path):
    """省中医院's register of trainees received, retyped from the stamped scan into an .xls (every value as text):
    the typist kept the pages — 第 1 页 共 2 页, 续上表, the header again; 进修费 "5OO" (O for 0), "1 500" (a space);
    one period in full-width digits; 负责人签字（盖章） at the end."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    hdr = ["序号", "姓名", "身份证号", "选派单位", "进修科室", "进修起止时间", "进修费（元）", "是否结业"]
    rows = [
        [f"琅澈省中医院2024年接收基层进修人员登记表（{SYN}）"],
        ["（据盖章扫描件重新录入）"],
        hdr,
        ["1", "邱明澈", use_id("qiu"), QTTCM, "针灸科", "2024年3月1日至2024年8月31日", "0", "是"],
        ["2", "白芷宁", use_id("bai"), QTTCM, "脾胃病科", "2024年3月1日至2024年8月31日", "5OO", "是"],
        ["3", "杜衡之", use_id("du"), QTTCM, "康复科", "2024年9月1日至2025年2月28日".translate(FW), "1 500", "否"],
        [None, None, None, "第 1 页 共 2 页"],
        ["续上表"],
        hdr,
        ["4", "秦问兰", use_id("qin"), QTTCM, "骨伤科", "2024年9月1日至2025年2月28日", "0", "否"],
        ["负责人签字：", None, None, None, "（盖章）"],
        [None, None, None, "第 2 页 共 2 页"],
    ]
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            if v is not None:
                ws.write(i, j, v)
    wb.save(str(path))
    both = {"recipient_hospital_id": QTTCM, "host_hospital_id": PTCM}
    for r, key, dept, s, e, fee, done in ((4, "qiu", "针灸科", d(2024, 3, 1), d(2024, 8, 31), 0.0, True),
                                          (5, "bai", "脾胃病科", d(2024, 3, 1), d(2024, 8, 31), 500.0, True),
                                          (6, "du", "康复科", d(2024, 9, 1), d(2025, 2, 28), 1500.0, False),
                                          (10, "qin", "骨伤科", d(2024, 9, 1), d(2025, 2, 28), 0.0, False)):
        row("trainees", fn, sh, r, dict(department=dept, start_date=s, end_date=e, fee_charged=fee, completed=done),
            both, ["start_date", "department"], ID[key])
    finding(fn, 5, "OCR_DIGITS")


def f_county_flows_pdf(path: Path):
    """The statistics centre's bulletin table converted from PDF: a converter's note, spacer columns, numbers as text
    with a thousands space ("38 120"), a comma ("19,844"), full-width digits and an O for 0 ("5 O18"); a 数据来源 note
    and 第 1 页 共 1 页."""
    fn, sh = path.name, "Page 1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    text_sheet(ws, [
        ["Converted by PDFMate-Lite (trial) — 本表由PDF转换，数字请与原件核对"],
        [f"2024年各县县域住院流向统计（{SYN}）"],
        ["县（市、区）", None, "行政区划代码", None, "县域内常住居民住院总人次", None, "其中：县域外住院人次"],
        ["青檀县", None, "999101", None, "38 120", None, "6 904"],
        ["雁鸣县", None, "999102", None, "27730".translate(FW), None, "5 O18"],
        ["石溆县", None, "999103", None, "19,844", None, "4 410"],
        ["数据来源：琅澈省卫生健康统计信息中心（虚构）"],
        [None, None, None, "第 1 页 共 1 页"],
    ])
    for r, county, code, tot, out in ((4, "青檀县", "999101", 38120, 6904), (5, "雁鸣县", "999102", 27730, 5018),
                                      (6, "石溆县", "999103", 19844, 4410)):
        row("county_inpatient_stats", fn, sh, r, dict(county_code=code, year=2024, county_name=county,
                                                      resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    finding(fn, 5, "OCR_DIGITS")
    save(wb, path)


def f_p1_activities(path: Path):
    """省人民医院's activity register, ordinary xlsx (date cells, numbers); one row at 雁鸣县第二人民医院, a hospital in
    no pairing list — held."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澈省人民医院对口帮扶活动登记表（2024年）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "活动日期", "受援单位", "活动形式", "活动主题", "参加人数"])
    acts = [(dt.date(2024, 3, 20), QT, "学术讲座", "高血压规范化管理", 45),
            (dt.date(2024, 4, 18), YM, "教学查房", "急性胰腺炎查房", 20),
            (dt.date(2024, 5, 23), "雁鸣县第二人民医院", "义诊", "乡村义诊", 60),
            (dt.date(2024, 6, 13), QT, "手术示教", "腹腔镜疝修补术", 10),
            (dt.date(2024, 9, 10), YM, "疑难病例讨论", "不明原因发热", 25)]
    for i, (day, rec, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, rec, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
        if rec in RECIP:
            row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                              participants=n),
                {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date"])
        else:
            held(fn, sh, r, "unresolved_hospital", "雁鸣县第二人民医院 is in no pairing list")
    ws.append(["填报人：医务部", None, "填报日期：2025年1月8日"])
    save(wb, path)


# ------------------------------------------------------------------------------------------- 澈州市
def f_ym_techniques_pdf(path: Path):
    """雁鸣县人民医院's technique list converted from PDF: converter's note, every value as text, a technique name
    wrapped onto a row of its own (腹腔镜下胆总管探查 / 取石术), 例数 "2 6" and "１３２", dates "2024.O5.20" and
    "2024.06.1l"; header repeated after 第 1 页 共 2 页; 盖章处 / 负责人签字 and 第 2 页 共 2 页."""
    fn, sh = path.name, "Table 1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    hdr = ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"]
    text_sheet(ws, [
        ["本表由「速转PDF」在线转换生成（免费版）"],
        [f"雁鸣县人民医院2024年新技术新项目开展情况（{SYN}）"],
        hdr,
        ["1", "经皮冠状动脉介入治疗", "心血管内科", "2024.03.15", "8", "是", P1],
        ["2", "腹腔镜下胆总管探查", "普外科", "2024.O5.20", "2 6", "是", P1],
        [None, "取石术", None, None, None, None, None],
        ["3", "无痛胃肠镜检查", "消化内科", "2024.06.1l", "132".translate(FW), "否", P1],
        [None, None, None, "第 1 页 共 2 页"],
        hdr,
        ["4", "床旁血液净化", "重症医学科", "2024.09.02", "15", "是", P1],
        ["盖章处：", None, None, None, "负责人签字："],
        [None, None, None, "第 2 页 共 2 页"],
    ])
    ws.merge_cells("A2:G2")
    both = {"recipient_hospital_id": YM, "support_hospital_id": P1}
    for r, name, dept, day, cases, gap in ((4, "经皮冠状动脉介入治疗", "心血管内科", d(2024, 3, 15), 8, True),
                                           (5, "腹腔镜下胆总管探查取石术", "普外科", d(2024, 5, 20), 26, True),
                                           (7, "无痛胃肠镜检查", "消化内科", d(2024, 6, 11), 132, False),
                                           (10, "床旁血液净化", "重症医学科", d(2024, 9, 2), 15, True)):
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                          fills_county_gap=gap), both, ["first_performed_date"])
    finding(fn, 5, "OCR_DIGITS")
    finding(fn, 7, "OCR_DIGITS")
    save(wb, path)


def f_ym_monthly_pdf(path: Path):
    """雁鸣县人民医院's monthly workload, a PDF of two pages converted: converter's note, a spacer column, every value
    text; 第 1 页 共 2 页, 续表 and the header again between June and July; "l4600" and "2l" (l for 1), "14 900" and
    "17 000" (spaces), "１１００" (full width); a 合计 row, 负责人签字 / 盖章处, 第 2 页 共 2 页."""
    fn, sh = path.name, "Table 1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    hdr = ["月份", None, "门急诊人次", None, "出院人数", "手术台次", "外转人次"]
    rows = [["PDF→Excel 转换结果（飞鸽PDF转换器 试用版）：表格线已按识别结果重建"],
            [f"雁鸣县人民医院2024年1—12月主要业务量统计（{SYN}）"], hdr]
    tot = [0, 0, 0, 0]
    for m in range(1, 13):
        v = [14000 + 300 * m, 1000 + 20 * m, 250 + 6 * m, 30 - m]
        tot = [a + b for a, b in zip(tot, v)]
        cells = [str(x) for x in v]
        if m == 2:
            cells[0] = "l4600"
        if m == 3:
            cells[0] = "14 900"
        if m == 5:
            cells[1] = cells[1].translate(FW)
        if m == 9:
            cells[3] = "2l"
        if m == 10:
            cells[0] = "17 000"
        rows.append([f"{m}月", None, cells[0], None, *cells[1:]])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": YM}, ["month"])
        if m in (2, 9):
            finding(fn, len(rows), "OCR_DIGITS")
        if m == 6:
            rows += [[None, None, None, "第 1 页 共 2 页"], ["续表"], hdr]
    rows += [["合计", None, str(tot[0]), None, *map(str, tot[1:])],
             ["负责人签字：", None, None, "统计：", None, "盖章处："],
             [None, None, None, "第 2 页 共 2 页"]]
    text_sheet(ws, rows)
    ws.merge_cells("A2:G2")
    save(wb, path)


def f_c1_activities_retyped_csv(path: Path):
    """市中心医院's activity record retyped from the stamped scan, saved as CSV in GBK: 第 1 页 共 2 页, 续上表 and the
    header again; a topic wrapped onto a line of its own (心肺复苏与 / 电除颤技能培训); a recipient wrapped (石溆县人民 /
    医院); a date "2024-O5-09"; "1 8" (a space); one line typed in full width; 负责人签字 / 盖章处."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    hdr = ["序号", "活动日期", "受援单位", "活动形式", "活动主题", "参加人数", "主讲人"]
    lines = [
        [f"澈州市中心医院2024年对口帮扶活动记录（{SYN}；据盖章扫描件重录）", "", "", "", "", "", ""],
        hdr,
        ["1", "2024-04-12", YMMCH, "学术讲座", "产后出血的早期识别与处理", "35", "产科 某主任"],
        ["2", "2024-O5-09", YMMCH, "教学查房", "新生儿黄疸查房", "1 8", "儿科 某主任"],
        ["3", "2024-06-20", SX, "技术培训", "心肺复苏与", "42", "急诊科 某医师"],
        ["", "", "", "", "电除颤技能培训", "", ""],
        ["", "", "第 1 页 共 2 页", "", "", "", ""],
        ["续上表", "", "", "", "", "", ""],
        hdr,
        ["4", "2024-08-15".translate(FW), SX, "义诊", "慢病义诊", "80".translate(FW), "内科 某主任"],
        ["5", "2024-09-26", "石溆县人民", "手术示教", "腹腔镜胆囊切除术", "12", "普外科 某主任"],
        ["", "", "医院", "", "", "", ""],
        ["负责人签字：", "", "", "盖章处：", "", "", ""],
        ["", "", "第 2 页 共 2 页", "", "", "", ""],
    ]
    for vals in lines:
        w.writerow(vals)
    path.write_bytes(buf.getvalue().encode("gbk"))
    for r, day, rec, typ, topic, n in ((3, d(2024, 4, 12), YMMCH, "学术讲座", "产后出血的早期识别与处理", 35),
                                       (4, d(2024, 5, 9), YMMCH, "教学查房", "新生儿黄疸查房", 18),
                                       (5, d(2024, 6, 20), SX, "技术培训", "心肺复苏与电除颤技能培训", 42),
                                       (10, d(2024, 8, 15), SX, "义诊", "慢病义诊", 80),
                                       (11, d(2024, 9, 26), SX, "手术示教", "腹腔镜胆囊切除术", 12)):
        row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, topic=topic, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": C1}, ["activity_date"])
    finding(fn, 4, "OCR_DIGITS")


def f_c1_roster_pdf_ods(path: Path):
    """市中心医院's dispatch list converted from PDF into .ods (every value a string): a converter's note; a recipient
    wrapped (雁鸣县妇幼保健 / 院); an ID number with spaces between its groups; page 2 opens with the title again
    (…（续）) and the header; "主 治 医 师" (letter-spaced); "2024-07-0l"; 盖章处 and 第 2 页 共 2 页."""
    fn, sh = path.name, "Page1"
    hdr = ["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻医院", "开始日期", "结束日期"]
    oy = ID["ouyang"]
    oy_sp = f"{oy[:6]} {oy[6:14]} {oy[14:]}"
    rows = [
        ["转换说明：本表由PDF文件转换（PDF-XChange 虚构试用版），原件加盖公章"],
        [f"澈州市中心医院2024年派驻受援医院人员名单（{SYN}）"],
        hdr,
        ["1", "韦山河", "男", use_id("wei"), "儿科", "主治医师", "雁鸣县妇幼保健", "2024-03-04", "2024-09-03"],
        [None, None, None, None, None, None, "院", None, None],
        ["2", "欧阳晴", "女", use_id("ouyang", oy_sp), "妇产科", "副主任医师", YMMCH, "2024-05-06", "2024-11-05"],
        [None, None, None, None, "第 1 页 共 2 页"],
        [f"澈州市中心医院2024年派驻受援医院人员名单（续）（{SYN}）"],
        hdr,
        ["3", "岑伯言", "男", use_id("cen"), "检验科", "主管技师", SX, "2024-07-0l", "2024-12-31"],
        ["4", "陆知秋", "女", use_id("lu"), "麻醉科", "主 治 医 师", SX, "2024-07-01", "2025-01-31"],
        ["盖章处：（澈州市中心医院医务部）"],
        [None, None, None, None, "第 2 页 共 2 页"],
    ]
    ods_doc(path, {sh: rows})
    both = {"support_hospital_id": C1}
    row("deployments", fn, sh, 4, dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)),
        both | {"recipient_hospital_id": YMMCH}, ["start_date"], ID["wei"])
    row("deployments", fn, sh, 6, dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)),
        both | {"recipient_hospital_id": YMMCH}, ["start_date"], ID["ouyang"])
    row("deployments", fn, sh, 10, dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), d(2024, 12, 31)),
        both | {"recipient_hospital_id": SX}, ["start_date"], ID["cen"])
    finding(fn, 10, "OCR_DIGITS")
    row("deployments", fn, sh, 11, dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2025, 1, 31)),
        both | {"recipient_hospital_id": SX}, ["start_date"], ID["lu"])


def f_qt_assessments(path: Path):
    """青檀县人民医院's June assessment of the staff the 省人民医院 sent, ordinary xlsx (numbers as numbers)."""
    fn, sh = path.name, "6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青檀县人民医院派驻人员月度考核表（2024年6月）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    for i, (key, name, score, checks, present) in enumerate((("xu", "许知远", 95, 4, 4), ("fang", "方若溪", 92.5, 4, 4),
                                                              ("shen", "沈如意", 94, 4, 3)), 1):
        ws.append([i, name, use_id(key), P1, "2024年6月", score, checks, present])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=6, score=float(score), spot_checks=checks,
                                                         spot_checks_present=present),
            {"recipient_hospital_id": QT}, ["month"], ID[key])
    ws.append(["考核人：院办", None, None, "日期：2024年7月3日"])
    save(wb, path)


def f_sx_trainees_csv(path: Path):
    """石溆县人民医院's trainees sent out, an ordinary CSV in UTF-8 with BOM; one sent to 澈州市第三人民医院, a hospital
    in no pairing list — held."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"石溆县人民医院2024年外出进修人员（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("luo", "罗青岚", "内科", C1, "2024-03-01", "2024-08-31", "0", "是", True),
              ("song", "宋听雨", "急诊科", C1, "2024-09-01", "2025-02-28", "0", "否", False),
              ("zhong", "钟子墨", "放射科", "澈州市第三人民医院", "2024-04-01", "2024-09-30", "2000", "是", True)]
    r = 2
    for key, name, dept, host, s, e, fee, done, donev in people:
        w.writerow([name, use_id(key), dept, host, s, e, fee, done])
        r += 1
        if host == C1:
            row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                              completed=donev),
                {"recipient_hospital_id": SX, "host_hospital_id": C1}, ["start_date", "department"], ID[key])
        else:
            held(fn, None, r, "unresolved_hospital", "进修医院 澈州市第三人民医院 is in no pairing list")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_sx_monthly_xls(path: Path):
    """石溆县人民医院's January–June workload, an ordinary .xls (numbers as numbers), 上转接收人次."""
    fn, sh = path.name, "1-6月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石溆县人民医院2024年1-6月业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次"]):
        ws.write(1, j, h)
    for m in range(1, 7):
        v = [9100 + 150 * m, 610 + 11 * m, 140 + 3 * m, 22 - m, 30 + 2 * m]
        ws.write(1 + m, 0, f"{m}月")
        for j, x in enumerate(v, 1):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", fn, sh, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4]), {"recipient_hospital_id": SX}, ["month"])
    ws.write(8, 0, "填报人：统计室")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澈州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅澈省城乡医院对口支援关系表（2023—2025年）.xlsx")
    files = [(f_p1_roster_pdf, "省直", "SYNTHETIC_省人民医院派驻人员名册（PDF转Excel）.xlsx"),
             (f_ptcm_trainees_retyped_xls, "省直", "SYNTHETIC_省中医院接收进修人员登记（扫描件重录）.xls"),
             (f_county_flows_pdf, "省直", "SYNTHETIC_各县县域住院流向2024（统计公报PDF转换）.xlsx"),
             (f_p1_activities, "省直", "SYNTHETIC_省人民医院对口帮扶活动登记2024.xlsx"),
             (f_ym_techniques_pdf, "澈州市", "SYNTHETIC_雁鸣县人民医院2024年新技术新项目（PDF转换）.xlsx"),
             (f_ym_monthly_pdf, "澈州市", "SYNTHETIC_雁鸣县人民医院2024年业务量月报（PDF转Excel）.xlsx"),
             (f_c1_activities_retyped_csv, "澈州市", "SYNTHETIC_澈州市中心医院帮扶活动记录（扫描件重录）.csv"),
             (f_c1_roster_pdf_ods, "澈州市", "SYNTHETIC_澈州市中心医院派驻人员名单（PDF转换）.ods"),
             (f_qt_assessments, "澈州市", "SYNTHETIC_青檀县人民医院派驻人员考核2024年6月.xlsx"),
             (f_sx_trainees_csv, "澈州市", "SYNTHETIC_石溆县人民医院外出进修人员2024.csv"),
             (f_sx_monthly_xls, "澈州市", "SYNTHETIC_石溆县人民医院2024年1-6月业务量.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
